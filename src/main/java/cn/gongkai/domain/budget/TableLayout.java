package cn.gongkai.domain.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * A standard table laid out as it is printed: its heading rows (headings merged over the columns or rows they
 * head), the 栏次 row where the published form has one, and its body as a grid of cells — subject code and name (the
 * name indented by level), a fixed line's label, an amount with the row and column it belongs to. The editor's
 * grid, the PDF and the Word file all draw this one layout. The two halves of 收支总表 and 财政拨款收支总表 stand
 * side by side: the categories and classes row by row, then the totals paired (本年收入合计 beside 本年支出合计,
 * 上年结转结余 beside 年终结转结余, 收入总计 beside 支出总计), as the published form has them.
 */
public record TableLayout(List<Heading> headings, int headingRows, List<Column> columns, List<List<Cell>> body,
                          List<String> countRow) {
    /** A heading over {@code colSpan} columns from {@code col}, and {@code rowSpan} heading rows from {@code row}. */
    public record Heading(String text, int row, int col, int rowSpan, int colSpan) {
    }

    /** What a column holds: a label (科目编码, 科目名称, 项目) or an amount of a column of the table. */
    public record Column(String heading, BudgetColumn amount, boolean income) {
        public boolean isAmount() {
            return amount != null;
        }
    }

    /** One cell of the body: text to show, and for an amount the row and column it is. */
    public record Cell(String text, BudgetRow row, BudgetColumn column) {
        static final Cell EMPTY = new Cell("", null, null);

        public boolean isAmount() {
            return column != null;
        }
    }

    public TableLayout {
        headings = List.copyOf(headings);
        columns = List.copyOf(columns);
        body = body.stream().map(List::copyOf).toList();
        countRow = List.copyOf(countRow);
    }

    private static final String INDENT = "　";
    private static final List<BudgetLine> INCOME_FOOTER = List.of(BudgetLine.INCOME_YEAR_TOTAL,
            BudgetLine.CARRY_OVER_IN, BudgetLine.INCOME_GRAND_TOTAL);
    private static final List<BudgetLine> EXPENSE_FOOTER = List.of(BudgetLine.EXPENSE_YEAR_TOTAL,
            BudgetLine.CARRY_OVER_OUT, BudgetLine.EXPENSE_GRAND_TOTAL);

    /** The table as published: without the columns kept for comparison only (上年预算数 of a rolled-forward draft). */
    public static TableLayout of(BudgetTable t) {
        return of(t, false);
    }

    /** The table as the editor shows it: the published columns, then the comparison columns. */
    public static TableLayout forEditing(BudgetTable t) {
        return of(t, true);
    }

    private static TableLayout of(BudgetTable t, boolean reference) {
        List<BudgetColumn> amounts = t.columns().stream().filter(c -> reference || !c.reference()).toList();
        return switch (t.kind().shape()) {
            case SUBJECTS -> subjects(t, amounts);
            case TWO_SIDED -> twoSided(t, amounts);
            case YEARS -> years(t, amounts);
        };
    }

    /** The frozen label columns on the left: 科目编码 and 科目名称, or 项目 (序号 and 项目 in 收支总表). */
    public int labelColumns() {
        int n = 0;
        while (n < columns.size() && !columns.get(n).isAmount()) {
            n++;
        }
        return n;
    }

    /** The rows above the body: the heading rows and the 栏次 row. */
    public int headerRows() {
        return headingRows + (countRow.isEmpty() ? 0 : 1);
    }

    /** The label of a row as printed: a subject's name indented by its level, a line's label. */
    public static String label(BudgetRow r) {
        return r.key().fold(s -> INDENT.repeat(s.level() - 1) + r.name(),
                l -> r.name().isEmpty() ? l.line().label() : r.name());
    }

    private static TableLayout subjects(BudgetTable t, List<BudgetColumn> amounts) {
        List<Column> columns = new ArrayList<>(List.of(new Column("科目编码", null, false),
                new Column("科目名称", null, false)));
        amounts.forEach(c -> columns.add(new Column(c.label(), c, false)));
        List<Heading> headings = new ArrayList<>();
        int rows = groups(amounts, t.kind()).stream().anyMatch(g -> g.members().size() > 1 || g.under()) ? 2 : 1;
        headings.add(new Heading("科目编码", 0, 0, rows, 1));
        headings.add(new Heading("科目名称", 0, 1, rows, 1));
        amountHeadings(amounts, t.kind(), 2, rows, headings);
        List<List<Cell>> body = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            List<Cell> line = new ArrayList<>();
            line.add(new Cell(r.key().fold(RowKey.Subject::code, l -> ""), null, null));
            line.add(new Cell(label(r), null, null));
            amounts.forEach(c -> line.add(new Cell("", r, c)));
            body.add(line);
        }
        return new TableLayout(headings, rows, columns, body, List.of());
    }

    private static TableLayout years(BudgetTable t, List<BudgetColumn> amounts) {
        List<Column> columns = new ArrayList<>(List.of(new Column("项目", null, false)));
        amounts.forEach(c -> columns.add(new Column(c.label(), c, false)));
        List<Heading> headings = new ArrayList<>();
        int rows = groups(amounts, t.kind()).stream().anyMatch(g -> g.members().size() > 1) ? 2 : 1;
        headings.add(new Heading("项目", 0, 0, rows, 1));
        amountHeadings(amounts, t.kind(), 1, rows, headings);
        List<List<Cell>> body = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            List<Cell> line = new ArrayList<>();
            line.add(new Cell(label(r), null, null));
            amounts.forEach(c -> line.add(new Cell("", r, c)));
            body.add(line);
        }
        return new TableLayout(headings, rows, columns, body, List.of());
    }

    private static TableLayout twoSided(BudgetTable t, List<BudgetColumn> amounts) {
        boolean summary = t.kind() == TableKind.INCOME_EXPENSE_SUMMARY;
        List<BudgetColumn> right = summary ? List.of(BudgetColumn.AMOUNT)
                : amounts.stream().filter(c -> c != BudgetColumn.AMOUNT).toList();
        List<Column> columns = new ArrayList<>();
        if (summary) {
            columns.add(new Column("序号", null, true));
        }
        columns.add(new Column("项目", null, true));
        columns.add(new Column("预算数", BudgetColumn.AMOUNT, true));
        columns.add(new Column("项目", null, false));
        right.forEach(c -> columns.add(new Column(c == BudgetColumn.AMOUNT ? "预算数" : c.label(), c, false)));
        int first = summary ? 1 : 0;
        List<Heading> headings = new ArrayList<>();
        if (summary) {
            headings.add(new Heading("序号", 0, 0, 2, 1));
        }
        headings.add(new Heading("收　　入", 0, first, 1, 2));
        headings.add(new Heading("支　　出", 0, first + 2, 1, 1 + right.size()));
        headings.add(new Heading("项目", 1, first, 1, 1));
        headings.add(new Heading("预算数", 1, first + 1, 1, 1));
        headings.add(new Heading("项目", 1, first + 2, 1, 1));
        for (int i = 0; i < right.size(); i++) {
            BudgetColumn c = right.get(i);
            headings.add(new Heading(c == BudgetColumn.AMOUNT ? "预算数" : c.label(), 1, first + 3 + i, 1, 1));
        }
        List<BudgetRow> income = new ArrayList<>();
        List<BudgetRow> expense = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            BudgetLine line = r.key().fold(s -> null, RowKey.Line::line);
            if (line == null || !INCOME_FOOTER.contains(line) && !EXPENSE_FOOTER.contains(line)) {
                (line != null && line.side() == BudgetLine.Side.INCOME ? income : expense).add(r);
            }
        }
        List<BudgetRow[]> pairs = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), expense.size()); i++) {
            pairs.add(new BudgetRow[] {i < income.size() ? income.get(i) : null,
                    i < expense.size() ? expense.get(i) : null});
        }
        for (int i = 0; i < INCOME_FOOTER.size(); i++) {
            BudgetRow in = t.line(INCOME_FOOTER.get(i)).orElse(null);
            BudgetRow out = t.line(EXPENSE_FOOTER.get(i)).orElse(null);
            if (in != null || out != null) {
                pairs.add(new BudgetRow[] {in, out});
            }
        }
        List<List<Cell>> body = new ArrayList<>();
        for (BudgetRow[] pair : pairs) {
            List<Cell> line = new ArrayList<>();
            if (summary) {
                line.add(new Cell(Integer.toString(body.size() + 1), null, null));
            }
            line.add(pair[0] == null ? Cell.EMPTY : new Cell(label(pair[0]), null, null));
            line.add(pair[0] == null ? Cell.EMPTY : new Cell("", pair[0], BudgetColumn.AMOUNT));
            line.add(pair[1] == null ? Cell.EMPTY : new Cell(label(pair[1]).strip(), null, null));
            right.forEach(c -> line.add(pair[1] == null ? Cell.EMPTY : new Cell("", pair[1], c)));
            body.add(line);
        }
        List<String> count = summary ? List.of("栏次", "1", "2", "3", "4") : List.of();
        return new TableLayout(headings, 2, columns, body, count);
    }

    /** A run of amount columns under one heading ("基本支出" over 小计, 人员经费, 公用经费), or a column alone. */
    private record Group(String heading, List<BudgetColumn> members, boolean under) {
    }

    private static List<Group> groups(List<BudgetColumn> amounts, TableKind kind) {
        List<Group> out = new ArrayList<>();
        int i = 0;
        while (i < amounts.size()) {
            BudgetColumn c = amounts.get(i);
            String parent = parent(c, kind);
            if (parent == null) {
                out.add(new Group(c.label(), List.of(c), false));
                i++;
                continue;
            }
            List<BudgetColumn> members = new ArrayList<>();
            while (i < amounts.size() && parent.equals(parent(amounts.get(i), kind))) {
                members.add(amounts.get(i++));
            }
            out.add(new Group(parent, members, true));
        }
        return out;
    }

    /** The heading a column is printed under, or null when it stands alone. */
    private static String parent(BudgetColumn c, TableKind kind) {
        return switch (c) {
            case BASIC, PERSONNEL, PUBLIC_USE -> kind == TableKind.GENERAL_PUBLIC_EXPENSE ? "基本支出" : null;
            case VEHICLE, VEHICLE_PURCHASE, VEHICLE_OPERATION -> "公务用车购置及运行费";
            case GENERAL_PUBLIC, GOV_FUND, STATE_CAPITAL, FISCAL_SPECIAL, UNIT_FUNDS, BUSINESS, OPERATING,
                    OTHER_INCOME -> kind == TableKind.INCOME_SUMMARY ? "本年收入" : null;
            default -> null;
        };
    }

    /** The sub-heading of a grouped column: 小计 for the group's own total, else its own words. */
    private static String subheading(BudgetColumn c) {
        return switch (c) {
            case BASIC, VEHICLE -> "小计";
            case VEHICLE_PURCHASE -> "购置费";
            case VEHICLE_OPERATION -> "运行费";
            default -> c.label();
        };
    }

    private static void amountHeadings(List<BudgetColumn> amounts, TableKind kind, int first, int rows,
                                       List<Heading> out) {
        int col = first;
        for (Group g : groups(amounts, kind)) {
            if (!g.under()) {
                out.add(new Heading(g.heading(), 0, col++, rows, 1));
                continue;
            }
            out.add(new Heading(g.heading(), 0, col, 1, g.members().size()));
            for (BudgetColumn m : g.members()) {
                out.add(new Heading(subheading(m), 1, col++, 1, 1));
            }
        }
    }
}
