package cn.gongkai.domain.performance;

import java.util.function.Function;

/**
 * A node of the table 部门职责-工作活动绩效目标: a {@link Duty} (depth 1), an {@link Activity} under it (2) or an
 * {@link Indicator} under an activity (3). The set is closed: {@link #fold} makes every caller say what it does with
 * each kind, so a node is never taken apart by casts.
 */
public sealed interface PerfNode permits PlannedWork, Indicator {
    String name();

    /** 1 for a duty, 2 for an activity, 3 for an indicator. */
    int depth();

    PerfNode withName(String name);

    /** The node's own fields without what hangs below it: one row of the printed table. */
    PerfNode alone();

    /** One function per kind of node; the one for this node's kind is applied. */
    <R> R fold(Function<Duty, R> duty, Function<Activity, R> activity, Function<Indicator, R> indicator);

    /** The nodes that hang below this one: a duty's activities, an activity's indicators, none for an indicator. */
    default java.util.List<? extends PerfNode> children() {
        return fold(Duty::activities, Activity::indicators, i -> java.util.List.of());
    }

    /** The fields a duty or activity made from this node keeps: its own, or an indicator's name. */
    default WorkFields work() {
        return fold(Duty::fields, Activity::fields, i -> WorkFields.named(i.name()));
    }

    /**
     * The node as a duty, an activity or an indicator, as an outline's indent and outdent change its level: a duty
     * and an activity keep their fields (not what hangs below them), an indicator keeps its name.
     */
    default Duty asDuty() {
        return new Duty(work(), java.util.List.of());
    }

    default Activity asActivity() {
        return new Activity(work(), java.util.List.of());
    }

    default Indicator asIndicator() {
        return fold(d -> Indicator.blank(d.name()), a -> Indicator.blank(a.name()), i -> i);
    }

    /** {@link #asDuty}, {@link #asActivity} or {@link #asIndicator} by depth. */
    default PerfNode atDepth(int newDepth) {
        return switch (newDepth) {
            case 1 -> asDuty();
            case 2 -> asActivity();
            case 3 -> asIndicator();
            default -> throw new IllegalArgumentException("绩效表只有三级：" + newDepth);
        };
    }
}
