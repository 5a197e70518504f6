package cn.gongkai.domain.budget;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The standard tables a draft holds, by kind (a draft written before the tables existed holds none). */
public final class BudgetTables {
    public static final BudgetTables NONE = new BudgetTables(new EnumMap<>(TableKind.class));

    private final EnumMap<TableKind, BudgetTable> tables;

    private BudgetTables(EnumMap<TableKind, BudgetTable> tables) {
        this.tables = tables;
    }

    public static BudgetTables of(Collection<BudgetTable> list) {
        EnumMap<TableKind, BudgetTable> m = new EnumMap<>(TableKind.class);
        for (BudgetTable t : list) {
            if (m.put(t.kind(), t) != null) {
                throw new IllegalArgumentException(t.kind().title() + "出现了两次");
            }
        }
        return new BudgetTables(m);
    }

    public Optional<BudgetTable> get(TableKind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    public boolean has(TableKind kind) {
        return tables.containsKey(kind);
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The tables in the order they are published. */
    public Collection<BudgetTable> all() {
        return Collections.unmodifiableCollection(tables.values());
    }

    public BudgetTables with(BudgetTable table) {
        EnumMap<TableKind, BudgetTable> m = new EnumMap<>(TableKind.class);
        m.putAll(tables);
        m.put(table.kind(), table);
        return new BudgetTables(m);
    }

    public Map<TableKind, BudgetTable> asMap() {
        return Collections.unmodifiableMap(tables);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetTables t && t.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    @Override
    public String toString() {
        return tables.toString();
    }
}
