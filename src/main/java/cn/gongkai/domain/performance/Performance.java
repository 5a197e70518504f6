package cn.gongkai.domain.performance;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.Targets;

import java.util.List;
import java.util.Objects;

/**
 * The performance targets of a draft, in the table's money unit: Hebei's table 部门职责-工作活动绩效目标 (duty →
 * activity → indicator) and the national three-level forms (项目支出 and 部门整体支出绩效目标表).
 */
public record Performance(MoneyUnit unit, List<Duty> duties, Targets targets) {
    public static final Performance EMPTY = new Performance(MoneyUnit.WAN_YUAN, List.of(), Targets.NONE);

    public Performance {
        unit = Objects.requireNonNullElse(unit, MoneyUnit.WAN_YUAN);
        duties = List.copyOf(Objects.requireNonNullElse(duties, List.of()));
        targets = Objects.requireNonNullElse(targets, Targets.NONE);
    }

    /** Hebei's tree alone, without three-level forms (as every draft before they existed). */
    public Performance(MoneyUnit unit, List<Duty> duties) {
        this(unit, duties, Targets.NONE);
    }

    public int activityCount() {
        return duties.stream().mapToInt(d -> d.activities().size()).sum();
    }

    public int indicatorCount() {
        return duties.stream().flatMap(d -> d.activities().stream()).mapToInt(a -> a.indicators().size()).sum();
    }

    public Performance withDuties(List<Duty> list) {
        return new Performance(unit, list, targets);
    }

    public Performance withTargets(Targets t) {
        return new Performance(unit, duties, t);
    }
}
