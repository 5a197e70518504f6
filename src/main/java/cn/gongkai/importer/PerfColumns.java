package cn.gongkai.importer;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.importer.TextBlocks.Row;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the 部门职责-工作活动绩效目标 table keeps what: the template's order (职责活动, 年度预算数, 内容描述, 绩效目标,
 * 绩效指标, 优, 良, 中, 差) unless its heading rows say otherwise — a separate 工作活动 column, another order,
 * 优良中差 in the first heading row, "年度预算数（元）".
 */
record PerfColumns(int name, int activity, int amount, int content, int target, int indicator, int[] grades,
                   Optional<MoneyUnit> unit) {
    static final PerfColumns STANDARD = new PerfColumns(0, -1, 1, 2, 3, 4, new int[]{5, 6, 7, 8}, Optional.empty());

    /** A heading cell: short, one of the table's own words, maybe with its unit. */
    private static final Pattern HEADING = Pattern.compile(
            "(?:职责活动|部门职责|职责名称|职责|工作活动|活动名称|活动|年度预算数|预算数|预算金额|年度预算|金额|资金|内容描述|活动内容|内容"
                    + "|描述|绩效目标|目标|绩效指标|指标名称|指标|评价标准|标准|优秀?|良好?|中等?|合格|较?差|不合格)(?:[（(](?:万元|元)[)）])?");

    /** Whether a table is the 部门职责-工作活动绩效目标 table: a heading row that names its indicators. */
    static boolean heads(TextBlocks.Table t) {
        return t.rows().stream().limit(4).anyMatch(r -> isHeading(r) && r.cells().stream()
                .map(SectionBlocks::squeeze).anyMatch(c -> c.startsWith("绩效指标") || c.equals("评价标准")));
    }

    /** Whether the row is a heading row: no amount, and a cell that is one of the heading words. */
    static boolean isHeading(Row r) {
        boolean word = false;
        for (String c : r.cells()) {
            String t = SectionBlocks.squeeze(c);
            if (Amount.cell(t) != null) {
                return false;
            }
            word |= !t.isEmpty() && HEADING.matcher(t).matches();
        }
        return word;
    }

    /** These columns as one more heading row says ({@code this} for what it does not say). */
    PerfColumns with(Row r) {
        int n = name;
        int act = activity;
        int amt = amount;
        int con = content;
        int tgt = target;
        int ind = indicator;
        int[] g = grades.clone();
        boolean gradesSeen = false;
        Optional<MoneyUnit> u = unit;
        for (int i = 0; i < r.cells().size(); i++) {
            String t = SectionBlocks.squeeze(r.cell(i));
            if (t.isEmpty()) {
                continue;
            }
            if (t.contains("（元）") || t.contains("(元)")) {
                u = Optional.of(MoneyUnit.YUAN);
            }
            int grade = "优良中差".indexOf(t.equals("合格") ? '中' : t.equals("不合格") || t.equals("较差") ? '差' : t.charAt(0));
            if (grade >= 0 && t.length() <= 3) {
                g[grade] = i;
                gradesSeen = true;
            } else if (t.contains("职责") && t.contains("活动")) {
                n = i;
            } else if (t.contains("职责")) {
                n = i;
            } else if (t.contains("活动") && !t.contains("内容")) {
                act = i;
            } else if (t.contains("预算") || t.contains("金额") || t.contains("资金")) {
                amt = i;
            } else if (t.contains("内容") || t.contains("描述")) {
                con = i;
            } else if (t.contains("目标")) {
                tgt = i;
            } else if (t.contains("指标")) {
                ind = i;
            }
        }
        if (!gradesSeen && ind != indicator && Arrays.equals(g, STANDARD.grades())) {
            g = new int[]{ind + 1, ind + 2, ind + 3, ind + 4}; // the grades follow the indicator under 评价标准
        }
        return new PerfColumns(n, act == n ? -1 : act, amt, con, tgt, ind, g, u);
    }
}
