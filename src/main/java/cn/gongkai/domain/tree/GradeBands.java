package cn.gongkai.domain.tree;

import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.targets.Comparison;
import cn.gongkai.domain.targets.TargetValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Between the two forms of a target: Hebei's four grades derived from one 指标值 by a rule the officer sees and can
 * change — 优 reaches the target, 良 {@code good}% of it, 中 {@code fair}% of it, 差 below that (for a target where
 * less is better, 良 and 中 allow as much more) — and back, the 指标值 a tree indicator's 优 grade states.
 */
public record GradeBands(int good, int fair) {
    public static final GradeBands USUAL = new GradeBands(90, 80);

    public GradeBands {
        if (!(0 < fair && fair < good && good < 100)) {
            throw new IllegalArgumentException("规则应为 良 > 中，且都在 1～99 之间（如 良90%、中80%）");
        }
    }

    /** The rule as the officer reads it. */
    public String describe() {
        return "优：达到目标值；良：达到目标值的" + good + "%；中：达到目标值的" + fair + "%；差：低于目标值的" + fair + "%";
    }

    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile(
            "次|个|人|户|项|件|篇|场|期|家|所|批|批次|人次|家次|册|辆|台|村|条|起|天|日|个工作日");
    private static final java.util.regex.Pattern AND_MORE = java.util.regex.Pattern.compile("且.*$");

    /** Units counted in whole numbers (次, 个, 人…): their bounds are rounded to whole numbers. */
    private static boolean whole(String unit) {
        return WHOLE.matcher(unit).matches();
    }

    /** The four grades for a measured target; empty for words or an equality that has no direction. */
    public Optional<List<String>> grades(TargetValue target) {
        Optional<TargetValue.Measured> m = target.measured();
        if (m.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal t = m.get().number();
        String u = m.get().unit();
        boolean lower = m.get().comparison() == Comparison.AT_MOST || m.get().comparison() == Comparison.BELOW
                || (m.get().comparison() == Comparison.EQUAL && t.signum() == 0); // "0次": none is best
        if (!lower && t.signum() == 0) {
            return Optional.empty();
        }
        if (lower) {
            if (t.signum() == 0) { // 0 次 事故: one, two, more
                return Optional.of(List.of("0" + u, "≤1" + u, "≤2" + u, ">2" + u));
            }
            BigDecimal g = bound(t.multiply(BigDecimal.valueOf(200 - good)).divide(BigDecimal.valueOf(100)), u, true);
            BigDecimal f = bound(t.multiply(BigDecimal.valueOf(200 - fair)).divide(BigDecimal.valueOf(100)), u, true);
            if (whole(u)) { // each grade at least one more than the last: ≤2, ≤3, ≤4 天
                g = g.max(t.add(BigDecimal.ONE));
                f = f.max(g.add(BigDecimal.ONE));
            }
            return Optional.of(List.of("≤" + s(t) + u, ">" + s(t) + u + "且≤" + s(g) + u,
                    ">" + s(g) + u + "且≤" + s(f) + u, ">" + s(f) + u));
        }
        BigDecimal g = bound(t.multiply(BigDecimal.valueOf(good)).divide(BigDecimal.valueOf(100)), u, false);
        BigDecimal f = bound(t.multiply(BigDecimal.valueOf(fair)).divide(BigDecimal.valueOf(100)), u, false);
        if (whole(u)) { // each grade at least one less than the last: ≥5, ≥4, ≥3 次
            g = g.min(t.subtract(BigDecimal.ONE));
            f = f.min(g.subtract(BigDecimal.ONE));
            if (f.signum() <= 0) {
                return Optional.empty(); // too few to grade in four: written by hand
            }
        }
        String best = t.compareTo(BigDecimal.valueOf(100)) == 0 && u.equals("%") ? "100%" : "≥" + s(t) + u;
        return Optional.of(List.of(best, "≥" + s(g) + u + "且<" + s(t) + u, "≥" + s(f) + u + "且<" + s(g) + u,
                "<" + s(f) + u));
    }

    /** The indicator with its four grades derived from {@code target}; unchanged when no grades can be derived. */
    public Indicator apply(Indicator i, TargetValue target) {
        return grades(target).map(g -> i.withGrades(g, GradeScale.FOUR)).orElse(i);
    }

    /** The 指标值 the 优 grade of a tree indicator states ("≥95%" → ≥ 95 %); words when it states none. */
    public static TargetValue target(Indicator i) {
        String best = AND_MORE.matcher(i.excellent()).replaceAll("").strip();
        return TargetValue.parse(best, "");
    }

    private static BigDecimal bound(BigDecimal v, String unit, boolean up) {
        if (whole(unit)) {
            return v.setScale(0, up ? RoundingMode.FLOOR : RoundingMode.CEILING);
        }
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String s(BigDecimal v) {
        BigDecimal n = v.stripTrailingZeros();
        return (n.scale() < 0 ? n.setScale(0) : n).toPlainString();
    }
}
