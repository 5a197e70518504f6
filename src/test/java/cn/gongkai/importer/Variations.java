package cn.gongkai.importer;

import cn.gongkai.domain.model.Section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variety corpus: systematic transformations of a published seed, one per habit seen in other units'
 * published disclosures (docs/benchmarks.md, issue 14). Each takes the seed's text as Word's text export wrote it
 * (a table cell per tab-indented line, a blank line after each row) and gives the text another unit would have
 * published with the same content.
 */
enum Variations {
    /** Headings without their numeral: "部门职责及机构设置情况". */
    HEADINGS_BARE("标题无序号", headings((n, body) -> body)),
    /** Blanks after "、" and inside: "二、 部门预算 安排的总体情况". */
    HEADINGS_SPACED("标题多空格", headings((n, body) -> n + "、  " + body.substring(0, 2) + " " + body.substring(2))),
    /** Other numbering: "（一）", "(二)", "3、", "4." by turns. */
    HEADINGS_NUMBERED("标题其他编号", headings((n, body) -> switch (index(n) % 4) {
        case 0 -> "（" + n + "）" + body;
        case 1 -> "(" + n + ")" + body;
        case 2 -> (index(n) + 1) + "、" + body;
        default -> (index(n) + 1) + "." + body;
    })),
    /** A heading split over two lines by a narrow page. */
    HEADINGS_SPLIT("标题断为两行", headings((n, body) -> body.length() < 6 ? n + "、" + body
            : n + "、" + body.substring(0, 4) + "\n" + body.substring(4))),
    /** Amounts with six decimals, as the budget system exports them: "5176.580000万元". */
    SIX_DECIMALS("金额六位小数", t -> replaceAll(t, Pattern.compile("(\\d+\\.\\d{1,2})(万元)"),
            m -> m.group(1) + "0".repeat(6 - m.group(1).length() + m.group(1).indexOf('.') + 1) + m.group(2))),
    /**
     * Figures only in sentences worded otherwise: "本年收入总额…，其中一般公共预算拨款…，政府性基金预算财政拨款…",
     * "本年支出总额…", "较去年预算…".
     */
    SENTENCES_REWORDED("数字在另一种句式中", t -> t
            .replaceFirst("\\d{4}年预算收入(为)?", "本年收入总额$1")
            .replaceFirst("一般公共预算收入", "一般公共预算拨款")
            .replaceFirst("(政府性)?基金(预算)?收入", "政府性基金预算财政拨款")
            .replaceFirst("\\d{4}年(支出预算|预算支出)(为)?", "本年支出总额")
            .replaceFirst("较\\d{4}年预算", "较去年预算")),
    /** One 机关运行经费 item in 元 among 万元: "办公费5000元". */
    COST_ITEM_IN_YUAN("运行经费明细含元", t -> {
        Matcher m = Pattern.compile("(机关运行经费[^\\n]*?安排[^\\n]*?)([\\u4e00-\\u9fa5]{2,6}费)(\\d+(?:\\.\\d+)?)万元").matcher(t);
        if (!m.find()) {
            return t;
        }
        String yuan = new BigDecimal(m.group(3)).multiply(BigDecimal.valueOf(10000)).stripTrailingZeros().toPlainString();
        return t.substring(0, m.start(3)) + yuan + "元" + t.substring(m.end());
    }),
    /** Long paragraphs broken mid-word by the text export, a blank line between the halves. */
    BROKEN_LINES("长段落断行加空行", Variations::breakLines),
    /** The performance table in 元 (its "单位：元" line), the text in 万元. */
    TABLE_IN_YUAN("绩效表以元为单位", Variations::performanceInYuan),
    /** The procurement and asset tables in 元 ("单位：元", "金额单位：元"), the text in 万元. */
    TABLES_IN_YUAN("采购表资产表以元为单位", t -> {
        String p = scaleRows(t, "六、", "七、", java.util.Set.of(1, 6, 7, 8, 9, 10, 11, 12, 13), "单位：万元", "单位：元");
        return scaleRows(p, "七、", "八、", java.util.Set.of(2), "金额单位：万元", "金额单位：元");
    }),
    /** Activities numbered under their duty: "2.3某某综合事务". */
    ACTIVITIES_SUBNUMBERED("工作活动编号2.3", Variations::subNumbered),
    /** A duty's activities in two places: its row written again, without amount, before its second activity. */
    DUTY_NAMED_TWICE("职责分两处写", Variations::dutyTwice),
    /** Duties without amounts of their own (only their activities have them). */
    DUTY_AMOUNTS_BLANK("职责不填金额", t -> {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rowsOf(t)) {
            boolean duty = row.size() >= 2 && row.get(0).startsWith("\t")
                    && PerformanceSection.DUTY.matcher(row.get(0).substring(1).strip()).matches();
            List<String> r = new ArrayList<>(row);
            if (duty && r.get(1).substring(1).strip().matches("\\d+(\\.\\d+)?")) {
                r.set(1, "\t");
            }
            out.append(String.join("\n", r)).append('\n');
        }
        return out.toString();
    }),
    /** Rows written twice: each tenth indicator row repeated. */
    ROWS_DUPLICATED("表格行重复", Variations::duplicateRows),
    /** Two-grade indicators written in the four grade columns: 完成 / (blank) / (blank) / 未完成. */
    TWO_GRADES_SPREAD("两档写在四栏", Variations::twoGradesSpread),
    /** The duties' goals written again under another heading ("职责绩效目标："), after the first block. */
    DUTY_GOALS_REPEATED("职责目标重写一遍", t -> {
        int from = t.indexOf("\n职责分类绩效目标：\n");
        int table = from < 0 ? -1 : t.indexOf("部门职责及工作活动绩效目标", from);
        int end = table < 0 ? -1 : t.lastIndexOf("\n", table);
        if (end <= from) {
            return t;
        }
        String block = t.substring(from, end).replace("\n职责分类绩效目标：\n", "\n职责绩效目标：\n");
        return t.substring(0, end) + block + t.substring(end);
    }),
    /** "我市" in running text that must not set the finance level. */
    LEVEL_WORD_IN_TEXT("正文写“我市”", t -> t.replaceFirst("目前我[省市县区]", "目前我市")),
    /** Headings as parts: "第二部分  部门预算安排的总体情况". */
    HEADINGS_PARTS("标题写作第X部分", headings((n, body) -> "第" + n + "部分  " + body)),
    /** A 目录 listing every heading with its page, before the opening paragraph. */
    CONTENTS_FIRST("正文前有目录", Variations::contentsFirst),
    /** Section 二's sub-headings numbered and worded otherwise: "（一）收入预算", "（三）与上年相比增减情况". */
    SUBHEADINGS_OTHER("二的小标题另一种写法", t -> t.replaceFirst("(?m)^(\\s*)1、收入说明\\s*$", "（一）收入预算")
            .replaceFirst("(?m)^(\\s*)2、支出说明\\s*$", "（二）支出预算")
            .replaceFirst("(?m)^(\\s*)3、比上年增减情况\\s*$", "（三）与上年相比增减情况")),
    /** Section 二 without sub-headings: its paragraphs placed by what they state. */
    SUBHEADINGS_NONE("二无小标题", t -> t.replaceFirst("(?m)^\\s*1、收入说明\\s*\\n", "")
            .replaceFirst("(?m)^\\s*2、支出说明\\s*\\n", "").replaceFirst("(?m)^\\s*3、比上年增减情况\\s*\\n", "")),
    /** Amounts of 1,000 and more with thousands separators, in sentences and tables: "5,176.58万元". */
    THOUSANDS("金额千分位", t -> replaceAll(t, Pattern.compile(
            "(?<![\\d.,])(?![23]\\d{4}(?:\\d{2})?(?:\\n|$))(\\d{4,})(?=(\\.\\d+)?(万元|元|\\n|$))"), // not a subject's code
            m -> String.format("%,d", Long.parseLong(m.group(1))))),
    /** The performance table's 年度预算数 and 内容描述 columns the other way round, headings too. */
    PERF_COLUMNS_SWAPPED("绩效表列序不同", t -> performanceRows(t, row -> {
        List<String> r = new ArrayList<>(row);
        if (r.size() >= 3) {
            String a = r.get(1);
            r.set(1, r.get(2));
            r.set(2, a);
        }
        return r;
    })),
    /** Duty and activity in two columns (部门职责 | 工作活动 | …) instead of one 职责活动 column. */
    PERF_ACTIVITY_COLUMN("职责与活动分两栏", t -> performanceRows(t, row -> {
        List<String> r = new ArrayList<>(row);
        String first = r.get(0).substring(1).strip();
        if (first.equals("职责活动")) {
            r.set(0, "\t部门职责");
            r.add(1, "\t工作活动");
        } else if (first.isEmpty() || PerformanceSection.DUTY.matcher(first).matches()) {
            r.add(1, "\t"); // a duty's row, an indicator's row, the grades' heading row
        } else {
            r.set(0, "\t");
            r.add(1, "\t" + first); // an activity's row
        }
        return r;
    })),
    /** Glossary entries numbered "（一）" instead of "1、". */
    GLOSSARY_PAREN("名词解释编号（一）", Variations::glossaryParen),
    /** Windows line ends and ideographic spaces before paragraphs. */
    CRLF_AND_INDENTS("回车换行与全角缩进", t -> t.lines().map(l -> l.isEmpty() || l.startsWith("\t") ? l : "\u3000\u3000" + l)
            .reduce((a, b) -> a + "\r\n" + b).orElse(""));

    private final String label;
    private final UnaryOperator<String> change;

    Variations(String label, UnaryOperator<String> change) {
        this.label = label;
        this.change = change;
    }

    String label() {
        return label;
    }

    String apply(String seed) {
        return change.apply(seed.replace("\r\n", "\n"));
    }

    private static final String NUMERALS = "一二三四五六七八九";

    private static int index(String numeral) {
        return NUMERALS.indexOf(numeral);
    }

    private interface HeadingForm {
        String form(String numeral, String body);
    }

    /** Rewrites each of the nine section headings (lines that are headings on their own). */
    private static UnaryOperator<String> headings(HeadingForm f) {
        Pattern numbered = Pattern.compile("^\\s*(?:\\[bookmark:[^\\]]*\\])?\\s*([一二三四五六七八九])\\s*[、.．]\\s*(.+?)\\s*$");
        return t -> {
            List<String> out = new ArrayList<>();
            for (String l : t.split("\n", -1)) {
                Matcher m = numbered.matcher(l);
                if (!l.startsWith("\t") && m.matches() && Headings.section(TextBlocks.clean(l)) != null) {
                    out.add(f.form(m.group(1), m.group(2)));
                } else {
                    out.add(l);
                }
            }
            return String.join("\n", out);
        };
    }

    private static String replaceAll(String t, Pattern p, java.util.function.Function<Matcher, String> r) {
        Matcher m = p.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(r.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Paragraphs, not a table cell's further paragraphs (a blank line there would end the table's row). */
    private static String breakLines(String t) {
        List<String> out = new ArrayList<>();
        String[] lines = t.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            String s = l.strip();
            if (!l.startsWith("\t") && s.length() >= 60 && Headings.section(s) == null && !insideTable(lines, i)) {
                int cut = s.length() / 2;
                out.add(s.substring(0, cut));
                out.add("");
                out.add(s.substring(cut));
            } else {
                out.add(l);
            }
        }
        return String.join("\n", out);
    }

    /** A cell's further paragraph: right after the row's cells (no blank line between) while the table goes on. */
    private static boolean insideTable(String[] lines, int at) {
        int before = at - 1;
        while (before >= 0 && !lines[before].isEmpty() && !lines[before].startsWith("\t")) {
            before--;
        }
        int after = at + 1;
        while (after < lines.length && lines[after].isEmpty()) {
            after++;
        }
        return before >= 0 && lines[before].startsWith("\t") && after < lines.length && lines[after].startsWith("\t");
    }

    /** The rows of the performance table (from its 职责活动 header to the 备注 after it). */
    private static int[] performanceTable(List<String> lines) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("职责活动")) {
                from = i;
                break;
            }
        }
        int to = from;
        while (to >= 0 && to < lines.size() && (lines.get(to).startsWith("\t") || lines.get(to).isEmpty()
                || !lines.get(to).strip().startsWith("备注") && Headings.section(lines.get(to)) == null)) {
            to++;
        }
        return new int[] {from, to};
    }

    private static String performanceInYuan(String t) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int[] range = performanceTable(lines);
        if (range[0] < 0) {
            return t;
        }
        for (int i = range[0] - 1; i >= Math.max(0, range[0] - 4); i--) {
            if (lines.get(i).contains("单位：万元")) {
                lines.set(i, lines.get(i).replace("单位：万元", "单位：元"));
            }
        }
        // a row is the cells between blank lines; its second cell is the amount of a duty or activity
        int cell = 0;
        for (int i = range[0]; i < range[1]; i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                cell = 0;
                continue;
            }
            if (l.startsWith("\t")) {
                cell++;
                String v = l.substring(1).strip();
                if (cell == 2 && v.matches("\\d+(\\.\\d+)?")) {
                    lines.set(i, "\t" + new BigDecimal(v).multiply(BigDecimal.valueOf(10000)).setScale(2,
                            java.math.RoundingMode.UNNECESSARY).toPlainString());
                }
            }
        }
        return String.join("\n", lines);
    }

    /**
     * In a section, from its heading ({@code from}, e.g. "六、") to the next ({@code to}): the unit line
     * rewritten and the amounts in columns {@code cols} of every row ×10,000 (万元 → 元).
     */
    private static String scaleRows(String t, String from, String to, java.util.Set<Integer> cols, String unit,
                                    String newUnit) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int i = 0;
        while (i < lines.size() && !(lines.get(i).strip().startsWith(from) && Headings.section(lines.get(i)) != null)) {
            i++;
        }
        int cell = 0;
        for (; i < lines.size() && !(lines.get(i).strip().startsWith(to) && Headings.section(lines.get(i)) != null); i++) {
            String l = lines.get(i);
            if (l.contains(unit)) {
                lines.set(i, l.replace(unit, newUnit));
            }
            if (!l.startsWith("\t")) {
                cell = 0;
                continue;
            }
            String v = l.substring(1).strip();
            if (cols.contains(cell) && v.matches("\\d+(\\.\\d+)?")) {
                lines.set(i, "\t" + new BigDecimal(v).multiply(BigDecimal.valueOf(10000)).stripTrailingZeros()
                        .toPlainString());
            }
            cell++;
        }
        return String.join("\n", lines);
    }

    private static String subNumbered(String t) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int[] range = performanceTable(lines);
        int duty = 0;
        boolean rowStart = true;
        for (int i = Math.max(0, range[0]); i < range[1]; i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                rowStart = true;
                continue;
            }
            if (rowStart && l.startsWith("\t")) {
                String c = l.substring(1).strip();
                if (PerformanceSection.DUTY.matcher(c).matches()) {
                    duty++;
                } else {
                    Matcher a = PerformanceSection.ACTIVITY.matcher(c);
                    if (a.matches() && a.group("n") != null && duty > 0) {
                        lines.set(i, "\t" + duty + "." + a.group("n") + a.group("name"));
                    }
                }
            }
            rowStart = false;
        }
        return String.join("\n", lines);
    }

    private static String dutyTwice(String t) {
        List<List<String>> rows = rowsOf(t);
        int duty = -1;
        int activities = 0;
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.isEmpty() || !row.get(0).startsWith("\t")) {
                continue;
            }
            String first = row.get(0).substring(1).strip();
            if (PerformanceSection.DUTY.matcher(first).matches()) {
                duty = i;
                activities = 0;
            } else if (duty >= 0 && PerformanceSection.ACTIVITY.matcher(first).matches() && ++activities == 2) {
                List<String> again = new ArrayList<>(rows.get(duty).subList(0, 1));
                rows.get(duty).subList(1, rows.get(duty).size()).forEach(c -> again.add("\t"));
                rows.add(i, List.of(""));
                rows.add(i, again);
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(String.join("\n", r)).append('\n'));
        return out.toString();
    }

    /** Every tenth row of the performance table with an indicator (nine cells, grades filled) repeated. */
    private static String duplicateRows(String t) {
        List<List<String>> rows = rowsOf(t);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (List<String> row : rows) {
            out.append(String.join("\n", row)).append('\n');
            boolean indicatorRow = row.size() == 9 && row.get(0).strip().isEmpty() && !row.get(4).strip().isEmpty();
            if (indicatorRow && ++n % 10 == 0) {
                out.append('\n').append(String.join("\n", row)).append('\n');
            }
        }
        return out.toString();
    }

    /** Four-grade indicators whose grades are words (完成 / 基本完成 …) rewritten as 完成 / / / 未完成, every fifth. */
    private static String twoGradesSpread(String t) {
        List<List<String>> rows = rowsOf(t);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (List<String> row : rows) {
            boolean indicatorRow = row.size() == 9 && !row.get(4).strip().isEmpty()
                    && row.subList(5, 9).stream().noneMatch(c -> c.strip().isEmpty());
            if (indicatorRow && ++n % 5 == 0) {
                List<String> two = new ArrayList<>(row.subList(0, 5));
                two.addAll(List.of("\t完成", "\t", "\t", "\t未完成"));
                out.append(String.join("\n", two)).append('\n');
            } else {
                out.append(String.join("\n", row)).append('\n');
            }
        }
        return out.toString();
    }

    /** The 目录 some units print first: each heading with dot leaders and a page number, after the title. */
    private static String contentsFirst(String t) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        List<String> contents = new ArrayList<>(List.of("目  录"));
        int page = 1;
        for (String l : lines) {
            if (!l.startsWith("\t") && Headings.section(l) != null && l.strip().matches("^[一二三四五六七八九]、.*")) {
                contents.add(l.strip() + "……………" + page++);
            }
        }
        int at = 0;
        while (at < lines.size() && !lines.get(at).strip().matches("^(按照|根据|\\[bookmark).*")) {
            at++;
        }
        if (at == lines.size() || contents.size() < 4) {
            return t;
        }
        contents.add("");
        lines.addAll(at, contents);
        return String.join("\n", lines);
    }

    /** In section 八, "1、基本支出：…" → "（一）基本支出：…". */
    private static String glossaryParen(String t) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        Pattern entry = Pattern.compile("^(\\s*)(\\d{1,2})\\s*[、.．]\\s*(.*[：:].*)$");
        for (String l : t.split("\n", -1)) {
            Section s = l.startsWith("\t") ? null : Headings.section(l);
            if (s != null) {
                in = s == Section.GLOSSARY;
            }
            Matcher m = entry.matcher(l);
            int n = m.matches() ? Integer.parseInt(m.group(2)) : 0;
            out.add(in && n > 0 && n < 10 ? "（" + NUMERALS.charAt(n - 1) + "）" + m.group(3) : l);
        }
        return String.join("\n", out);
    }

    /**
     * Each row of the performance table rewritten by {@code edit}, cell by cell: a cell is its tab line with the
     * lines Word's text export puts a cell's further paragraphs on (no tab), so that a cell moves whole.
     */
    private static String performanceRows(String t, UnaryOperator<List<String>> edit) {
        List<String> lines = new ArrayList<>(List.of(t.split("\n", -1)));
        int[] range = performanceTable(lines);
        if (range[0] < 0) {
            return t;
        }
        List<String> out = new ArrayList<>(lines.subList(0, range[0]));
        List<String> row = new ArrayList<>();
        for (int i = range[0]; i <= range[1]; i++) {
            String l = i < range[1] ? lines.get(i) : "";
            if (l.isEmpty()) {
                if (!row.isEmpty()) {
                    out.addAll(edit.apply(row));
                    row = new ArrayList<>();
                }
                if (i < range[1]) {
                    out.add(l);
                }
            } else if (l.startsWith("\t") || row.isEmpty()) {
                row.add(l);
            } else {
                row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + l); // the cell's next paragraph
            }
        }
        out.addAll(lines.subList(range[1], lines.size()));
        return String.join("\n", out);
    }

    /** The text as runs of lines: a table row (its cell lines up to the blank line after them) or one other line. */
    private static List<List<String>> rowsOf(String t) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = null;
        for (String l : t.split("\n", -1)) {
            if (l.startsWith("\t")) {
                if (row == null) {
                    row = new ArrayList<>();
                }
                row.add(l);
            } else {
                if (row != null) {
                    out.add(row);
                    row = null;
                }
                out.add(List.of(l));
            }
        }
        if (row != null) {
            out.add(row);
        }
        return out;
    }
}
