package cn.gongkai.domain.targets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a three-level form: 一级 → 二级 → 三级 (the indicator's name) with its 指标值, and optionally its 权重
 * (points out of 100) and 指标解释.
 */
public record TargetIndicator(Level1 level1, String level2, String name, TargetValue value, BigDecimal weight,
                              String explanation) {
    public TargetIndicator {
        Objects.requireNonNull(level1, "level1");
        level2 = Level1.level2Name(level2);
        name = Objects.requireNonNullElse(name, "").strip();
        value = Objects.requireNonNullElse(value, TargetValue.NONE);
        explanation = Objects.requireNonNullElse(explanation, "").strip();
        weight = cn.gongkai.domain.money.Amounts.normalize(weight);
    }

    /** A new row under an 一级 and 二级, with no name or value yet. */
    public static TargetIndicator blank(Level1 level1, String level2) {
        return new TargetIndicator(level1, level2, "", TargetValue.NONE, null, "");
    }

    public TargetIndicator withValue(TargetValue v) {
        return new TargetIndicator(level1, level2, name, v, weight, explanation);
    }
}
