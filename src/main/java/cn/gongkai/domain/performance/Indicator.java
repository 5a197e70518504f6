package cn.gongkai.domain.performance;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A performance indicator (绩效指标) with its thresholds 优/良/中/差 as the officer wrote them ("≥90%", "90%-80%",
 * "按时完成"). A two-grade indicator uses only 优 and 良 (e.g. 完成/未完成).
 */
public record Indicator(String name, String excellent, String good, String fair, String poor, GradeScale scale)
        implements PerfNode {
    public static final List<String> GRADE_NAMES = List.of("优", "良", "中", "差");

    public Indicator {
        name = Objects.requireNonNullElse(name, "");
        excellent = Objects.requireNonNullElse(excellent, "");
        good = Objects.requireNonNullElse(good, "");
        fair = Objects.requireNonNullElse(fair, "");
        poor = Objects.requireNonNullElse(poor, "");
        scale = Objects.requireNonNullElse(scale, GradeScale.FOUR);
    }

    /** A new indicator with no grades yet (four-grade). */
    public static Indicator blank(String name) {
        return new Indicator(name, "", "", "", "", GradeScale.FOUR);
    }

    public List<String> grades() {
        return List.of(excellent, good, fair, poor);
    }

    public Indicator withGrades(List<String> g, GradeScale newScale) {
        return new Indicator(name, g.get(0), g.get(1), g.get(2), g.get(3), newScale);
    }

    /** The indicator with one grade (0 优 … 3 差) changed. */
    public Indicator withGrade(int grade, String text) {
        List<String> g = new java.util.ArrayList<>(grades());
        g.set(grade, text);
        return withGrades(g, scale);
    }

    @Override
    public Indicator withName(String n) {
        return new Indicator(n, excellent, good, fair, poor, scale);
    }

    @Override
    public int depth() {
        return 3;
    }

    @Override
    public Indicator alone() {
        return this;
    }

    @Override
    public <R> R fold(Function<Duty, R> duty, Function<Activity, R> activity, Function<Indicator, R> indicator) {
        return indicator.apply(this);
    }
}
