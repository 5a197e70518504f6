package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape and the amounts of the performance table: every duty has activities, every activity indicators, every
 * indicator a name and its grades; no name twice under one parent; activity amounts add up to their duty's, and
 * the duties together stay within 项目支出.
 */
public final class PerformanceTreeRule implements Rule {
    @Override
    public String id() {
        return "performance-tree";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        List<Duty> duties = d.performance().duties();
        MoneyUnit tableUnit = d.performance().unit();
        Set<String> dutyNames = new HashSet<>();
        BigDecimal placed = BigDecimal.ZERO;
        boolean allPlaced = !duties.isEmpty();
        for (int di = 0; di < duties.size(); di++) {
            Duty duty = duties.get(di);
            String dutyLabel = (di + 1) + "." + duty.name();
            Location dutyAt = Location.perf(PerfPath.duty(di), dutyLabel);
            if (duty.name().isBlank()) {
                out.add(Problems.error(id(), dutyAt, "第" + (di + 1) + "项职责没有名称", "填写职责名称"));
            } else if (!dutyNames.add(duty.name())) {
                out.add(Problems.warning(id(), dutyAt, "职责“" + duty.name() + "”出现了两次", "合并或改名"));
            }
            if (duty.activities().isEmpty()) {
                out.add(Problems.error(id(), dutyAt, "职责“" + duty.name() + "”下没有工作活动", "至少添加一项工作活动"));
            }
            Set<String> activityNames = new HashSet<>();
            List<BigDecimal> activityAmounts = new ArrayList<>();
            for (int ai = 0; ai < duty.activities().size(); ai++) {
                Activity a = duty.activities().get(ai);
                String activityLabel = dutyLabel + " › " + (ai + 1) + "、" + a.name();
                Location activityAt = Location.perf(PerfPath.activity(di, ai), activityLabel);
                if (a.name().isBlank()) {
                    out.add(Problems.error(id(), activityAt, "工作活动没有名称", "填写工作活动名称"));
                } else if (!activityNames.add(a.name())) {
                    out.add(Problems.warning(id(), activityAt, "职责“" + duty.name() + "”下工作活动“" + a.name()
                            + "”出现了两次", "合并或改名"));
                }
                if (a.indicators().isEmpty()) {
                    out.add(Problems.error(id(), activityAt, "工作活动“" + a.name() + "”没有绩效指标",
                            "至少添加一项绩效指标及其评价标准"));
                }
                if (a.amount() != null) {
                    activityAmounts.add(a.amount());
                }
                indicators(out, a, di, ai, activityLabel);
            }
            if (duty.amount() != null && !activityAmounts.isEmpty()) {
                BigDecimal sum = Amounts.sum(activityAmounts);
                if (!d.header().amountStyle().agrees(duty.amount(), activityAmounts)) {
                    out.add(Problems.error(id(), dutyAt, "职责“" + duty.name() + "”的年度预算数为"
                                    + Problems.money(duty.amount(), tableUnit) + "，但其工作活动合计"
                                    + Problems.money(sum, tableUnit),
                            "核对职责和各工作活动的年度预算数"));
                }
            }
            BigDecimal effective = duty.amount() != null ? duty.amount()
                    : activityAmounts.isEmpty() ? null : Amounts.sum(activityAmounts);
            if (effective == null) {
                allPlaced = false;
            } else {
                placed = placed.add(effective);
            }
        }
        BigDecimal project = d.figures().get(FigureKey.EXPENSE_PROJECT);
        if (project != null && placed.signum() > 0) {
            // units list their project spending in the table, or the whole budget (a 机关运行保障 duty for 基本支出)
            MoneyUnit unit = d.header().moneyUnit();
            BigDecimal inMain = Amounts.convert(placed, tableUnit, unit);
            BigDecimal total = d.figures().get(FigureKey.EXPENSE_TOTAL);
            BigDecimal most = total != null && total.compareTo(project) > 0 ? total : project;
            boolean either = Amounts.same(inMain, project) || total != null && Amounts.same(inMain, total);
            if (inMain.compareTo(most) > 0 || allPlaced && !either) {
                String against = "项目支出" + Problems.money(project, unit) + (most == project ? ""
                        : (inMain.compareTo(most) > 0 ? "和" : "，也不等于") + "支出合计" + Problems.money(total, unit));
                out.add(Problems.error(id(), Location.of(FigureKey.EXPENSE_PROJECT), "绩效表中各职责年度预算数合计"
                                + Problems.money(inMain, unit) + (inMain.compareTo(most) > 0 ? "，超过" : "，不等于")
                                + against,
                        "各职责的年度预算数之和应等于项目支出（表中只列项目时）或支出合计（表中也列基本支出时）"));
            }
        }
        return out;
    }

    private void indicators(List<Problem> out, Activity a, int di, int ai, String activityLabel) {
        Set<String> names = new HashSet<>();
        for (int ii = 0; ii < a.indicators().size(); ii++) {
            Indicator ind = a.indicators().get(ii);
            Location at = Location.perf(PerfPath.indicator(di, ai, ii), activityLabel + " › " + ind.name());
            if (ind.name().isBlank()) {
                out.add(Problems.error(id(), at, "工作活动“" + a.name() + "”的第" + (ii + 1) + "项绩效指标没有名称",
                        "填写指标名称"));
            } else if (!names.add(ind.name())) {
                out.add(Problems.warning(id(), at, "工作活动“" + a.name() + "”下指标“" + ind.name() + "”出现了两次",
                        "合并或改名"));
            }
            int needed = ind.scale() == GradeScale.TWO ? 2 : 4;
            List<String> missing = new ArrayList<>();
            for (int g = 0; g < needed; g++) {
                if (ind.grades().get(g).isBlank()) {
                    missing.add(Indicator.GRADE_NAMES.get(g));
                }
            }
            if (!missing.isEmpty()) {
                out.add(Problems.error(id(), at, "指标“" + ind.name() + "”缺少评价标准：" + String.join("、", missing),
                        ind.scale() == GradeScale.FOUR ? "填写优、良、中、差四档；只有两档（如完成/未完成）时请设为两档"
                                : "两档指标需填写优、良两档"));
            }
        }
    }
}
