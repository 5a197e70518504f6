package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;

import java.util.List;

/** The columns of the three-level forms' grids: the projects' own fields, and a form's indicators. */
final class TargetColumns {
    private TargetColumns() {
    }

    static List<Column<ProjectTarget>> projects(MoneyUnit unit) {
        return List.of(
                Column.of("项目名称", 200, ProjectTarget::name, (p, s) -> p.withFields(new ProjectTarget(s,
                        p.department(), p.implementer(), p.total(), p.fiscal(), p.goal(), List.of()))),
                Column.of("主管部门", 150, ProjectTarget::department, (p, s) -> p.withFields(new ProjectTarget(p.name(),
                        s, p.implementer(), p.total(), p.fiscal(), p.goal(), List.of()))),
                Column.of("实施单位", 150, ProjectTarget::implementer, (p, s) -> p.withFields(new ProjectTarget(p.name(),
                        p.department(), s, p.total(), p.fiscal(), p.goal(), List.of()))),
                Column.of("年度资金总额（" + unit.label() + "）", 120, p -> Amounts.shown(p.total()),
                        (p, s) -> p.withFields(new ProjectTarget(p.name(), p.department(), p.implementer(),
                                FieldParsers.money(s, unit), p.fiscal(), p.goal(), List.of()))),
                Column.of("其中财政拨款", 110, p -> Amounts.shown(p.fiscal()),
                        (p, s) -> p.withFields(new ProjectTarget(p.name(), p.department(), p.implementer(), p.total(),
                                FieldParsers.money(s, unit), p.goal(), List.of()))),
                Column.of("年度目标", 320, ProjectTarget::goal, (p, s) -> p.withFields(new ProjectTarget(p.name(),
                        p.department(), p.implementer(), p.total(), p.fiscal(), s, List.of()))));
    }

    static List<Column<TargetIndicator>> indicators() {
        return List.of(
                Column.of("一级指标", 100, i -> i.level1().label(), (i, s) -> new TargetIndicator(Level1.parse(s)
                        .orElseThrow(() -> new IllegalArgumentException("一级指标应为产出、成本、效益或满意度指标")),
                        i.level2(), i.name(), i.value(), i.weight(), i.explanation())),
                Column.of("二级指标", 130, TargetIndicator::level2, (i, s) -> new TargetIndicator(i.level1(), s,
                        i.name(), i.value(), i.weight(), i.explanation())),
                Column.of("三级指标", 220, TargetIndicator::name, (i, s) -> new TargetIndicator(i.level1(), i.level2(),
                        s, i.value(), i.weight(), i.explanation())),
                Column.of("指标值", 130, i -> i.value().text(), (i, s) -> i.withValue(TargetValue.parse(s, ""))),
                Column.of("权重", 60, i -> i.weight() == null ? "" : i.weight().toPlainString(),
                        (i, s) -> new TargetIndicator(i.level1(), i.level2(), i.name(), i.value(), s.isBlank() ? null
                                : FieldParsers.decimal(s, 2, "权重"), i.explanation())),
                Column.of("指标解释", 220, TargetIndicator::explanation, (i, s) -> new TargetIndicator(i.level1(),
                        i.level2(), i.name(), i.value(), i.weight(), s)));
    }

    static final ProjectTarget BLANK_PROJECT = ProjectTarget.named("");
    static final TargetIndicator BLANK_INDICATOR = TargetIndicator.blank(Level1.OUTPUT, "数量指标");

}
