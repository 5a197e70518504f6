package cn.gongkai.domain.rules;

import cn.gongkai.domain.CostItem;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.ListTable;
import cn.gongkai.domain.Location;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 机关运行经费 items sum to its total; an item written in 元 among 万元 items is a unit slip (real disclosures
 * contain both faults).
 */
public final class RunningCostItemsRule implements Rule {
    @Override
    public String id() {
        return "running-cost-items";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        List<CostItem> items = d.runningCostItems();
        MoneyUnit unit = d.header().moneyUnit();
        for (int i = 0; i < items.size(); i++) {
            CostItem c = items.get(i);
            if (c.unit() != unit) {
                out.add(Problems.error(id(), Location.row(ListTable.RUNNING_COSTS, i, "机关运行经费明细 › " + c.name()),
                        "“" + c.name() + Amounts.plain(Amounts.orZero(c.amount())) + c.unit().label() + "”的单位与其他项目（"
                                + unit.label() + "）不同，疑似单位写错",
                        "若实为" + Amounts.plain(Amounts.orZero(c.amount())) + unit.label() + "，请改单位；若确为"
                                + c.unit().label() + "，请换算为" + unit.label()));
            }
        }
        BigDecimal total = d.figures().get(FigureKey.RUNNING_COST_TOTAL);
        if (total != null && !items.isEmpty()) {
            BigDecimal sum = Amounts.sum(items.stream().map(c -> Amounts.convert(c.amount(), c.unit(), unit)).toList());
            if (!Amounts.same(sum, total)) {
                out.add(Problems.error(id(), Location.of(FigureKey.RUNNING_COST_TOTAL), "机关运行经费为"
                                + Problems.money(total, unit) + "，但明细合计为" + Problems.money(sum, unit) + "，相差"
                                + Problems.money(total.subtract(sum).abs(), unit),
                        "核对各明细项目和总额"));
            }
        }
        return out;
    }
}
