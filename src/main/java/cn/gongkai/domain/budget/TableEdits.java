package cn.gongkai.domain.budget;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Edits of a standard table as pure functions. A cell that is the sum of others — a 类 or 款 over the rows under it,
 * the 合计 row, a column such as 合计 = 基本支出 + 项目支出, the totals of 收支总表 — is computed, not typed; setting a
 * typed cell recomputes exactly the computed cells that depend on it, so totals whose parts were not touched keep
 * their stated value.
 */
public final class TableEdits {
    private static final Set<BudgetLine> TWO_SIDED_TOTALS = EnumSet.of(BudgetLine.INCOME_YEAR_TOTAL,
            BudgetLine.INCOME_GRAND_TOTAL, BudgetLine.EXPENSE_YEAR_TOTAL, BudgetLine.EXPENSE_GRAND_TOTAL);

    private TableEdits() {
    }

    /** Whether a cell is computed from other cells of the table (shown, not typed). */
    public static boolean computed(BudgetTable t, BudgetRow r, BudgetColumn c) {
        return sumColumn(t, c) || computedRow(t, r);
    }

    /** Whether every cell of a row is computed from other rows (a 类 or 款 over its 项, a 合计, a 总计). */
    public static boolean computedRow(BudgetTable t, BudgetRow r) {
        return switch (t.kind().shape()) {
            case SUBJECTS -> r.key().fold(s -> hasChildren(t, s), l -> l.line() == BudgetLine.TOTAL);
            case TWO_SIDED -> r.key().fold(s -> false, l -> TWO_SIDED_TOTALS.contains(l.line())
                    || l.line() == BudgetLine.INCOME_FISCAL && hasFiscalParts(t));
            case YEARS -> false;
        };
    }

    /** A column that is the sum of other columns the table has. */
    private static boolean sumColumn(BudgetTable t, BudgetColumn c) {
        return t.kind().sums().stream().anyMatch(s -> s.total() == c
                && s.parts().stream().anyMatch(t.columns()::contains));
    }

    private static boolean hasChildren(BudgetTable t, RowKey.Subject s) {
        return t.rows().stream().anyMatch(r -> r.key().fold(x -> x.classification() == s.classification()
                && x.classification().parent(x.code()).map(s.code()::equals).orElse(false), l -> false));
    }

    private static boolean hasFiscalParts(BudgetTable t) {
        return t.line(BudgetLine.INCOME_GENERAL_PUBLIC).isPresent() || t.line(BudgetLine.INCOME_GOV_FUND).isPresent();
    }

    /**
     * Sets a typed cell (null: blank) and recomputes what depends on it. Refused (IllegalArgumentException with the
     * reason) for a computed cell or a cell the row does not have.
     */
    public static BudgetTable set(BudgetTable t, RowKey key, BudgetColumn c, BigDecimal value) {
        int i = t.indexOf(key);
        if (i < 0 || !t.columnsOf(t.rows().get(i)).contains(c)) {
            throw new IllegalArgumentException(t.kind().title() + "没有这一格");
        }
        BudgetRow r = t.rows().get(i);
        if (computed(t, r, c)) {
            throw new IllegalArgumentException("“" + TableLayout.label(r).strip() + "”的" + c.label()
                    + "由其他格合计得出，不能直接填写");
        }
        BudgetTable out = t.withRow(i, r.with(c, value));
        Set<BudgetColumn> changed = EnumSet.of(c);
        out = rowSums(out, key, changed);
        return upward(out, key, changed);
    }

    /** The row's sum columns that include a changed column (inner sums first, as the kind lists them). */
    private static BudgetTable rowSums(BudgetTable t, RowKey key, Set<BudgetColumn> changed) {
        BudgetTable out = t;
        for (TableKind.ColumnSum sum : t.kind().sums()) {
            if (sum.parts().stream().noneMatch(changed::contains)) {
                continue;
            }
            if (out.columns().contains(sum.total())) {
                int i = out.indexOf(key);
                BudgetRow r = out.rows().get(i);
                BudgetTable current = out;
                BigDecimal v = Amounts.sum(sum.parts().stream().map(p -> current.amount(r, p)).toList());
                out = out.withRow(i, r.with(sum.total(), v));
            }
            changed.add(sum.total()); // a sum the table does not print still moves the sums that use it
        }
        return out;
    }

    /** The rows above the changed one: its 款, 类 and the 合计 row; or the totals of a two-sided table. */
    private static BudgetTable upward(BudgetTable t, RowKey key, Set<BudgetColumn> changed) {
        BudgetTable out = t;
        if (t.kind().shape() == TableKind.Shape.SUBJECTS) {
            Optional<RowKey> up = parentOf(key);
            while (up.isPresent()) {
                RowKey parent = up.get();
                if (out.indexOf(parent) >= 0) {
                    out = recompute(out, parent, changed, TableEdits::childrenOf);
                }
                up = parentOf(parent);
            }
        } else if (t.kind().shape() == TableKind.Shape.TWO_SIDED) {
            for (BudgetLine line : List.of(BudgetLine.INCOME_FISCAL, BudgetLine.INCOME_YEAR_TOTAL,
                    BudgetLine.INCOME_GRAND_TOTAL, BudgetLine.EXPENSE_YEAR_TOTAL, BudgetLine.EXPENSE_GRAND_TOTAL)) {
                RowKey k = new RowKey.Line(line);
                if (out.indexOf(k) >= 0 && (line != BudgetLine.INCOME_FISCAL || hasFiscalParts(out))) {
                    out = recompute(out, k, changed, TableEdits::partsOf);
                }
            }
        }
        return out;
    }

    /** A row's cells of the changed columns as the sum of the rows it adds up. */
    private static BudgetTable recompute(BudgetTable t, RowKey key, Set<BudgetColumn> changed,
                                         java.util.function.BiFunction<BudgetTable, RowKey, List<BudgetRow>> parts) {
        int i = t.indexOf(key);
        BudgetRow r = t.rows().get(i);
        List<BudgetRow> from = parts.apply(t, key);
        for (BudgetColumn c : changed) {
            if (!t.columnsOf(r).contains(c)) {
                continue;
            }
            boolean any = from.stream().anyMatch(p -> p.amount(c) != null);
            r = r.with(c, any ? Amounts.sum(from.stream().map(p -> p.amount(c)).toList()) : null);
        }
        return t.withRow(i, r);
    }

    private static Optional<RowKey> parentOf(RowKey key) {
        return key.fold(s -> Optional.of(s.classification().parent(s.code())
                        .<RowKey>map(p -> new RowKey.Subject(s.classification(), p))
                        .orElse(new RowKey.Line(BudgetLine.TOTAL))),
                l -> Optional.empty());
    }

    private static List<BudgetRow> childrenOf(BudgetTable t, RowKey parent) {
        List<BudgetRow> out = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            if (r.key().fold(s -> parentOf(s).map(parent::equals).orElse(false), l -> false)) {
                out.add(r);
            }
        }
        return out;
    }

    /** What a total line of a two-sided table adds up. */
    private static List<BudgetRow> partsOf(BudgetTable t, RowKey key) {
        BudgetLine line = key.fold(s -> null, RowKey.Line::line);
        List<BudgetRow> out = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            boolean part = r.key().fold(s -> line == BudgetLine.EXPENSE_YEAR_TOTAL && s.level() == 1, l -> switch (line) {
                case INCOME_FISCAL -> l.line() == BudgetLine.INCOME_GENERAL_PUBLIC || l.line() == BudgetLine.INCOME_GOV_FUND
                        || l.line() == BudgetLine.INCOME_STATE_CAPITAL;
                case INCOME_YEAR_TOTAL -> l.line().side() == BudgetLine.Side.INCOME && l.line() != BudgetLine.INCOME_YEAR_TOTAL
                        && l.line() != BudgetLine.CARRY_OVER_IN && l.line() != BudgetLine.INCOME_GRAND_TOTAL
                        && !(l.line() == BudgetLine.INCOME_FISCAL && hasFiscalParts(t));
                case INCOME_GRAND_TOTAL -> l.line() == BudgetLine.INCOME_YEAR_TOTAL || l.line() == BudgetLine.CARRY_OVER_IN;
                case EXPENSE_GRAND_TOTAL -> l.line() == BudgetLine.EXPENSE_YEAR_TOTAL || l.line() == BudgetLine.CARRY_OVER_OUT;
                default -> false;
            });
            if (part) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Adds a subject row in code order, with the 款 and 类 above it that the table lacks (names from
     * {@code names}); the new rows are blank. Refused when the row is there already.
     */
    public static BudgetTable addSubject(BudgetTable t, RowKey.Subject s, Function<String, String> names) {
        if (t.indexOf(s) >= 0) {
            throw new IllegalArgumentException(t.kind().title() + "中已有科目 " + s.code());
        }
        if (t.kind().shape() == TableKind.Shape.YEARS
                || (t.kind().shape() == TableKind.Shape.SUBJECTS && s.classification() != t.kind().classification())) {
            throw new IllegalArgumentException(t.kind().title() + "不列" + s.classification().label() + "科目");
        }
        if (t.kind().shape() == TableKind.Shape.TWO_SIDED && (s.level() != 1
                || s.classification() != Classification.FUNCTION)) {
            throw new IllegalArgumentException(t.kind().title() + "的支出按功能分类的类级科目列示（3 位编码，如 201）");
        }
        List<BudgetRow> rows = new ArrayList<>(t.rows());
        List<RowKey.Subject> chain = new ArrayList<>();
        RowKey.Subject at = s;
        while (at != null) {
            if (t.indexOf(at) < 0) {
                chain.add(0, at);
            }
            RowKey.Subject current = at;
            at = s.classification().parent(current.code()).map(p -> new RowKey.Subject(s.classification(), p))
                    .orElse(null);
        }
        for (RowKey.Subject add : chain) {
            int pos = insertionPoint(rows, add);
            rows.add(pos, BudgetRow.of(add, names.apply(add.code())));
        }
        return t.withRows(rows);
    }

    /** After the last subject whose code sorts before the new one (codes of one tree sort in print order). */
    private static int insertionPoint(List<BudgetRow> rows, RowKey.Subject s) {
        int pos = -1;
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            boolean before = rows.get(i).key().fold(x -> x.code().compareTo(s.code()) < 0,
                    l -> l.line() == BudgetLine.TOTAL || l.line().side() == BudgetLine.Side.INCOME);
            if (before) {
                pos = index;
            }
        }
        return pos + 1;
    }

    /**
     * The table with the officer's note on a row (the reason a 项 changed), or empty when the row is not there or
     * already says so.
     */
    public static java.util.Optional<BudgetTable> note(BudgetTable t, RowKey key, String note) {
        int i = t.indexOf(key);
        String n = note == null ? "" : note.strip();
        if (i < 0 || t.rows().get(i).note().equals(n)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(t.withRow(i, t.rows().get(i).withNote(n)));
    }

    /** Removes a subject row with the rows under it; the rows above are recomputed. */
    public static BudgetTable remove(BudgetTable t, RowKey.Subject s) {
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            boolean under = r.key().fold(x -> x.classification() == s.classification()
                    && x.code().startsWith(s.code()), l -> false);
            if (!under) {
                rows.add(r);
            }
        }
        BudgetTable out = t.withRows(rows);
        Set<BudgetColumn> all = EnumSet.noneOf(BudgetColumn.class);
        all.addAll(t.columns());
        return upward(out, s, all);
    }
}
