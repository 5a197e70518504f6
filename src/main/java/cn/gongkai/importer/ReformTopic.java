package cn.gongkai.importer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a heading of a post-reform disclosure is about, whatever its level and numbering, in both orders published
 * files take: the Hebei order Gongkai prints (一、部门预算公开表 · 二、部门预算信息公开情况说明 with its fourteen
 * sections · 三、部门职责-工作活动绩效目标表) and the national one (第一部分 部门概况 · 第二部分 部门预算情况说明 with
 * 部门收支总体情况 … 其他重要事项的情况说明 and its sub-sections · 第三部分 名词解释 · 第四部分 附件). Some topics only
 * contain others (部门概况, 一般公共预算当年拨款, 其他重要事项的情况说明); their own text has a place too.
 */
enum ReformTopic {
    TABLES_PART, NARRATIVE_PART, PERFORMANCE_TABLE, OVERVIEW, DUTIES, UNITS, BUDGET, INCOME, EXPENSE, FISCAL,
    GENERAL_PUBLIC, SCALE, STRUCTURE, ITEMS, BASIC, THREE_PUBLIC, GOV_FUND, STATE_CAPITAL, OTHER_IMPORTANT,
    RUNNING_COSTS, PROCUREMENT, ASSETS, PERFORMANCE, GLOSSARY, OTHER;

    private record Rule(ReformTopic topic, Pattern words, Pattern unless) {
    }

    private static Rule rule(ReformTopic t, String words, String unless) {
        return new Rule(t, Pattern.compile(words), Pattern.compile(unless.isEmpty() ? "(?!)" : unless));
    }

    /** Tried in order: the narrower words first (三公 before 预算, 基本支出 before 支出). */
    private static final List<Rule> RULES = List.of(
            rule(PERFORMANCE_TABLE, "工作活动绩效目标|职责.{0,2}活动.{0,4}绩效|绩效目标表", "设置"),
            rule(THREE_PUBLIC, "三公", ""),
            rule(RUNNING_COSTS, "机关运行经费|机关运行费", ""),
            rule(PROCUREMENT, "政府采购", ""),
            rule(ASSETS, "国有资产|资产占用|资产占有|固定资产", ""),
            rule(GLOSSARY, "名词解释|名词说明|术语解释|名词释义|专业名词", ""),
            rule(OTHER_IMPORTANT, "其他重要事项", ""),
            rule(OTHER, "其他(?:需要|需)?(?:说明|公开)的?(?:事项|情况|内容)|其他事项|其他说明|其他相关情况", ""),
            rule(PERFORMANCE, "绩效", ""),
            rule(GOV_FUND, "政府性基金", ""),
            rule(STATE_CAPITAL, "国有资本经营", ""),
            rule(BASIC, "基本支出", ""),
            rule(SCALE, "规模", ""),
            rule(STRUCTURE, "结构", ""),
            rule(ITEMS, "具体使用|使用情况|支出明细", ""),
            rule(GENERAL_PUBLIC, "一般公共预算", ""),
            rule(FISCAL, "财政拨款", ""),
            rule(NARRATIVE_PART, "情况说明|编制说明|预算说明$", "收入|支出"),
            rule(TABLES_PART, "公开表|预算表$|^附件|^附表|预算报表", ""),
            rule(INCOME, "收入", "支出"),
            rule(EXPENSE, "支出", "收入"),
            rule(BUDGET, "收支|预算安排|总体情况|预算概况|总体安排", ""),
            rule(UNITS, "机构设置|部门构成|单位构成|内设机构|机构情况|机构编制|人员构成|人员编制", ""),
            rule(DUTIES, "职责|职能", ""),
            rule(OVERVIEW, "部门概况|单位概况|基本情况|部门简介|单位简介", ""));

    /** A table of contents' leader and page number: "……………1", "⇥12". */
    private static final Pattern LEADER = Pattern.compile("(?:[.．…·\\-—_]{2,}\\s*\\d{0,3}|\\s\\d{1,3})$");
    private static final Pattern AMOUNT = Pattern.compile("\\d(?:万元|元|%)");

    /** A heading: what it is about and whether it is numbered ("二、", "（一）", "第三部分"). */
    record Heading(ReformTopic topic, boolean numbered) {
    }

    /**
     * The topic a paragraph heads, if it is a heading: short, no sentence, no amount, numbered or alone on its
     * line, and worded as one of the topics.
     */
    static Optional<Heading> of(String paragraph) {
        String t = LEADER.matcher(paragraph.replace('\t', ' ').strip()).replaceFirst("");
        t = SectionBlocks.squeeze(t);
        if (t.isEmpty() || t.length() > 44 || t.matches(".*[。；;，,！？]$") || AMOUNT.matcher(t).find()) {
            return Optional.empty();
        }
        Optional<Numbering> numbering = Numbering.of(t);
        String body = t.substring(numbering.map(Numbering::length).orElse(0)).replaceFirst("[：:]$", "");
        if (body.isEmpty() || body.matches(".*[：:].+") || numbering.isEmpty() && body.length() > 30) {
            return Optional.empty();
        }
        String words = body.replaceAll("^(?:\\d{4}年度?)", "");
        for (Rule r : RULES) {
            if (r.words().matcher(words).find() && !r.unless().matcher(words).find()) {
                return Optional.of(new Heading(r.topic(), numbering.isPresent()));
            }
        }
        return Optional.empty();
    }

    /** The topics whose text and tables {@code TableSections.duties} reads together. */
    boolean aboutTheUnit() {
        return this == OVERVIEW || this == DUTIES || this == UNITS;
    }

    /** The topics of the 一般公共预算当年拨款 section. */
    boolean aboutGeneralPublic() {
        return this == GENERAL_PUBLIC || this == SCALE || this == STRUCTURE || this == ITEMS;
    }
}
