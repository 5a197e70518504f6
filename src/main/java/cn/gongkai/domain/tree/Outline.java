package cn.gongkai.domain.tree;

import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfNode;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The performance tree seen as an outline: rows in document order, each with a depth (1 duty, 2 activity,
 * 3 indicator). Indent and outdent change one row's depth, as in a word processor's outline view; the rows after it
 * keep their depth and attach to the nearest row above them. A row that changes level keeps what the new level
 * can hold (a duty that becomes an activity keeps name, amount and texts; an indicator keeps its name).
 */
final class Outline {
    /** One row: a node without what hangs below it, at its depth. */
    private record Row(int depth, PerfNode node) {
        Row(PerfNode node) {
            this(node.depth(), node.alone());
        }
    }

    private final Performance source;
    private final List<Row> rows;

    private Outline(Performance source, List<Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    static Outline of(Performance p) {
        List<Row> rows = new ArrayList<>();
        for (Duty d : p.duties()) {
            rows.add(new Row(d));
            for (Activity a : d.activities()) {
                rows.add(new Row(a));
                for (Indicator i : a.indicators()) {
                    rows.add(new Row(i));
                }
            }
        }
        return new Outline(p, rows);
    }

    Optional<PerformanceEdits.Moved> shift(PerfPath at, int delta) {
        int index = rowIndex(at);
        if (index < 0) {
            return Optional.empty();
        }
        Row r = rows.get(index);
        int depth = r.depth() + delta;
        if (depth < 1 || depth > 3 || index == 0) {
            return Optional.empty();
        }
        if (delta > 0 && rows.get(index - 1).depth() < depth - 1) {
            return Optional.empty();
        }
        List<Row> out = new ArrayList<>(rows);
        out.set(index, new Row(r.node().atDepth(depth)));
        if (!valid(out)) {
            return Optional.empty();
        }
        Performance p = build(out);
        return Optional.of(new PerformanceEdits.Moved(p, pathOf(out, index)));
    }

    private static boolean valid(List<Row> rows) {
        int last = 0;
        for (Row r : rows) {
            if (r.depth() > last + 1) {
                return false;
            }
            last = r.depth();
        }
        return true;
    }

    private int rowIndex(PerfPath at) {
        if (PerformanceEdits.node(source, at).isEmpty()) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (pathOf(rows, i).equals(at)) {
                return i;
            }
        }
        return -1;
    }

    private static PerfPath pathOf(List<Row> rows, int index) {
        int d = -1;
        int a = -1;
        int i = -1;
        for (int k = 0; k <= index; k++) {
            switch (rows.get(k).depth()) {
                case 1 -> {
                    d++;
                    a = -1;
                    i = -1;
                }
                case 2 -> {
                    a++;
                    i = -1;
                }
                default -> i++;
            }
        }
        return new PerfPath(d, rows.get(index).depth() >= 2 ? a : -1, rows.get(index).depth() == 3 ? i : -1);
    }

    private Performance build(List<Row> rows) {
        List<Duty> duties = new ArrayList<>();
        List<Activity> activities = null;
        List<Indicator> indicators = null;
        Row duty = null;
        Row activity = null;
        for (Row r : rows) {
            switch (r.depth()) {
                case 1 -> {
                    closeDuty(duties, duty, activities, activity, indicators);
                    duty = r;
                    activities = new ArrayList<>();
                    activity = null;
                    indicators = null;
                }
                case 2 -> {
                    closeActivity(activities, activity, indicators);
                    activity = r;
                    indicators = new ArrayList<>();
                }
                default -> indicators.add(r.node().asIndicator());
            }
        }
        closeDuty(duties, duty, activities, activity, indicators);
        return source.withDuties(duties);
    }

    private static void closeDuty(List<Duty> duties, Row duty, List<Activity> activities, Row activity,
                                  List<Indicator> indicators) {
        if (duty != null) {
            closeActivity(activities, activity, indicators);
            duties.add(duty.node().asDuty().withActivities(activities));
        }
    }

    private static void closeActivity(List<Activity> activities, Row activity, List<Indicator> indicators) {
        if (activity != null) {
            activities.add(activity.node().asActivity().withIndicators(indicators));
        }
    }
}
