package cn.gongkai.persistence;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.persistence.generated.tables.records.BudgetCellRecord;
import cn.gongkai.persistence.generated.tables.records.BudgetRowRecord;
import cn.gongkai.persistence.generated.tables.records.BudgetTableRecord;
import org.jooq.DSLContext;
import org.jooq.Query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gongkai.persistence.generated.Tables.BUDGET_CELL;
import static cn.gongkai.persistence.generated.Tables.BUDGET_ROW;
import static cn.gongkai.persistence.generated.Tables.BUDGET_TABLE;

/** The standard tables of a draft in budget_table, budget_row and budget_cell; the caller owns the transaction. */
final class BudgetTableRows {
    private final DSLContext tx;

    BudgetTableRows(DSLContext tx) {
        this.tx = tx;
    }

    void insert(List<Query> batch, long id, BudgetTable t) {
        String kind = t.kind().code();
        batch.add(tx.insertInto(BUDGET_TABLE).set(BUDGET_TABLE.DRAFT_ID, id).set(BUDGET_TABLE.TABLE_KIND, kind)
                .set(BUDGET_TABLE.MONEY_UNIT, t.unit().name())
                .set(BUDGET_TABLE.COLUMN_LIST, String.join(",", t.columns().stream().map(Enum::name).toList()))
                .set(BUDGET_TABLE.EMPTY_STATEMENT, t.emptyStatement()));
        int pos = 0;
        for (BudgetRow r : t.rows()) {
            int p = pos++;
            batch.add(tx.insertInto(BUDGET_ROW).set(BUDGET_ROW.DRAFT_ID, id).set(BUDGET_ROW.TABLE_KIND, kind)
                    .set(BUDGET_ROW.POS, p).set(BUDGET_ROW.ROW_KEY, r.key().id()).set(BUDGET_ROW.NAME, r.name())
                    .set(BUDGET_ROW.NOTE, r.note()));
            r.amounts().forEach((c, v) -> batch.add(tx.insertInto(BUDGET_CELL).set(BUDGET_CELL.DRAFT_ID, id)
                    .set(BUDGET_CELL.TABLE_KIND, kind).set(BUDGET_CELL.POS, p).set(BUDGET_CELL.COLUMN_KEY, c.name())
                    .set(BUDGET_CELL.AMOUNT, v).set(BUDGET_CELL.SOURCE, r.sources().get(c))));
        }
    }

    /** Deletes one table of a draft (children first: the store's foreign keys would refuse it otherwise). */
    void delete(long id, TableKind kind) {
        tx.deleteFrom(BUDGET_CELL).where(BUDGET_CELL.DRAFT_ID.eq(id)).and(BUDGET_CELL.TABLE_KIND.eq(kind.code()))
                .execute();
        tx.deleteFrom(BUDGET_ROW).where(BUDGET_ROW.DRAFT_ID.eq(id)).and(BUDGET_ROW.TABLE_KIND.eq(kind.code()))
                .execute();
        tx.deleteFrom(BUDGET_TABLE).where(BUDGET_TABLE.DRAFT_ID.eq(id)).and(BUDGET_TABLE.TABLE_KIND.eq(kind.code()))
                .execute();
    }

    void deleteAll(long id) {
        tx.deleteFrom(BUDGET_CELL).where(BUDGET_CELL.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(BUDGET_ROW).where(BUDGET_ROW.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(BUDGET_TABLE).where(BUDGET_TABLE.DRAFT_ID.eq(id)).execute();
    }

    /** Three ordered queries, however many tables and rows. */
    BudgetTables read(long id) {
        Map<String, Map<Integer, Map<BudgetColumn, BigDecimal>>> amounts = new HashMap<>();
        Map<String, Map<Integer, Map<BudgetColumn, String>>> sources = new HashMap<>();
        for (BudgetCellRecord c : tx.selectFrom(BUDGET_CELL).where(BUDGET_CELL.DRAFT_ID.eq(id)).fetch()) {
            BudgetColumn col = BudgetColumn.valueOf(c.getColumnKey());
            amounts.computeIfAbsent(c.getTableKind(), k -> new HashMap<>())
                    .computeIfAbsent(c.getPos(), k -> new EnumMap<>(BudgetColumn.class)).put(col, c.getAmount());
            if (c.getSource() != null) {
                sources.computeIfAbsent(c.getTableKind(), k -> new HashMap<>())
                        .computeIfAbsent(c.getPos(), k -> new EnumMap<>(BudgetColumn.class)).put(col, c.getSource());
            }
        }
        Map<String, List<BudgetRow>> rows = new HashMap<>();
        for (BudgetRowRecord r : tx.selectFrom(BUDGET_ROW).where(BUDGET_ROW.DRAFT_ID.eq(id))
                .orderBy(BUDGET_ROW.TABLE_KIND, BUDGET_ROW.POS).fetch()) {
            rows.computeIfAbsent(r.getTableKind(), k -> new ArrayList<>()).add(new BudgetRow(
                    RowKey.parse(r.getRowKey()), r.getName(),
                    amounts.getOrDefault(r.getTableKind(), Map.of()).get(r.getPos()),
                    sources.getOrDefault(r.getTableKind(), Map.of()).get(r.getPos()), r.getNote()));
        }
        List<BudgetTable> tables = new ArrayList<>();
        for (BudgetTableRecord t : tx.selectFrom(BUDGET_TABLE).where(BUDGET_TABLE.DRAFT_ID.eq(id)).fetch()) {
            List<BudgetColumn> columns = t.getColumnList().isEmpty() ? List.of()
                    : Arrays.stream(t.getColumnList().split(",")).map(BudgetColumn::valueOf).toList();
            tables.add(new BudgetTable(TableKind.fromCode(t.getTableKind()), MoneyUnit.valueOf(t.getMoneyUnit()),
                    columns, rows.getOrDefault(t.getTableKind(), List.of()), t.getEmptyStatement()));
        }
        return BudgetTables.of(tables);
    }
}
