package cn.gongkai.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A work activity (工作活动) under a duty, with its indicators. */
public record Activity(String name, BigDecimal amount, String description, String target, List<Indicator> indicators) {
    public Activity {
        name = Objects.requireNonNullElse(name, "");
        amount = Amounts.normalize(amount);
        description = Objects.requireNonNullElse(description, "");
        target = Objects.requireNonNullElse(target, "");
        indicators = List.copyOf(Objects.requireNonNullElse(indicators, List.of()));
    }

    public Activity withIndicators(List<Indicator> list) {
        return new Activity(name, amount, description, target, list);
    }

    public Activity withAmount(BigDecimal value) {
        return new Activity(name, value, description, target, indicators);
    }
}
