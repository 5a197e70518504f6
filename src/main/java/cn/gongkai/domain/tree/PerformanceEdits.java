package cn.gongkai.domain.tree;

import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfNode;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Edits of the performance tree as pure functions: each returns a new {@link Performance} (and, where the caret
 * should follow, the new place of the node). Refuses an edit that makes no sense with an empty result rather than
 * a broken tree.
 */
public final class PerformanceEdits {
    private PerformanceEdits() {
    }

    /** Result of a structural edit: the new tree and where the edited node is now. */
    public record Moved(Performance performance, PerfPath at) {
    }

    /** The node at a path: a {@link Duty}, {@link Activity} or {@link Indicator}; empty when there is none. */
    public static Optional<PerfNode> node(Performance p, PerfPath at) {
        if (at.duty() < 0 || at.duty() >= p.duties().size()) {
            return Optional.empty();
        }
        Duty d = p.duties().get(at.duty());
        if (at.depth() == 1) {
            return Optional.of(d);
        }
        if (at.activity() >= d.activities().size()) {
            return Optional.empty();
        }
        Activity a = d.activities().get(at.activity());
        if (at.depth() == 2) {
            return Optional.of(a);
        }
        return at.indicator() < a.indicators().size() ? Optional.of(a.indicators().get(at.indicator()))
                : Optional.empty();
    }

    /** The indicator at a path; empty when the path names no indicator. */
    public static Optional<Indicator> indicator(Performance p, PerfPath at) {
        return node(p, at).flatMap(n -> n.fold(d -> Optional.empty(), a -> Optional.empty(), Optional::of));
    }

    /** Replaces a duty's, activity's or indicator's own fields, keeping its children. */
    public static Performance replace(Performance p, PerfPath at, PerfNode node) {
        sameLevel(at, node);
        return node.fold(
                duty -> editDuty(p, at.duty(), d -> duty.withActivities(d.activities())),
                activity -> editActivity(p, at, a -> activity.withIndicators(a.indicators())),
                indicator -> editActivity(p, at, a -> a.withIndicators(set(a.indicators(), at.indicator(),
                        indicator))));
    }

    /** Inserts a node (a whole subtree: duty with activities, activity with indicators) at a path. */
    public static Moved insert(Performance p, PerfPath at, PerfNode node) {
        sameLevel(at, node);
        Performance out = node.fold(
                duty -> p.withDuties(insertAt(p.duties(), at.duty(), duty)),
                activity -> editDuty(p, at.duty(), d -> d.withActivities(insertAt(d.activities(), at.activity(),
                        activity))),
                indicator -> editActivity(p, at, a -> a.withIndicators(insertAt(a.indicators(), at.indicator(),
                        indicator))));
        return new Moved(out, at);
    }

    private static void sameLevel(PerfPath at, PerfNode node) {
        if (at.depth() != node.depth()) {
            throw new IllegalArgumentException("绩效表第" + node.depth() + "级的内容不能放在第" + at.depth() + "级");
        }
    }

    public static Performance remove(Performance p, PerfPath at) {
        return switch (at.depth()) {
            case 1 -> p.withDuties(removeAt(p.duties(), at.duty()));
            case 2 -> editDuty(p, at.duty(), d -> d.withActivities(removeAt(d.activities(), at.activity())));
            default -> editActivity(p, at, a -> a.withIndicators(removeAt(a.indicators(), at.indicator())));
        };
    }

    /** Moves a node up (delta -1) or down (+1) among its siblings; empty at either end. */
    public static Optional<Moved> move(Performance p, PerfPath at, int delta) {
        int count = siblings(p, at);
        int to = at.index() + delta;
        if (to < 0 || to >= count) {
            return Optional.empty();
        }
        PerfNode n = node(p, at).orElseThrow();
        Performance removed = remove(p, at);
        return Optional.of(insert(removed, at.withIndex(to), n));
    }

    /**
     * Drag and drop: moves a node before another node of the same level, or to the end of a node one level up.
     * Empty when the drop makes no sense (onto itself or its own children, or across two levels).
     */
    public static Optional<Moved> moveTo(Performance p, PerfPath from, PerfPath onto) {
        PerfNode n = node(p, from).orElse(null);
        if (n == null || node(p, onto).isEmpty() || from.equals(onto) || contains(from, onto)) {
            return Optional.empty();
        }
        PerfPath target;
        if (onto.depth() == from.depth()) {
            target = onto;
        } else if (onto.depth() == from.depth() - 1) {
            target = childAt(onto, children(p, onto));
        } else {
            return Optional.empty();
        }
        Performance removed = remove(p, from);
        target = shiftAfterRemoval(from, target);
        return Optional.of(insert(removed, target, n));
    }

    /** Pastes a copied node after the selected node of its level, or as the last child of a node one level up. */
    public static Optional<Moved> paste(Performance p, PerfPath selected, PerfNode node) {
        int level = node.depth();
        if (selected == null || p.duties().isEmpty()) {
            return level == 1 ? Optional.of(insert(p, PerfPath.duty(p.duties().size()), node)) : Optional.empty();
        }
        if (selected.depth() == level) {
            return Optional.of(insert(p, selected.withIndex(selected.index() + 1), node));
        }
        if (selected.depth() == level - 1) {
            return Optional.of(insert(p, childAt(selected, children(p, selected)), node));
        }
        if (selected.depth() > level) { // e.g. a duty pasted while an indicator is selected: after its duty
            PerfPath up = selected.depth() - level == 2 ? PerfPath.duty(selected.duty()) : selected.parent();
            return Optional.of(insert(p, up.withIndex(up.index() + 1), node));
        }
        return Optional.empty();
    }

    /** Sets the grades of several indicators at once (a threshold preset); other paths are ignored. */
    public static Performance applyGrades(Performance p, Collection<PerfPath> at, List<String> grades,
                                         GradeScale scale) {
        Performance out = p;
        for (PerfPath path : at) {
            Optional<Indicator> i = indicator(out, path);
            if (i.isPresent()) {
                out = replace(out, path, i.get().withGrades(grades, scale));
            }
        }
        return out;
    }

    /** Makes a node one level deeper, under the node before it (an outline's Tab); see {@link Outline}. */
    public static Optional<Moved> indent(Performance p, PerfPath at) {
        return Outline.of(p).shift(at, +1);
    }

    /** Makes a node one level shallower, after its parent (an outline's Shift+Tab). */
    public static Optional<Moved> outdent(Performance p, PerfPath at) {
        return Outline.of(p).shift(at, -1);
    }

    static int siblings(Performance p, PerfPath at) {
        return at.depth() == 1 ? p.duties().size() : children(p, at.parent());
    }

    static int children(Performance p, PerfPath parent) {
        return node(p, parent).orElseThrow().children().size();
    }

    private static PerfPath childAt(PerfPath parent, int index) {
        return parent.depth() == 1 ? PerfPath.activity(parent.duty(), index)
                : PerfPath.indicator(parent.duty(), parent.activity(), index);
    }

    /** True when {@code inner} lies inside the subtree of {@code outer}. */
    private static boolean contains(PerfPath outer, PerfPath inner) {
        if (inner.depth() <= outer.depth()) {
            return false;
        }
        return outer.depth() == 1 ? inner.duty() == outer.duty()
                : inner.duty() == outer.duty() && inner.activity() == outer.activity();
    }

    /** Where {@code target} is once {@code removed} has been taken out of the tree. */
    private static PerfPath shiftAfterRemoval(PerfPath removed, PerfPath target) {
        int d = target.duty();
        int a = target.activity();
        int i = target.indicator();
        switch (removed.depth()) {
            case 1 -> d -= d > removed.duty() ? 1 : 0;
            case 2 -> a -= d == removed.duty() && target.depth() >= 2 && a > removed.activity() ? 1 : 0;
            default -> i -= d == removed.duty() && a == removed.activity() && target.depth() == 3
                    && i > removed.indicator() ? 1 : 0;
        }
        return new PerfPath(d, a, i);
    }

    static Performance editDuty(Performance p, int index, UnaryOperator<Duty> edit) {
        return p.withDuties(set(p.duties(), index, edit.apply(p.duties().get(index))));
    }

    static Performance editActivity(Performance p, PerfPath at, UnaryOperator<Activity> edit) {
        return editDuty(p, at.duty(), d -> d.withActivities(set(d.activities(), at.activity(),
                edit.apply(d.activities().get(at.activity())))));
    }

    private static <T> List<T> set(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, value);
        return copy;
    }

    private static <T> List<T> insertAt(List<T> list, int index, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(Math.max(0, Math.min(index, copy.size())), value);
        return copy;
    }

    private static <T> List<T> removeAt(List<T> list, int index) {
        List<T> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }
}
