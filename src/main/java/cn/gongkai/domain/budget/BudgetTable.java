package cn.gongkai.domain.budget;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
        List<BudgetRow> converted = rows.stream().map(r -> {
            BudgetRow out = r;
            for (BudgetColumn c : r.amounts().keySet()) {
                out = out.with(c, Amounts.convert(r.amount(c), unit, to));
            }
            return new BudgetRow(r.key(), r.name(), out.amounts(), r.sources());
        }).toList();
        return new BudgetTable(kind, to, columns, converted, emptyStatement);
    }
}
