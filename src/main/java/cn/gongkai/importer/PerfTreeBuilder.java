package cn.gongkai.importer;

import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.WorkFields;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Grows a performance tree row by row as the table is read: a duty, an activity under the current duty, an
 * indicator under its last activity. A duty named again (a table continued after a page break, or the same duty
 * listed twice) without an amount of its own, or with the same amount, takes its activities into the first one.
 */
final class PerfTreeBuilder {
    private final List<Duty> duties = new ArrayList<>();
    private int current = -1;

    boolean hasDuty() {
        return !duties.isEmpty();
    }

    /** True when the current duty has no activity yet. */
    boolean lastDutyEmpty() {
        return hasDuty() && duties.get(current).activities().isEmpty();
    }

    /** Starts a duty, or goes back to the one of the same name; true when it did the latter. */
    boolean duty(WorkFields fields) {
        for (int i = 0; i < duties.size(); i++) {
            WorkFields had = duties.get(i).fields();
            if (squeezed(had.name()).equals(squeezed(fields.name())) && !fields.name().isBlank()
                    && (fields.amount() == null || had.amount() != null && had.amount().compareTo(fields.amount()) == 0)) {
                current = i;
                return true;
            }
        }
        duties.add(new Duty(fields, List.of()));
        current = duties.size() - 1;
        return false;
    }

    private static String squeezed(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    /** An activity under the current duty. */
    void activity(WorkFields fields) {
        editLastDuty(d -> d.withActivities(plus(d.activities(), new Activity(fields, List.of()))));
    }

    /** An indicator under the last activity. */
    void indicator(Indicator i) {
        editLastDuty(d -> d.withActivities(replaceLast(d.activities(), a -> a.withIndicators(plus(a.indicators(), i)))));
    }

    List<Duty> duties() {
        return List.copyOf(duties);
    }

    private void editLastDuty(UnaryOperator<Duty> edit) {
        duties.set(current, edit.apply(duties.get(current)));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static <T> List<T> replaceLast(List<T> list, UnaryOperator<T> edit) {
        List<T> out = new ArrayList<>(list);
        out.set(out.size() - 1, edit.apply(last(out)));
        return out;
    }
}
