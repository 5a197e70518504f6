package cn.gongkai.domain.performance;

import java.math.BigDecimal;

/**
 * A duty or an activity: work with a 年度预算数, 内容描述 and 绩效目标 ({@link WorkFields}, held once for both).
 */
public sealed interface PlannedWork extends PerfNode permits Duty, Activity {
    WorkFields fields();

    PlannedWork withFields(WorkFields fields);

    @Override
    default String name() {
        return fields().name();
    }

    default BigDecimal amount() {
        return fields().amount();
    }

    default String description() {
        return fields().description();
    }

    default String target() {
        return fields().target();
    }

    @Override
    default PerfNode withName(String name) {
        return withFields(fields().withName(name));
    }

    default PlannedWork withAmount(BigDecimal amount) {
        return withFields(fields().withAmount(amount));
    }
}
