package cn.gongkai.domain.performance;

import cn.gongkai.domain.money.MoneyUnit;

import java.util.List;
import java.util.Objects;

/** The table 部门职责-工作活动绩效目标: duty → activity → indicator, with the table's money unit. */
public record Performance(MoneyUnit unit, List<Duty> duties) {
    public static final Performance EMPTY = new Performance(MoneyUnit.WAN_YUAN, List.of());

    public Performance {
        unit = Objects.requireNonNullElse(unit, MoneyUnit.WAN_YUAN);
        duties = List.copyOf(Objects.requireNonNullElse(duties, List.of()));
    }

    public int activityCount() {
        return duties.stream().mapToInt(d -> d.activities().size()).sum();
    }

    public int indicatorCount() {
        return duties.stream().flatMap(d -> d.activities().stream()).mapToInt(a -> a.indicators().size()).sum();
    }

    public Performance withDuties(List<Duty> list) {
        return new Performance(unit, list);
    }
}
