package cn.gongkai.ui.editor;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.Duty;
import cn.gongkai.domain.GradeScale;
import cn.gongkai.domain.Indicator;
import cn.gongkai.domain.Performance;
import cn.gongkai.domain.tree.GradePreset;
import cn.gongkai.domain.tree.PerfPath;
import cn.gongkai.domain.tree.PerformanceEdits;
import cn.gongkai.domain.tree.PerformanceEdits.Moved;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.math.BigDecimal;
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
    /** The columns of the tree, in order. */
    public enum Field { NAME, AMOUNT, DESCRIPTION, TARGET, EXCELLENT, GOOD, FAIR, POOR }

    private final EditorViewModel editor;
    private final ObjectProperty<PerfPath> selection = new SimpleObjectProperty<>();
    private Object copied;

    public PerformanceTreeViewModel(EditorViewModel editor) {
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
        Object parent = PerformanceEdits.node(tree(), at.parent()).orElse(null);
        if (parent instanceof Duty d) {
            return d.activities().size();
        }
        return parent instanceof Activity a ? a.indicators().size() : 0;
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
            Object n = copied;
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

    public void setTwoGrade(PerfPath at, boolean two) {
        PerformanceEdits.node(tree(), at).filter(Indicator.class::isInstance).map(Indicator.class::cast)
                .ifPresent(i -> editor.apply("两档评价", d -> d.withPerformance(PerformanceEdits.replace(tree(), at,
                        i.withGrades(i.grades(), two ? GradeScale.TWO : GradeScale.FOUR)))));
    }

    /** Sets one cell from what was typed; returns the message when the text cannot be taken. */
    public Optional<String> set(PerfPath at, Field field, String text) {
        Object node = PerformanceEdits.node(tree(), at).orElse(null);
        if (node == null) {
            return Optional.empty();
        }
        String t = text == null ? "" : text.strip();
        Object changed;
        try {
            changed = with(node, field, t);
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        if (changed != null) {
            editor.apply(levelName(at.depth()) + "：" + label(field), d -> d.withPerformance(
                    PerformanceEdits.replace(tree(), at, changed)));
        }
        return Optional.empty();
    }

    private Object with(Object node, Field f, String t) {
        if (node instanceof Duty d) {
            return switch (f) {
                case NAME -> new Duty(t, d.amount(), d.description(), d.target(), d.activities());
                case AMOUNT -> d.withAmount(amount(t));
                case DESCRIPTION -> new Duty(d.name(), d.amount(), t, d.target(), d.activities());
                case TARGET -> new Duty(d.name(), d.amount(), d.description(), t, d.activities());
                default -> null;
            };
        }
        if (node instanceof Activity a) {
            return switch (f) {
                case NAME -> new Activity(t, a.amount(), a.description(), a.target(), a.indicators());
                case AMOUNT -> a.withAmount(amount(t));
                case DESCRIPTION -> new Activity(a.name(), a.amount(), t, a.target(), a.indicators());
                case TARGET -> new Activity(a.name(), a.amount(), a.description(), t, a.indicators());
                default -> null;
            };
        }
        Indicator i = (Indicator) node;
        return switch (f) {
            case NAME -> new Indicator(t, i.excellent(), i.good(), i.fair(), i.poor(), i.scale());
            case EXCELLENT -> new Indicator(i.name(), t, i.good(), i.fair(), i.poor(), i.scale());
            case GOOD -> new Indicator(i.name(), i.excellent(), t, i.fair(), i.poor(), i.scale());
            case FAIR -> new Indicator(i.name(), i.excellent(), i.good(), t, i.poor(), i.scale());
            case POOR -> new Indicator(i.name(), i.excellent(), i.good(), i.fair(), t, i.scale());
            default -> null;
        };
    }

    private BigDecimal amount(String t) {
        return FieldParsers.money(t, tree().unit());
    }

    public static String label(Field f) {
        return switch (f) {
            case NAME -> "名称";
            case AMOUNT -> "年度预算数";
            case DESCRIPTION -> "内容描述";
            case TARGET -> "绩效目标";
            case EXCELLENT -> "优";
            case GOOD -> "良";
            case FAIR -> "中";
            case POOR -> "差";
        };
    }

    static String levelName(int depth) {
        return depth == 1 ? "职责" : depth == 2 ? "工作活动" : "指标";
    }

    private static Object blank(int depth) {
        return switch (depth) {
            case 1 -> new Duty("新职责", null, "", "", List.of());
            case 2 -> new Activity("新工作活动", null, "", "", List.of());
            default -> new Indicator("新指标", "", "", "", "", GradeScale.FOUR);
        };
    }
}
