package cn.gongkai.domain.targets;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 项目支出绩效目标表 of one project: 项目名称, 主管部门, 实施单位, 项目资金 (年度资金总额, 其中财政拨款; 其他资金 is the
 * rest), 年度目标 and the indicators, in the unit of the performance table.
 */
public record ProjectTarget(String name, String department, String implementer, BigDecimal total, BigDecimal fiscal,
                            String goal, List<TargetIndicator> indicators) {
    public ProjectTarget {
        name = Objects.requireNonNullElse(name, "").strip();
        department = Objects.requireNonNullElse(department, "").strip();
        implementer = Objects.requireNonNullElse(implementer, "").strip();
        goal = Objects.requireNonNullElse(goal, "").strip();
        total = cn.gongkai.domain.money.Amounts.normalize(total);
        fiscal = cn.gongkai.domain.money.Amounts.normalize(fiscal);
        indicators = List.copyOf(Objects.requireNonNullElse(indicators, List.of()));
    }

    public static ProjectTarget named(String name) {
        return new ProjectTarget(name, "", "", null, null, "", List.of());
    }

    /** 其他资金: the total less the fiscal part, when both are given. */
    public BigDecimal other() {
        return total == null || fiscal == null ? null : total.subtract(fiscal);
    }

    public ProjectTarget withIndicators(List<TargetIndicator> list) {
        return new ProjectTarget(name, department, implementer, total, fiscal, goal, list);
    }

    /** The same project's own fields from another (the row edited in the list of projects), its indicators kept. */
    public ProjectTarget withFields(ProjectTarget fields) {
        return new ProjectTarget(fields.name, fields.department, fields.implementer, fields.total, fields.fiscal,
                fields.goal, indicators);
    }
}
