package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.newyear.TableFigures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tables against sections 二, 三 and 四: every figure the tables determine must be what they say (a figure
 * typed over it, or tables changed after it, is an 错误 that names both), and 机关运行经费 cannot exceed the 公用经费
 * of 基本支出表 (it is part of it).
 */
public final class TableFiguresRule implements Rule {
    @Override
    public String id() {
        return "table-figures";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        MoneyUnit unit = d.header().moneyUnit();
        for (Map.Entry<FigureKey, BigDecimal> e : TableFigures.derive(d).entrySet()) {
            BigDecimal stated = d.figures().get(e.getKey());
            BigDecimal table = e.getValue();
            if (disagree(stated, table)) {
                out.add(Problems.error(id(), Location.of(e.getKey()), e.getKey().label() + "填写为"
                                + (stated == null ? "空" : Problems.money(stated, unit)) + "，但公开表中为"
                                + Problems.money(table, unit),
                        "这一数字由公开表决定：以表格为准（重新从预算系统导入表格，或改正表格）"));
            }
        }
        BigDecimal running = d.figures().get(FigureKey.RUNNING_COST_TOTAL);
        if (running != null) {
            d.tables().get(TableKind.GENERAL_PUBLIC_BASIC).filter(t -> !t.isEmpty()).ifPresent(t -> {
                BigDecimal publicUse = Amounts.convert(publicUse(t), t.unit(), unit);
                if (running.compareTo(publicUse) > 0) {
                    out.add(Problems.warning(id(), Location.of(FigureKey.RUNNING_COST_TOTAL), "机关运行经费"
                                    + Problems.money(running, unit) + "大于一般公共预算基本支出表的公用经费"
                                    + Problems.money(publicUse, unit),
                            "机关运行经费是行政单位和参公单位的公用经费，不应超过基本支出表中的公用经费"));
                }
            });
        }
        return out;
    }

    /** A figure the tables say is absent may be blank or zero; one they give must be stated, and the same. */
    private static boolean disagree(BigDecimal stated, BigDecimal table) {
        if (table == null) {
            return stated != null && stated.signum() != 0;
        }
        return stated == null || !Amounts.same(stated, table);
    }

    private static BigDecimal publicUse(BudgetTable t) {
        return t.line(BudgetLine.TOTAL).map(r -> r.value(BudgetColumn.PUBLIC_USE))
                .orElseGet(() -> Amounts.sum(t.rows().stream().filter(r -> r.key().fold(s -> s.level() == 1,
                        l -> false)).map(r -> r.value(BudgetColumn.PUBLIC_USE)).toList()));
    }
}
