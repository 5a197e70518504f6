package cn.gongkai.ui.editor.performance;

import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfNode;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.performance.WorkFields;
import cn.gongkai.domain.tree.GradePreset;
import cn.gongkai.domain.tree.PerfColumn;
import cn.gongkai.domain.tree.PerformanceEdits.Moved;
import cn.gongkai.domain.tree.PerformanceEdits;
import cn.gongkai.ui.editor.shared.DraftEditing;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The performance tree's actions on the selected node(s): add at the right level, remove, move, indent/outdent,
 * copy/paste subtrees, presets, and cell edits. Each is one undoable edit of the draft; {@link #selection} follows
 * the edited node.
 */
public final class PerformanceTreeViewModel {
    private final DraftEditing editor;
    private final ObjectProperty<PerfPath> selection = new SimpleObjectProperty<>();
    private PerfNode copied;

    private cn.gongkai.service.LibraryService library;

    /** The indicator library for 常用指标… (none: the button says nothing can be inserted). */
    public void useLibrary(cn.gongkai.service.LibraryService l) {
        this.library = l;
    }

    public Optional<cn.gongkai.service.LibraryService> library() {
        return Optional.ofNullable(library);
    }

    public PerformanceTreeViewModel(DraftEditing editor) {
        this.editor = editor;
    }

    public ObjectProperty<PerfPath> selectionProperty() {
        return selection;
    }

    private Performance tree() {
        return editor.draft().performance();
    }

    private void structural(String label, Function<Performance, Optional<Moved>> edit) {
        Optional<Moved> m = edit.apply(tree());
        if (m.isEmpty()) {
            editor.statusProperty().set(label + "：此处不能这样做");
            return;
        }
        if (editor.apply(label, d -> d.withPerformance(m.get().performance()))) {
            selection.set(m.get().at());
        }
    }

    /** Adds a node of the same level after the selected one (a duty when nothing is selected). */
    public void addSibling() {
        PerfPath at = selection.get();
        if (at == null) {
            structural("添加职责", p -> Optional.of(PerformanceEdits.insert(p, PerfPath.duty(p.duties().size()),
                    blank(1))));
        } else {
            structural("添加" + levelName(at.depth()), p -> Optional.of(PerformanceEdits.insert(p,
                    at.withIndex(at.index() + 1), blank(at.depth()))));
        }
    }

    /** Adds a child at the end of the selected duty (an activity) or activity (an indicator). */
    public void addChild() {
        PerfPath at = selection.get();
        if (at == null || at.depth() == 3) {
            addSibling();
            return;
        }
        structural("添加" + levelName(at.depth() + 1), p -> PerformanceEdits.paste(p, at, blank(at.depth() + 1)));
    }

    public void remove() {
        PerfPath at = selection.get();
        if (at == null || PerformanceEdits.node(tree(), at).isEmpty()) {
            return;
        }
        if (editor.apply("删除" + levelName(at.depth()), d -> d.withPerformance(PerformanceEdits.remove(tree(), at)))) {
            int siblings = at.depth() == 1 ? tree().duties().size() : countSiblings(at);
            selection.set(siblings == 0 ? (at.depth() == 1 ? null : at.parent())
                    : at.withIndex(Math.min(at.index(), siblings - 1)));
        }
    }

    private int countSiblings(PerfPath at) {
        return PerformanceEdits.node(tree(), at.parent()).map(n -> n.children().size()).orElse(0);
    }

    public void move(int delta) {
        PerfPath at = selection.get();
        if (at != null) {
            structural(delta < 0 ? "上移" : "下移", p -> PerformanceEdits.move(p, at, delta));
        }
    }

    public void moveTo(PerfPath from, PerfPath onto) {
        structural("拖放移动", p -> PerformanceEdits.moveTo(p, from, onto));
    }

    public void indent() {
        PerfPath at = selection.get();
        if (at != null) {
            structural("降级", p -> PerformanceEdits.indent(p, at));
        }
    }

    public void outdent() {
        PerfPath at = selection.get();
        if (at != null) {
            structural("升级", p -> PerformanceEdits.outdent(p, at));
        }
    }

    public void copy() {
        PerfPath at = selection.get();
        if (at != null) {
            PerformanceEdits.node(tree(), at).ifPresent(n -> {
                copied = n;
                editor.statusProperty().set("已复制" + levelName(at.depth()) + "（含下级）");
            });
        }
    }

    public void paste() {
        if (copied != null) {
            PerfNode n = copied;
            structural("粘贴", p -> PerformanceEdits.paste(p, selection.get(), n));
        }
    }

    public void applyPreset(Collection<PerfPath> at, GradePreset preset) {
        List<PerfPath> indicators = at.stream().filter(p -> p.depth() == 3).toList();
        if (indicators.isEmpty()) {
            editor.statusProperty().set("请先选中一个或多个指标，再选评价标准");
            return;
        }
        editor.apply("评价标准：" + preset.label(), d -> d.withPerformance(
                PerformanceEdits.applyGrades(tree(), indicators, preset.grades(), preset.scale())));
    }

    /** Inserts a library indicator after the selection, its four grades derived from its usual target. */
    public void insertFromLibrary(cn.gongkai.domain.targets.LibraryEntry e) {
        if (selection.get() == null || selection.get().depth() < 2) {
            editor.statusProperty().set("请先选中一个工作活动或指标，再插入常用指标");
            return;
        }
        Indicator i = cn.gongkai.domain.tree.GradeBands.USUAL.apply(Indicator.blank(e.name()),
                e.indicator().value());
        structural("常用指标：" + e.name(), p -> PerformanceEdits.paste(p, selection.get(), i));
    }

    /**
     * The same from the line the officer wrote: the target, then optionally 良 and 中 as shares of it
     * ("≥95%；良90；中80"; the usual rule when only the target is given); the message when it cannot be taken.
     */
    public Optional<String> gradesFromTarget(Collection<PerfPath> at, String written) {
        String[] parts = written.split("[；;]");
        cn.gongkai.domain.tree.GradeBands rule;
        try {
            rule = parts.length >= 3 ? new cn.gongkai.domain.tree.GradeBands(
                    Integer.parseInt(parts[1].replaceAll("\\D", "")), Integer.parseInt(parts[2].replaceAll("\\D", "")))
                    : cn.gongkai.domain.tree.GradeBands.USUAL;
        } catch (IllegalArgumentException e) { // NumberFormatException too: "良" without a number
            return Optional.of(e instanceof NumberFormatException ? "良、中应写成目标值的百分数，如“良90；中80”"
                    : e.getMessage());
        }
        return gradesFromTarget(at, parts[0].strip(), rule);
    }

    /**
     * Sets the four grades of the selected indicators from one 指标值 by the rule ("≥95%", 良 90 %, 中 80 % of it);
     * the message when the value states no number.
     */
    public Optional<String> gradesFromTarget(Collection<PerfPath> at, String target,
                                             cn.gongkai.domain.tree.GradeBands rule) {
        cn.gongkai.domain.targets.TargetValue v = cn.gongkai.domain.targets.TargetValue.parse(target, "");
        Optional<List<String>> grades = rule.grades(v);
        if (grades.isEmpty()) {
            return Optional.of("“" + target + "”不是可以分档的数字目标（如“≥95%”“≤2个工作日”“22个”）");
        }
        List<PerfPath> indicators = at.stream().filter(p -> p.depth() == 3).toList();
        if (indicators.isEmpty()) {
            return Optional.of("请先选中一个或多个指标");
        }
        editor.apply("由目标值生成四档：" + v.text(), d -> d.withPerformance(
                PerformanceEdits.applyGrades(tree(), indicators, grades.get(), GradeScale.FOUR)));
        return Optional.empty();
    }

    public void setTwoGrade(PerfPath at, boolean two) {
        PerformanceEdits.indicator(tree(), at).ifPresent(i -> editor.apply("两档评价", d -> d.withPerformance(PerformanceEdits.replace(tree(), at,
                        i.withGrades(i.grades(), two ? GradeScale.TWO : GradeScale.FOUR)))));
    }

    /** Sets one cell from what was typed; returns the message when the text cannot be taken. */
    public Optional<String> set(PerfPath at, PerfColumn column, String text) {
        PerfNode node = PerformanceEdits.node(tree(), at).orElse(null);
        if (node == null) {
            return Optional.empty();
        }
        Optional<PerfNode> changed;
        try {
            changed = column.write(node, text, tree().unit());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        changed.ifPresent(c -> editor.apply(levelName(at.depth()) + "：" + column.label(), d -> d.withPerformance(
                PerformanceEdits.replace(tree(), at, c))));
        return Optional.empty();
    }

    static String levelName(int depth) {
        return depth == 1 ? "职责" : depth == 2 ? "工作活动" : "指标";
    }

    private static PerfNode blank(int depth) {
        return switch (depth) {
            case 1 -> new Duty(WorkFields.named("新职责"), List.of());
            case 2 -> new Activity(WorkFields.named("新工作活动"), List.of());
            default -> Indicator.blank("新指标");
        };
    }
}
