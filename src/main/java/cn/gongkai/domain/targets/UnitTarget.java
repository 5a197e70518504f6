package cn.gongkai.domain.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** 部门整体支出绩效目标表: the unit's 年度总体目标, its 年度预算数 and the indicators. {@link #NONE} when not kept. */
public record UnitTarget(String goal, BigDecimal budget, List<TargetIndicator> indicators) {
    public static final UnitTarget NONE = new UnitTarget("", null, List.of());

    public UnitTarget {
        goal = Objects.requireNonNullElse(goal, "").strip();
        budget = cn.gongkai.domain.money.Amounts.normalize(budget);
        indicators = List.copyOf(Objects.requireNonNullElse(indicators, List.of()));
    }

    public boolean isNone() {
        return goal.isEmpty() && budget == null && indicators.isEmpty();
    }

    public UnitTarget withIndicators(List<TargetIndicator> list) {
        return new UnitTarget(goal, budget, list);
    }
}
