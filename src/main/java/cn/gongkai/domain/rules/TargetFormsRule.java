package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;
import cn.gongkai.domain.targets.Targets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The three-level forms as a whole: every project with an 产出 and an 效益 or 满意度 indicator, no indicator twice, a
 * 成本 indicator within the project's money — 警告; and the money: 其中财政拨款 within 年度资金总额, the projects'
 * money within the tables' 项目支出 — 错误, since that is arithmetic.
 */
public final class TargetFormsRule implements Rule {
    @Override
    public String id() {
        return "target-forms";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        Targets t = d.performance().targets();
        MoneyUnit unit = d.performance().unit();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allGiven = !t.projects().isEmpty();
        for (int p = 0; p < t.projects().size(); p++) {
            ProjectTarget project = t.projects().get(p);
            project(t, p, project, unit, out);
            if (project.total() == null) {
                allGiven = false;
            } else {
                sum = sum.add(project.total());
            }
        }
        if (!t.unit().isNone()) {
            levels(t, -1, t.unit().indicators(), out);
        }
        BigDecimal tables = d.figures().get(FigureKey.EXPENSE_PROJECT);
        MoneyUnit draftUnit = d.header().moneyUnit();
        if (allGiven && tables != null && Amounts.convert(sum, unit, draftUnit).compareTo(tables) > 0) {
            out.add(Problems.error("target-money", Location.target(0, -1, "项目支出绩效目标表"),
                    "各项目年度资金总额合计" + Problems.money(sum, unit) + "，超过预算的项目支出"
                            + Problems.money(tables, draftUnit),
                    "核对各项目的资金：有绩效目标的项目，资金合计不超过部门预算的项目支出"));
        }
        BigDecimal total = d.figures().get(FigureKey.EXPENSE_TOTAL);
        BigDecimal budget = t.unit().budget();
        if (budget != null && total != null && Amounts.convert(budget, unit, draftUnit).compareTo(total) != 0) {
            out.add(Problems.warning("target-money", Location.target(-1, -1, "部门整体支出绩效目标表 › 年度预算数"),
                    "部门整体支出绩效目标表的年度预算数" + Problems.money(budget, unit) + "与预算支出合计"
                            + Problems.money(total, draftUnit) + "不一致",
                    "年度预算数一般就是部门预算支出合计；只按财政拨款填写的，请在年度总体目标中说明"));
        }
        return out;
    }

    private void project(Targets t, int p, ProjectTarget project, MoneyUnit unit, List<Problem> out) {
        String label = TargetsLabel.form(t, p);
        Location at = Location.target(p, -1, label);
        if (project.name().isEmpty()) {
            out.add(Problems.warning(id(), at, "第" + (p + 1) + "个项目没有项目名称", "填写预算中的项目名称"));
        }
        if (project.total() != null && project.fiscal() != null && project.fiscal().compareTo(project.total()) > 0) {
            out.add(Problems.error("target-money", at, "项目“" + project.name() + "”的其中财政拨款"
                    + Problems.money(project.fiscal(), unit) + "大于年度资金总额" + Problems.money(project.total(),
                    unit), "年度资金总额 = 财政拨款 + 其他资金"));
        }
        if (project.indicators().isEmpty()) {
            out.add(Problems.warning(id(), at, "项目“" + project.name() + "”没有绩效指标",
                    "至少写一个产出指标（如“垃圾清运覆盖村数 ≥22个”）和一个效益或满意度指标（如“群众满意度 ≥90%”）"));
            return;
        }
        levels(t, p, project.indicators(), out);
        for (int i = 0; i < project.indicators().size(); i++) {
            TargetIndicator x = project.indicators().get(i);
            boolean cost = x.level1() == Level1.COST || x.level2().equals("成本指标");
            TargetValue.Measured m = x.value().measured().orElse(null);
            if (!cost || m == null || project.total() == null || !(m.unit().equals("万元") || m.unit().equals("元"))) {
                continue;
            }
            BigDecimal value = Amounts.convert(m.number(), m.unit().equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN,
                    unit);
            if (value.compareTo(project.total()) > 0) {
                out.add(Problems.warning(id(), Location.target(p, i, TargetsLabel.of(t, p, x)), "成本指标“" + x.name()
                                + "”为“" + m.text() + "”，超过项目的年度资金总额" + Problems.money(project.total(), unit),
                        "成本指标不超过项目资金，如“≤" + Amounts.shown(project.total()) + unit.label() + "”"));
            }
        }
    }

    /** 产出 and 效益/满意度 present; no indicator twice. */
    private void levels(Targets t, int form, List<TargetIndicator> list, List<Problem> out) {
        String label = TargetsLabel.form(t, form);
        Location at = Location.target(form, -1, label);
        Set<Level1> present = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            TargetIndicator x = list.get(i);
            present.add(x.level1());
            if (!x.name().isEmpty() && !names.add(x.level2() + "\t" + x.name())) {
                out.add(Problems.warning(id(), Location.target(form, i, TargetsLabel.of(t, form, x)), "指标“" + x.name()
                        + "”在" + x.level2() + "下出现了两次", "合并，或改名写清各自衡量什么"));
            }
        }
        if (list.isEmpty()) {
            return;
        }
        if (!present.contains(Level1.OUTPUT)) {
            out.add(Problems.warning(id(), at, label.replace("项目支出绩效目标表 › ", "项目“") + (form < 0 ? "" : "”")
                            + "没有产出指标", "写明做多少、做到什么质量、何时完成，如“坑塘整治数量 15个”"));
        }
        if (!present.contains(Level1.BENEFIT) && !present.contains(Level1.SATISFACTION)) {
            out.add(Problems.warning(id(), at, label.replace("项目支出绩效目标表 › ", "项目“") + (form < 0 ? "" : "”")
                            + "没有效益指标或满意度指标", "写明带来什么效果或服务对象是否满意，如“群众满意度 ≥90%”"));
        }
    }
}
