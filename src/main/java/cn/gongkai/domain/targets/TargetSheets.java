package cn.gongkai.domain.targets;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The three-level forms a workbook holds: the unit's form when it has that sheet, the projects when it has theirs,
 * in the money unit of the sheets. A form whose sheet is absent is left as it was by {@link #onto}.
 */
public record TargetSheets(Optional<UnitTarget> unit, Optional<List<ProjectTarget>> projects, MoneyUnit money) {
    public static final TargetSheets NONE = new TargetSheets(Optional.empty(), Optional.empty(), MoneyUnit.WAN_YUAN);

    public TargetSheets {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(projects, "projects");
        money = Objects.requireNonNullElse(money, MoneyUnit.WAN_YUAN);
    }

    public boolean isNone() {
        return unit.isEmpty() && projects.isEmpty();
    }

    /** The draft's forms with those the workbook has replaced, amounts put into the draft's unit {@code to}. */
    public Targets onto(Targets existing, MoneyUnit to) {
        Targets t = existing;
        if (unit.isPresent()) {
            UnitTarget u = unit.get();
            t = t.withUnit(new UnitTarget(u.goal(), convert(u.budget(), to), u.indicators()));
        }
        if (projects.isPresent()) {
            t = t.withProjects(projects.get().stream().map(p -> new ProjectTarget(p.name(), p.department(),
                    p.implementer(), convert(p.total(), to), convert(p.fiscal(), to), p.goal(), p.indicators()))
                    .toList());
        }
        return t;
    }

    private java.math.BigDecimal convert(java.math.BigDecimal v, MoneyUnit to) {
        return v == null ? null : Amounts.convert(v, money, to);
    }
}
