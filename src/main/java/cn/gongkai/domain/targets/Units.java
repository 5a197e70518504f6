package cn.gongkai.domain.targets;

import java.util.regex.Pattern;

/** What follows a 指标值's number: a unit, or words that make it a date or a phrase. Compiled once. */
final class Units {
    /** Three Chinese characters or more: a phrase, unless a known long unit. */
    static final Pattern PHRASE = Pattern.compile(".*[\\u4e00-\\u9fff]{3,}.*");
    static final Pattern LONG_UNIT = Pattern.compile("个?工作日|[人家户]次|批次|万元/\\S+|平方米|立方米|平方公里|微克/立方米");
    /** "12月底前", "年内": a date, not a unit. */
    static final Pattern DATE = Pattern.compile("[月年]底?前?|[月年]内|日前|号前");

    private Units() {
    }
}
