package cn.gongkai.domain.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A work activity (工作活动) under a duty, with its indicators. */
public record Activity(WorkFields fields, List<Indicator> indicators) implements PlannedWork {
    public Activity {
        fields = Objects.requireNonNullElse(fields, WorkFields.named(""));
        indicators = List.copyOf(Objects.requireNonNullElse(indicators, List.of()));
    }

    public Activity(String name, BigDecimal amount, String description, String target, List<Indicator> indicators) {
        this(new WorkFields(name, amount, description, target), indicators);
    }

    public Activity withIndicators(List<Indicator> list) {
        return new Activity(fields, list);
    }

    @Override
    public Activity withFields(WorkFields f) {
        return new Activity(f, indicators);
    }

    @Override
    public Activity withAmount(BigDecimal value) {
        return withFields(fields.withAmount(value));
    }

    @Override
    public int depth() {
        return 2;
    }

    @Override
    public Activity alone() {
        return withIndicators(List.of());
    }

    @Override
    public <R> R fold(Function<Duty, R> duty, Function<Activity, R> activity, Function<Indicator, R> indicator) {
        return activity.apply(this);
    }
}
