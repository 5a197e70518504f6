package cn.gongkai.domain.versions;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft's lists (机构设置, 主要项目, 机关运行经费明细, 职责分类绩效目标, 政府采购, 名词解释): rows matched by their first field
 * (the unit, the item, the term), each added, removed or changed row once.
 */
final class ListChanges {
    private ListChanges() {
    }

    static void of(Draft a, Draft b, List<Change> out) {
        list(ListTable.ORG_UNITS, a.orgUnits(), b.orgUnits(), out);
        list(ListTable.MAJOR_PROJECTS, a.majorProjects(), b.majorProjects(), out);
        list(ListTable.RUNNING_COSTS, a.runningCostItems(), b.runningCostItems(), out);
        list(ListTable.DUTY_TARGETS, a.dutyTargets(), b.dutyTargets(), out);
        list(ListTable.PROCUREMENT, a.procurement(), b.procurement(), out);
        list(ListTable.GLOSSARY, a.glossary(), b.glossary(), out);
    }

    private static <T extends Record> void list(ListTable table, List<T> a, List<T> b, List<Change> out) {
        Map<String, T> before = keyed(a);
        Map<String, T> after = keyed(b);
        List<String> keys = new ArrayList<>(after.keySet());
        int index = 0;
        for (String k : keys) {
            T y = after.get(k);
            T x = before.get(k);
            if (x == null) {
                out.add(new Change(Location.row(table, index, table.label() + " › " + name(k)), "", values(y)));
            } else if (!x.equals(y) && !values(x).equals(values(y))) {
                out.add(new Change(Location.row(table, index, table.label() + " › " + name(k)), values(x), values(y)));
            }
            index++;
        }
        for (Map.Entry<String, T> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                out.add(new Change(Location.row(table, Math.max(0, b.size() - 1), table.label() + " › "
                        + name(e.getKey())), values(e.getValue()), "（删除）"));
            }
        }
    }

    private static String name(String key) {
        return key.replaceFirst("#\\d+$", "");
    }

    /** Rows by their first field; a name twice is told apart by its occurrence ("办公费#2"). */
    private static <T extends Record> Map<String, T> keyed(List<T> rows) {
        Map<String, T> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (T r : rows) {
            String first = String.valueOf(component(r, 0));
            int n = seen.merge(first, 1, Integer::sum);
            out.put(n == 1 ? first : first + "#" + n, r);
        }
        return out;
    }

    /** The row's fields after the first, as printed: "行政，正科级，财政拨款". */
    static String values(Record r) {
        RecordComponent[] cs = r.getClass().getRecordComponents();
        List<String> parts = new ArrayList<>();
        for (int i = 1; i < cs.length; i++) {
            Object v = component(r, i);
            String s = v instanceof BigDecimal d ? cn.gongkai.domain.money.Amounts.plain(d)
                    : v == null ? "" : v instanceof Enum<?> e ? e.toString() : String.valueOf(v);
            if (!s.isBlank()) {
                parts.add(s);
            }
        }
        return String.join("，", parts);
    }

    private static Object component(Record r, int i) {
        try {
            return r.getClass().getRecordComponents()[i].getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
