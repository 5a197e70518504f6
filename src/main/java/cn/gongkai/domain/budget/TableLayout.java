package cn.gongkai.domain.budget;

import java.util.ArrayList;
import java.util.List;

/**
 * A standard table laid out as it is printed: its heading rows (headings merged over the columns or rows they
 * head), the 栏次 row where the published form has one, and its body as a grid of cells — subject code and name (the
 * name indented by level), a fixed line's label, an amount with the row and column it belongs to. The editor's
 * grid, the PDF and the Word file all draw this one layout; the two halves of 收支总表 and 财政拨款收支总表 stand
 * side by side, row by row.
 */
public record TableLayout(List<Heading> headings, int headingRows, List<Column> columns, List<List<Cell>> body,
                          boolean countRow) {
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

    private static final String INDENT = "　";

    public static TableLayout of(BudgetTable t) {
        return switch (t.kind().shape()) {
            case SUBJECTS -> subjects(t);
            case TWO_SIDED -> twoSided(t);
            case YEARS -> years(t);
        };
    }

    /** The label of a row as printed: a subject's name indented by its level, a line's label. */
    public static String label(BudgetRow r) {
        return r.key().fold(s -> INDENT.repeat(s.level() - 1) + r.name(),
                l -> r.name().isEmpty() ? l.line().label() : r.name());
    }

    private static TableLayout subjects(BudgetTable t) {
        List<Column> columns = new ArrayList<>(List.of(new Column("科目编码", null, false),
                new Column("科目名称", null, false)));
        List<BudgetColumn> amounts = t.columns();
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
        return new TableLayout(headings, rows, columns, body, false);
    }

    private static TableLayout years(BudgetTable t) {
        List<Column> columns = new ArrayList<>(List.of(new Column("项目", null, false)));
        List<BudgetColumn> amounts = t.columns();
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
        return new TableLayout(headings, rows, columns, body, false);
    }

    private static TableLayout twoSided(BudgetTable t) {
        List<BudgetRow> income = new ArrayList<>();
        List<BudgetRow> expense = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            boolean in = r.key().fold(s -> false, l -> l.line().side() == BudgetLine.Side.INCOME);
            (in ? income : expense).add(r);
        }
        boolean summary = t.kind() == TableKind.INCOME_EXPENSE_SUMMARY;
        List<BudgetColumn> right = summary ? List.of(BudgetColumn.AMOUNT)
                : t.columns().stream().filter(c -> c != BudgetColumn.AMOUNT).toList();
        List<Column> columns = new ArrayList<>(List.of(new Column("项目", null, true),
                new Column("预算数", BudgetColumn.AMOUNT, true), new Column("项目", null, false)));
        right.forEach(c -> columns.add(new Column(c == BudgetColumn.AMOUNT ? "预算数" : c.label(), c, false)));
        List<Heading> headings = new ArrayList<>();
        headings.add(new Heading("收　　入", 0, 0, 1, 2));
        headings.add(new Heading("支　　出", 0, 2, 1, 1 + right.size()));
        headings.add(new Heading("项目", 1, 0, 1, 1));
        headings.add(new Heading("预算数", 1, 1, 1, 1));
        headings.add(new Heading("项目", 1, 2, 1, 1));
        for (int i = 0; i < right.size(); i++) {
            BudgetColumn c = right.get(i);
            headings.add(new Heading(c == BudgetColumn.AMOUNT ? "预算数" : c.label(), 1, 3 + i, 1, 1));
        }
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < Math.max(income.size(), expense.size()); i++) {
            List<Cell> line = new ArrayList<>();
            if (i < income.size()) {
                line.add(new Cell(label(income.get(i)), null, null));
                line.add(new Cell("", income.get(i), BudgetColumn.AMOUNT));
            } else {
                line.add(Cell.EMPTY);
                line.add(Cell.EMPTY);
            }
            if (i < expense.size()) {
                BudgetRow r = expense.get(i);
                line.add(new Cell(label(r).strip(), null, null));
                right.forEach(c -> line.add(new Cell("", r, c)));
            } else {
                line.add(Cell.EMPTY);
                right.forEach(c -> line.add(Cell.EMPTY));
            }
            body.add(line);
        }
        return new TableLayout(headings, 2, columns, body, summary);
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
