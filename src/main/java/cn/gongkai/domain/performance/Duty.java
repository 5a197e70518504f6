package cn.gongkai.domain.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A department duty (部门职责) of the performance table, with its work activities. */
public record Duty(WorkFields fields, List<Activity> activities) implements PlannedWork {
    public Duty {
        fields = Objects.requireNonNullElse(fields, WorkFields.named(""));
        activities = List.copyOf(Objects.requireNonNullElse(activities, List.of()));
    }

    public Duty(String name, BigDecimal amount, String description, String target, List<Activity> activities) {
        this(new WorkFields(name, amount, description, target), activities);
    }

    public Duty withActivities(List<Activity> list) {
        return new Duty(fields, list);
    }

    @Override
    public Duty withFields(WorkFields f) {
        return new Duty(f, activities);
    }

    @Override
    public Duty withAmount(BigDecimal value) {
        return withFields(fields.withAmount(value));
    }

    @Override
    public int depth() {
        return 1;
    }

    @Override
    public Duty alone() {
        return withActivities(List.of());
    }

    @Override
    public <R> R fold(Function<Duty, R> duty, Function<Activity, R> activity, Function<Indicator, R> indicator) {
        return duty.apply(this);
    }
}
