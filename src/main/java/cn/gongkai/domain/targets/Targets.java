package cn.gongkai.domain.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The three-level forms of a draft: the unit's (整体支出) and one per project, in print order. */
public record Targets(UnitTarget unit, List<ProjectTarget> projects) {
    public static final Targets NONE = new Targets(UnitTarget.NONE, List.of());

    public Targets {
        unit = Objects.requireNonNullElse(unit, UnitTarget.NONE);
        projects = List.copyOf(Objects.requireNonNullElse(projects, List.of()));
    }

    public boolean isNone() {
        return unit.isNone() && projects.isEmpty();
    }

    public Targets withUnit(UnitTarget u) {
        return new Targets(u, projects);
    }

    public Targets withProjects(List<ProjectTarget> list) {
        return new Targets(unit, list);
    }

    /** The indicators of a form: {@code form} −1 is the unit's, 0… a project's. */
    public List<TargetIndicator> indicators(int form) {
        return form < 0 ? unit.indicators() : projects.get(form).indicators();
    }

    /** The targets with one form's indicators replaced. */
    public Targets withIndicators(int form, List<TargetIndicator> list) {
        if (form < 0) {
            return withUnit(unit.withIndicators(list));
        }
        List<ProjectTarget> copy = new ArrayList<>(projects);
        copy.set(form, copy.get(form).withIndicators(list));
        return withProjects(copy);
    }

    public int indicatorCount() {
        return unit.indicators().size() + projects.stream().mapToInt(p -> p.indicators().size()).sum();
    }
}
