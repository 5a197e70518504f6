package cn.gongkai.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A department duty (部门职责) of the performance table, with its work activities. */
public record Duty(String name, BigDecimal amount, String description, String target, List<Activity> activities) {
    public Duty {
        name = Objects.requireNonNullElse(name, "");
        amount = Amounts.normalize(amount);
        description = Objects.requireNonNullElse(description, "");
        target = Objects.requireNonNullElse(target, "");
        activities = List.copyOf(Objects.requireNonNullElse(activities, List.of()));
    }

    public Duty withActivities(List<Activity> list) {
        return new Duty(name, amount, description, target, list);
    }

    public Duty withAmount(BigDecimal value) {
        return new Duty(name, value, description, target, activities);
    }
}
