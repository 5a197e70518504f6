package cn.gongkai.domain.versions;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableEdits;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The 公开表, row by row, matched by subject code (or by line, for the 收支总表's lines): each entered cell that
 * changed, each row added or removed. What a table computes — a column that is the sum of others, a 类 or 款 over
 * its 项, a 合计 — follows the cells and is not reported again.
 */
final class TableChanges {
    private TableChanges() {
    }

    static void of(BudgetTables a, BudgetTables b, List<Change> out) {
        for (TableKind k : TableKind.values()) {
            BudgetTable x = a.get(k).orElse(null);
            BudgetTable y = b.get(k).orElse(null);
            if (x == null && y == null || x != null && x.equals(y)) {
                continue;
            }
            if (x == null || y == null) {
                out.add(new Change(Location.table(k), x == null ? "" : "（有表）", y == null ? "（删除）" : "（导入）"));
                continue;
            }
            table(k, x, y, out);
        }
    }

    private static void table(TableKind k, BudgetTable x, BudgetTable y, List<Change> out) {
        Set<RowKey> keys = new LinkedHashSet<>();
        y.rows().forEach(r -> keys.add(r.key()));
        x.rows().forEach(r -> keys.add(r.key()));
        for (RowKey key : keys) {
            BudgetRow before = x.row(key).orElse(null);
            BudgetRow after = y.row(key).orElse(null);
            String name = (after != null ? after : before).name();
            String label = label(key, name);
            if (before == null || after == null) {
                if (!TableEdits.computedRow(before == null ? y : x, before == null ? after : before)) {
                    out.add(new Change(Location.cell(k, key, label, BudgetColumn.values()[0]).withLabel(
                            k.title() + " › " + label), before == null ? "" : "（有此行）",
                            after == null ? "（删除）" : "（新增）"));
                }
                continue;
            }
            for (BudgetColumn c : BudgetColumn.values()) {
                BigDecimal p = before.amount(c);
                BigDecimal q = after.amount(c);
                if (TableEdits.computed(y, after, c) || (p == null ? q == null : q != null && Amounts.same(p, q))) {
                    continue;
                }
                out.add(new Change(Location.cell(k, key, label, c), p == null ? "" : Amounts.shown(p),
                        q == null ? "" : Amounts.shown(q) + DraftCompare.difference(p, q, "")));
            }
            if (!before.note().equals(after.note())) {
                out.add(new Change(Location.cell(k, key, label, BudgetColumn.values()[0]).withLabel(
                        k.title() + " › " + label + " › 增减原因"), before.note(), after.note()));
            }
        }
    }

    private static String label(RowKey key, String name) {
        return key.fold(s -> s.code() + " " + name, l -> name);
    }
}
