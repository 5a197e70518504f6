package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.Labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a table read through its merged rows: for each column the path of headings above it
 * (["基本支出", "人员经费"]) and what the column holds — the subject code (or one part of it: 类, 款, 项), the
 * subject's or line's name, an amount column, and in two-sided tables which side (收入, 支出) it is on; in the
 * “三公” table also the year a group of columns is for (本年, 上年).
 */
final class HeaderColumns {
    enum Role { CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM, NAME, AMOUNT, IGNORED, UNKNOWN }

    enum Side { NONE, INCOME, EXPENSE }

    /** Which year a column group of the “三公” table is for. */
    enum Year { NONE, CURRENT, LAST, OTHER }

    record Column(int index, List<String> path, Role role, BudgetColumn amount, Side side, Year year) {
        String heading() {
            return String.join("›", path);
        }
    }

    private static final Set<String> CODE = Set.of("科目编码", "编码", "代码", "科目代码", "功能分类科目编码",
            "经济分类科目编码", "支出功能分类科目编码", "部门预算支出经济分类科目编码", "功能科目编码", "经济科目编码");
    private static final Set<String> NAME = Set.of("科目名称", "名称", "项目", "功能分类科目名称", "经济分类科目名称",
            "科目", "支出功能分类科目名称", "部门预算支出经济分类科目名称", "功能科目名称", "经济科目名称", "项目名称",
            "单位名称", "年度", "年份", "预算年度", "收入项目", "支出项目", "收入项目名称", "支出项目名称");
    private static final Set<String> GENERIC = Set.of("小计", "合计", "总计");
    private static final Set<String> GROUPS = Set.of("功能分类科目", "经济分类科目", "支出功能分类科目",
            "部门预算支出经济分类科目", "科目", "本年收入", "本年支出", "收入预算", "支出预算", "金额", "预算数");
    private static final Set<String> IGNORE = Set.of("序号", "栏次", "行次", "备注", "增减额", "增减率", "增减",
            "增减幅度", "比上年增减");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");

    private HeaderColumns() {
    }

    /** Whether a heading is one the header of a standard table uses (so that the row holding it is header). */
    static boolean known(String heading) {
        String h = Labels.normalize(heading);
        if (h.isEmpty() || CODE.contains(h) || NAME.contains(h) || GENERIC.contains(h) || GROUPS.contains(h)
                || IGNORE.contains(h) || h.equals("收入") || h.equals("支出") || h.matches("[类款项]")
                || YEAR.matcher(h).find() || h.startsWith("本年") || h.startsWith("上年")) {
            return true;
        }
        return amount(h).isPresent();
    }

    static List<Column> read(Grid g, List<Integer> headerRows, int budgetYear) {
        List<Column> out = new ArrayList<>();
        int width = 0;
        for (int r : headerRows) {
            width = Math.max(width, g.rows().get(r).size());
        }
        for (int c = 0; c < width; c++) {
            List<String> path = new ArrayList<>();
            for (int r : headerRows) {
                String t = Labels.normalize(g.text(r, c));
                if (!t.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(t))) {
                    path.add(t);
                }
            }
            out.add(column(c, path, budgetYear));
        }
        return out;
    }

    private static Column column(int index, List<String> path, int budgetYear) {
        if (path.isEmpty()) {
            return new Column(index, path, Role.IGNORED, null, Side.NONE, Year.NONE);
        }
        Side side = path.stream().anyMatch(p -> p.equals("收入") || p.startsWith("收入项目")) ? Side.INCOME
                : path.stream().anyMatch(p -> p.equals("支出") || p.startsWith("支出项目")) ? Side.EXPENSE : Side.NONE;
        Year year = yearOf(path, budgetYear);
        String last = path.get(path.size() - 1);
        if (path.stream().anyMatch(IGNORE::contains)) {
            return new Column(index, path, Role.IGNORED, null, side, year);
        }
        if (last.equals("类") || last.equals("款") || last.equals("项")) {
            Role part = last.equals("类") ? Role.CODE_CLASS : last.equals("款") ? Role.CODE_SECTION : Role.CODE_ITEM;
            return new Column(index, path, part, null, side, year);
        }
        if (CODE.contains(last)) {
            return new Column(index, path, Role.CODE, null, side, year);
        }
        if (NAME.contains(last) || (path.size() == 1 && (last.equals("收入") || last.equals("支出")))) {
            return new Column(index, path, Role.NAME, null, side, year);
        }
        Optional<BudgetColumn> amount = amountOf(path);
        return amount.map(a -> new Column(index, path, Role.AMOUNT, a, side, year))
                .orElseGet(() -> new Column(index, path, Role.UNKNOWN, null, side, year));
    }

    private static Year yearOf(List<String> path, int budgetYear) {
        for (String p : path) {
            Year y = year(p, budgetYear);
            if (y != Year.NONE) {
                return y;
            }
        }
        return Year.NONE;
    }

    private static Year year(String heading, int budgetYear) {
        if (heading.startsWith("本年")) {
            return Year.CURRENT;
        }
        if (heading.startsWith("上年")) {
            return Year.LAST;
        }
        Matcher m = YEAR.matcher(heading);
        if (m.find() && budgetYear > 0) {
            int y = Integer.parseInt(m.group(1));
            return y == budgetYear ? Year.CURRENT : y == budgetYear - 1 ? Year.LAST : Year.OTHER;
        }
        return Year.NONE;
    }

    /**
     * The amount a column holds, from the most specific heading up: "小计"/"合计" under a known heading is that
     * heading's total (基本支出 › 小计 is 基本支出); alone at the top it is the table's 合计.
     */
    static Optional<BudgetColumn> amountOf(List<String> path) {
        for (int i = path.size() - 1; i >= 0; i--) {
            String h = path.get(i);
            if (GENERIC.contains(h)) {
                if (i == 0 || path.subList(0, i).stream().allMatch(p -> GROUPS.contains(p) || p.equals("收入")
                        || p.equals("支出") || YEAR.matcher(p).find() || p.startsWith("本年") || p.startsWith("上年"))) {
                    return Optional.of(BudgetColumn.TOTAL);
                }
                continue;
            }
            Optional<BudgetColumn> a = amount(h);
            if (a.isPresent()) {
                return a;
            }
            if (!GROUPS.contains(h) && !h.equals("收入") && !h.equals("支出") && !YEAR.matcher(h).find()) {
                return Optional.empty(); // a heading we do not know: the column is not guessed at
            }
        }
        return Optional.empty();
    }

    private static Optional<BudgetColumn> amount(String heading) {
        String h = Labels.normalize(heading);
        for (BudgetColumn c : BudgetColumn.values()) {
            if (c.names().contains(h)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A fixed line by its label ("本年收入合计", "一、一般公共预算拨款收入"), on a side or either. */
    static Optional<BudgetLine> line(String label, BudgetLine.Side side) {
        String l = Labels.normalize(label);
        if (l.isEmpty()) {
            return Optional.empty();
        }
        for (BudgetLine line : BudgetLine.values()) {
            if ((side == null || line.side() == side) && line.names().contains(l)) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }
}
