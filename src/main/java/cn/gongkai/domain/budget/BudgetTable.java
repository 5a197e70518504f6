package cn.gongkai.domain.budget;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One of the standard tables as the draft holds it: its kind, the money unit its amounts are in (元 or 万元), its
 * columns in order, its rows in order, and the 空表说明 printed when it has no amounts. A row appears once.
 */
public record BudgetTable(TableKind kind, MoneyUnit unit, List<BudgetColumn> columns, List<BudgetRow> rows,
                          String emptyStatement) {
    public BudgetTable {
        Objects.requireNonNull(kind, "kind");
        unit = Objects.requireNonNullElse(unit, MoneyUnit.WAN_YUAN);
        rows = List.copyOf(Objects.requireNonNullElse(rows, List.of()));
        Set<RowKey> keys = new HashSet<>();
        Set<BudgetColumn> used = new LinkedHashSet<>(Objects.requireNonNullElse(columns, List.of()));
        for (BudgetRow r : rows) {
            if (!keys.add(r.key())) {
                throw new IllegalArgumentException(kind.title() + "中“" + r.name() + "”（" + r.key().id() + "）出现了两次");
            }
            used.addAll(r.amounts().keySet());
        }
        columns = List.copyOf(used);
        emptyStatement = Objects.requireNonNullElse(emptyStatement, "").strip();
    }

    /** The table with its standard columns and no rows. */
    public static BudgetTable empty(TableKind kind, TemplateProfile profile, MoneyUnit unit) {
        return new BudgetTable(kind, unit, kind.standardColumns(profile), List.of(), "");
    }

    /**
     * The table as a new draft starts it: its standard columns and its fixed lines — the income categories of the
     * profile and the totals of a two-sided table, the 合计 row of a subject table, the 本年 and 上年 rows of the
     * “三公” table — without amounts; subjects are added as the officer needs them.
     */
    public static BudgetTable blank(TableKind kind, TemplateProfile profile, MoneyUnit unit) {
        List<BudgetLine> lines = new ArrayList<>();
        switch (kind.shape()) {
            case SUBJECTS -> lines.add(BudgetLine.TOTAL);
            case YEARS -> lines.addAll(List.of(BudgetLine.CURRENT_YEAR, BudgetLine.LAST_YEAR));
            case TWO_SIDED -> {
                if (kind == TableKind.FISCAL_SUMMARY) {
                    lines.addAll(List.of(BudgetLine.INCOME_GENERAL_PUBLIC, BudgetLine.INCOME_GOV_FUND));
                    if (profile.incomeLines().contains(BudgetLine.INCOME_STATE_CAPITAL)) {
                        lines.add(BudgetLine.INCOME_STATE_CAPITAL);
                    }
                } else {
                    lines.addAll(profile.incomeLines());
                }
                lines.add(BudgetLine.INCOME_YEAR_TOTAL);
                if (profile.carryOver()) {
                    lines.addAll(List.of(BudgetLine.CARRY_OVER_IN, BudgetLine.INCOME_GRAND_TOTAL));
                }
                lines.add(BudgetLine.EXPENSE_YEAR_TOTAL);
                if (profile.carryOver()) {
                    lines.addAll(List.of(BudgetLine.CARRY_OVER_OUT, BudgetLine.EXPENSE_GRAND_TOTAL));
                }
            }
        }
        List<BudgetRow> rows = lines.stream().map(l -> BudgetRow.of(new RowKey.Line(l), l.label())).toList();
        return new BudgetTable(kind, unit, kind.standardColumns(profile), rows, "");
    }

    /** True when no cell holds an amount other than zero: it is published empty, with its 空表说明. */
    public boolean isEmpty() {
        return rows.stream().allMatch(BudgetRow::blank);
    }

    /**
     * The columns a row has cells in: all of them, except in 财政拨款收支总表, whose income lines have only 预算数
     * and whose expenditure rows have the other columns.
     */
    public List<BudgetColumn> columnsOf(BudgetRow r) {
        if (kind != TableKind.FISCAL_SUMMARY) {
            return columns;
        }
        boolean income = r.key().fold(s -> false, l -> l.line().side() == BudgetLine.Side.INCOME);
        return columns.stream().filter(c -> income == (c == BudgetColumn.AMOUNT)).toList();
    }

    public Optional<BudgetRow> row(RowKey key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The 合计 row as stated, or the sum of the classes when the table has none. */
    public Optional<BudgetRow> totalRow() {
        Optional<BudgetRow> stated = line(BudgetLine.TOTAL);
        if (stated.isPresent()) {
            return stated;
        }
        Map<BudgetColumn, BigDecimal> sums = new EnumMap<>(BudgetColumn.class);
        for (BudgetRow r : rows()) {
            boolean cls = r.key().fold(s -> s.level() == 1, l -> false);
            if (cls) {
                r.amounts().forEach((c, v) -> sums.merge(c, v, BigDecimal::add));
            }
        }
        return sums.isEmpty() ? Optional.empty()
                : Optional.of(new BudgetRow(new RowKey.Line(BudgetLine.TOTAL), "合计", sums, Map.of()));
    }

    public Optional<BudgetRow> line(BudgetLine line) {
        return row(new RowKey.Line(line));
    }

    /** The amount at a row and column as it counts (see {@link #amount}); zero when blank. */
    public BigDecimal value(RowKey key, BudgetColumn c) {
        return row(key).map(r -> Amounts.orZero(amount(r, c))).orElse(BigDecimal.ZERO);
    }

    /**
     * A cell as it counts: its amount; or, for a column the table does not have that is the sum of columns it has,
     * that sum (一般公共预算支出表 printed without a 基本支出 column: 人员经费 + 公用经费). Null for a blank cell.
     */
    public BigDecimal amount(BudgetRow r, BudgetColumn c) {
        BigDecimal v = r.amount(c);
        if (v != null || columns.contains(c)) {
            return v;
        }
        for (TableKind.ColumnSum sum : kind.sums()) {
            if (sum.total() == c) {
                List<BigDecimal> parts = sum.parts().stream().map(p -> amount(r, p)).toList();
                if (parts.stream().anyMatch(Objects::nonNull)) {
                    return Amounts.sum(parts);
                }
            }
        }
        return null;
    }

    /** The subject rows, in order. */
    public List<RowKey.Subject> subjects() {
        List<RowKey.Subject> out = new ArrayList<>();
        for (BudgetRow r : rows) {
            r.key().fold(s -> out.add(s), l -> false);
        }
        return out;
    }

    public int indexOf(RowKey key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public BudgetTable withRows(List<BudgetRow> newRows) {
        return new BudgetTable(kind, unit, columns, newRows, emptyStatement);
    }

    public BudgetTable withEmptyStatement(String statement) {
        return new BudgetTable(kind, unit, columns, rows, statement);
    }

    /** The table with one row replaced. */
    public BudgetTable withRow(int index, BudgetRow row) {
        List<BudgetRow> copy = new ArrayList<>(rows);
        copy.set(index, row);
        return withRows(copy);
    }

    /** The same table in another money unit, every amount converted exactly. */
    public BudgetTable inUnit(MoneyUnit to) {
        if (to == unit) {
            return this;
        }
        List<BudgetRow> converted = rows.stream().map(r -> r.inUnit(unit, to)).toList();
        return new BudgetTable(kind, to, columns, converted, emptyStatement);
    }
}
