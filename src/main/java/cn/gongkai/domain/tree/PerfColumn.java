package cn.gongkai.domain.tree;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.PerfNode;
import cn.gongkai.domain.performance.PlannedWork;

import java.util.Optional;

/** The columns of the table 部门职责-工作活动绩效目标, and what each node shows and takes in them. */
public enum PerfColumn {
    NAME("名称"),
    AMOUNT("年度预算数"),
    DESCRIPTION("内容描述"),
    TARGET("绩效目标"),
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    PerfColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 0 优 … 3 差, or -1 for the columns that are not grades. */
    private int grade() {
        return ordinal() >= EXCELLENT.ordinal() ? ordinal() - EXCELLENT.ordinal() : -1;
    }

    private boolean work() {
        return ordinal() <= TARGET.ordinal();
    }

    /**
     * Whether a node has this column: amount and texts belong to duties and activities, grades to indicators
     * (中 and 差 only on a four-grade scale), every node has a name.
     */
    public boolean appliesTo(PerfNode n) {
        return n.fold(d -> work(), a -> work(), i -> this == NAME
                || grade() >= 0 && (i.scale() == GradeScale.FOUR || grade() < 2));
    }

    /** The cell's text (an amount in plain digits); "" where the node has no such column. */
    public String read(PerfNode n) {
        return n.fold(this::readWork, this::readWork,
                i -> this == NAME ? i.name() : grade() >= 0 ? i.grades().get(grade()) : "");
    }

    private String readWork(PlannedWork w) {
        return switch (this) {
            case NAME -> w.name();
            case AMOUNT -> Amounts.plain(w.amount());
            case DESCRIPTION -> w.description();
            case TARGET -> w.target();
            default -> "";
        };
    }

    /**
     * The node with this cell set from typed text (an amount in the table's unit); empty where the node has no such
     * column. An amount that is not one is refused with an {@link IllegalArgumentException} saying what to type.
     */
    public Optional<PerfNode> write(PerfNode n, String text, MoneyUnit unit) {
        if (!appliesTo(n)) {
            return Optional.empty();
        }
        String t = text == null ? "" : text.strip();
        return Optional.of(n.fold(d -> writeWork(d, t, unit), a -> writeWork(a, t, unit),
                i -> this == NAME ? i.withName(t) : i.withGrade(grade(), t)));
    }

    private PerfNode writeWork(PlannedWork w, String t, MoneyUnit unit) {
        return switch (this) {
            case NAME -> w.withName(t);
            case AMOUNT -> w.withAmount(Amounts.parseTyped(t, unit));
            case DESCRIPTION -> w.withFields(w.fields().withDescription(t));
            case TARGET -> w.withFields(w.fields().withTarget(t));
            default -> w;
        };
    }
}
