package cn.gongkai.domain.rules;

import java.util.regex.Pattern;

/**
 * What an indicator's name and target say about how it can be measured: a number, a date or a state one can check
 * ("通过验收", "无"); vague words ("有效提升", "按时完成", "良好"); names of counts and amounts (次数, 金额) that are
 * not scored in %; names of rates that cannot pass 100 %; names where less is better (事故, 差错, 投诉).
 */
final class IndicatorWords {
    private IndicatorWords() {
    }

    private static final Pattern NUMBER = Pattern.compile("\\d|[零一二两三四五六七八九十百千万]+(个|次|项|名|人|户|天|日|月|年|场|篇|期|件|家|所|批)");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\s*月|\\d{4}\\s*年|季度|上半年|下半年|年底|年内|当日|当天|当月|工作日");
    /** States one can check with yes or no. */
    private static final Pattern STATE = Pattern.compile("^(是|否|有|无|完成|已完成|全部完成|达标|合格|通过|通过验收|验收合格"
            + "|全覆盖|零|无故障|无差错|无错误|零差错|零失误|无失误|不发生|未发生|杜绝|100%|出台|已出台|建立|已建立|发放到位"
            + "|全部到位|按规定执行|符合规定|符合要求|公开|已公开)[。.]?$");
    private static final Pattern VAGUE = Pattern.compile("提升|提高|改善|增强|良好|较好|明显|有效|显著|按时|及时|进一步|稳步|持续"
            + "|不断|逐步|基本|较高|较大|优秀|积极|大力|加强|促进|推动|保障|确保|满意|效果好|好转|较低|降低|减少|增加|规范|完善|健全"
            + "|完备|顺畅|完整|到位|非常");

    /** True when the text states something one can check: a number, a date, or a plain state. */
    static boolean measurable(String text) {
        String t = text.strip();
        return NUMBER.matcher(t).find() || DATE.matcher(t).find() || STATE.matcher(t).matches();
    }

    /** The vague word of an unmeasurable text, for the message ("提升"), or the text itself. */
    static String vagueWord(String text) {
        var m = VAGUE.matcher(text);
        return m.find() ? m.group() : text.strip();
    }

    // compiled once: the checks run on every indicator after every edit
    private static final Pattern COUNT = Pattern.compile(".*(次数|个数|人数|户数|篇数|场次|册数|件数|数量|人次|家次|批次|里程"
            + "|面积|金额|资金|经费|费用|成本|投稿数|刊发数|办数)$");
    private static final Pattern SHARE = Pattern.compile(".*(率|比例|比重|占比)$");
    private static final Pattern RATE = Pattern.compile(".*(率|覆盖面|比例|占比|比重|满意度|满意率|知晓率)$");
    private static final Pattern GROWTH = Pattern.compile(".*(增长率|增幅|增长|增速|提高率|上升率|利润率|收益率|回报率)$");
    private static final Pattern END_PUNCTUATION = Pattern.compile("[。.；;，,]+$");
    private static final Pattern BRACKETED_END = Pattern.compile("[（(][^（()）]*[)）]$");
    private static final Pattern UNIT_IN_NAME = Pattern.compile(".*[（(][^（()）]*[)）][。.]?$");

    /** 次数, 数量, 人数, 篇数, 金额…: a count or an amount, never scored in %. */
    static boolean countOrAmount(String name) {
        String n = bare(name);
        return COUNT.matcher(n).matches() && !SHARE.matcher(n).matches();
    }

    /** 完成率, 覆盖率, 满意度…: a share that cannot pass 100 % (growth rates can). */
    static boolean boundedRate(String name) {
        String n = bare(name);
        return RATE.matcher(n).matches() && !GROWTH.matcher(n).matches();
    }

    private static final Pattern BAD = Pattern.compile("事故|故障|差错|错误|失误|投诉|返贫|死亡|伤亡|上访|超支|违纪|案件|不合格"
            + "|空置|浪费|延误|逾期|污染|浓度|损失|用时|时长|天数|群体性事件");
    private static final Pattern HANDLED = Pattern.compile("处理|办结|解决|处置|整改|查处|调处|结案|受理|反馈|答复|监测|排查|防治"
            + "|治理|减少|下降|降低|化解|防范|预防|宣传|培训|演练|办理|查办|援助");

    /** 事故次数, 差错率, 投诉…: an indicator where less is better (but not 投诉处理率, 事故整改率). */
    static boolean lessIsBetter(String name) {
        String n = bare(name);
        return BAD.matcher(n).find() && !HANDLED.matcher(n).find();
    }

    /** The name without a unit in brackets at its end ("政务信息公开次数（次)" → "政务信息公开次数"). */
    static String bare(String name) {
        return BRACKETED_END.matcher(END_PUNCTUATION.matcher(name.strip()).replaceAll("")).replaceAll("").strip();
    }

    /** True when the name carries its unit in brackets ("故障次数（次）", "完成率(%)"). */
    static boolean unitInName(String name) {
        return UNIT_IN_NAME.matcher(name.strip()).matches();
    }
}
