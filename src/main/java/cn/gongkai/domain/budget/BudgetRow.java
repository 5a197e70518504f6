package cn.gongkai.domain.budget;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a budget table: what it is (a subject or a fixed line), its name as printed, its amounts by column
 * (a blank cell is absent and counts as zero) and, for amounts that came from a workbook, where each came from
 * ("1.3部门收支总表!C7"), and the officer's note on the row (the reason a 项 changed against last year, printed in
 * the 情况说明).
 */
public record BudgetRow(RowKey key, String name, Map<BudgetColumn, BigDecimal> amounts,
                        Map<BudgetColumn, String> sources, String note) {
    public BudgetRow {
        Objects.requireNonNull(key, "key");
        name = Objects.requireNonNullElse(name, "").strip();
        EnumMap<BudgetColumn, BigDecimal> a = new EnumMap<>(BudgetColumn.class);
        Objects.requireNonNullElse(amounts, Map.<BudgetColumn, BigDecimal>of()).forEach((c, v) -> {
            if (v != null) {
                a.put(c, Amounts.normalize(v));
            }
        });
        EnumMap<BudgetColumn, String> s = new EnumMap<>(BudgetColumn.class);
        Objects.requireNonNullElse(sources, Map.<BudgetColumn, String>of()).forEach((c, v) -> {
            if (v != null && !v.isBlank() && a.containsKey(c)) {
                s.put(c, v);
            }
        });
        amounts = Collections.unmodifiableMap(a);
        sources = Collections.unmodifiableMap(s);
        note = Objects.requireNonNullElse(note, "").strip();
    }

    /** A row without a note. */
    public BudgetRow(RowKey key, String name, Map<BudgetColumn, BigDecimal> amounts,
                     Map<BudgetColumn, String> sources) {
        this(key, name, amounts, sources, "");
    }

    public static BudgetRow of(RowKey key, String name) {
        return new BudgetRow(key, name, Map.of(), Map.of());
    }

    /** The amount in a column, or null when the cell is blank. */
    public BigDecimal amount(BudgetColumn c) {
        return amounts.get(c);
    }

    /** The amount in a column, zero when the cell is blank. */
    public BigDecimal value(BudgetColumn c) {
        return Amounts.orZero(amounts.get(c));
    }

    /** Where the cell's amount came from, when it came from a workbook. */
    public Optional<String> source(BudgetColumn c) {
        return Optional.ofNullable(sources.get(c));
    }

    /** The row with one cell set (null: blank); a cell set by hand no longer names a workbook cell. */
    public BudgetRow with(BudgetColumn c, BigDecimal v) {
        EnumMap<BudgetColumn, BigDecimal> a = copy(amounts);
        EnumMap<BudgetColumn, String> s = copy(sources);
        if (v == null) {
            a.remove(c);
        } else {
            a.put(c, v);
        }
        s.remove(c);
        return new BudgetRow(key, name, a, s, note);
    }

    public BudgetRow withName(String n) {
        return new BudgetRow(key, n, amounts, sources, note);
    }

    public BudgetRow withNote(String n) {
        return new BudgetRow(key, name, amounts, sources, n);
    }

    /** The row with every amount converted exactly from one money unit into another; sources and note kept. */
    public BudgetRow inUnit(MoneyUnit from, MoneyUnit to) {
        if (from == to) {
            return this;
        }
        EnumMap<BudgetColumn, BigDecimal> a = new EnumMap<>(BudgetColumn.class);
        amounts.forEach((c, v) -> a.put(c, Amounts.convert(v, from, to)));
        return new BudgetRow(key, name, a, sources, note);
    }

    /** True when no cell holds an amount other than zero. */
    public boolean blank() {
        return amounts.values().stream().allMatch(v -> v.signum() == 0);
    }

    private static <V> EnumMap<BudgetColumn, V> copy(Map<BudgetColumn, V> m) {
        EnumMap<BudgetColumn, V> out = new EnumMap<>(BudgetColumn.class);
        out.putAll(m);
        return out;
    }
}
