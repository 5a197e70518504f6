package cn.gongkai.importer;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.Duty;
import cn.gongkai.domain.Indicator;
import cn.gongkai.domain.WorkFields;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Grows a performance tree row by row as the table is read: a duty, an activity under the last duty, an indicator. */
final class PerfTreeBuilder {
    private final List<Duty> duties = new ArrayList<>();

    boolean hasDuty() {
        return !duties.isEmpty();
    }

    /** True when the last duty has no activity yet. */
    boolean lastDutyEmpty() {
        return hasDuty() && last(duties).activities().isEmpty();
    }

    void duty(WorkFields fields) {
        duties.add(new Duty(fields, List.of()));
    }

    /** An activity under the last duty. */
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
        duties.set(duties.size() - 1, edit.apply(last(duties)));
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
