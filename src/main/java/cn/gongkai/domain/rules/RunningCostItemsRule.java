package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 机关运行经费 items sum to its total. An item written in 元 among 万元 items ("培训费5000元") is a habit of some
 * units when the items, converted, add up to the total (a 警告: better written in one unit); it is a unit slip (错误)
 * when the total comes out only if its number is read in the other unit. Real disclosures contain both.
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
        BigDecimal total = d.figures().get(FigureKey.RUNNING_COST_TOTAL);
        boolean adds = total != null && Amounts.same(total,
                Amounts.sum(items.stream().map(c -> Amounts.convert(c.amount(), c.unit(), unit)).toList()));
        for (int i = 0; i < items.size(); i++) {
            CostItem c = items.get(i);
            if (c.unit() != unit) {
                String amount = Amounts.shown(c.amount());
                Location at = Location.row(ListTable.RUNNING_COSTS, i, "机关运行经费明细 › " + c.name());
                if (adds) {
                    out.add(Problems.warning(id(), at, "“" + c.name() + amount + c.unit().label() + "”以" + c.unit().label()
                                    + "为单位，其他项目以" + unit.label() + "为单位（换算后合计无误）",
                            "宜换算为" + Amounts.shown(Amounts.convert(c.amount(), c.unit(), unit)) + unit.label()
                                    + "，全句统一单位"));
                } else if (addsAsSlip(items, i, unit, total)) {
                    out.add(Problems.error(id(), at, "“" + c.name() + amount + c.unit().label() + "”的单位与其他项目（"
                                    + unit.label() + "）不同，疑似单位写错",
                            "若实为" + amount + unit.label() + "，请改单位；若确为" + c.unit().label() + "，请换算为"
                                    + unit.label()));
                }
            }
        }
        if (total != null && !items.isEmpty()) {
            BigDecimal sum = Amounts.sum(items.stream().map(c -> Amounts.convert(c.amount(), c.unit(), unit)).toList());
            if (!d.header().amountStyle().agrees(total,
                    items.stream().map(c -> Amounts.convert(c.amount(), c.unit(), unit)).toList())) {
                out.add(Problems.error(id(), Location.of(FigureKey.RUNNING_COST_TOTAL), "机关运行经费为"
                                + Problems.money(total, unit) + "，但明细合计为" + Problems.money(sum, unit) + "，相差"
                                + Problems.money(total.subtract(sum).abs(), unit),
                        "核对各明细项目和总额"));
            }
        }
        return out;
    }

    /** Whether the items add up to the total once item {@code i}'s number is read in the main unit. */
    private static boolean addsAsSlip(List<CostItem> items, int i, MoneyUnit unit, BigDecimal total) {
        if (total == null) {
            return false;
        }
        List<BigDecimal> read = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            CostItem c = items.get(k);
            read.add(k == i ? Amounts.orZero(c.amount()) : Amounts.convert(c.amount(), c.unit(), unit));
        }
        return Amounts.same(total, Amounts.sum(read));
    }
}
