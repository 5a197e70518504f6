package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the text ties two sections together: planned asset purchases said to be "已列入政府采购预算" must fit in
 * the procurement budget; a 公务用车运行维护费 in 三公 needs vehicles in 七's asset table when both are given.
 */
public final class CrossSectionRule implements Rule {
    /** "拟购置会议服务2万元，已列入政府采购预算": the amount of the plan, in one sentence with the tie. */
    private static final Pattern PLANNED = Pattern.compile(
            "(?:拟|计划)(?:购置|购买|采购)[^。；;]{0,40}?(\\d+(?:\\.\\d+)?)\\s*(万元|元)[^。；;]{0,30}?已?列入(?:了)?政府采购预算");

    @Override
    public String id() {
        return "cross-section";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        MoneyUnit unit = d.header().moneyUnit();
        String assets = d.texts().get(TextKey.ASSETS).custom() ? d.texts().get(TextKey.ASSETS).text() : "";
        Matcher m = PLANNED.matcher(assets);
        BigDecimal procurement = d.figures().get(FigureKey.PROCUREMENT_TOTAL);
        while (m.find()) {
            BigDecimal planned = Amounts.convert(new BigDecimal(m.group(1)), m.group(2).equals("元") ? MoneyUnit.YUAN
                    : MoneyUnit.WAN_YUAN, unit);
            BigDecimal budget = Amounts.orZero(procurement);
            if (planned.compareTo(budget) > 0) {
                out.add(Problems.error(id(), Location.of(TextKey.ASSETS), "“" + TextKey.ASSETS.label() + "”说拟购置的"
                                + m.group(1) + m.group(2) + "已列入政府采购预算，但政府采购预算为" + Problems.money(budget, unit),
                        "核对拟购置金额与政府采购预算（六、政府采购预算情况）"));
            }
        }
        BigDecimal operation = d.figures().get(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION);
        BigDecimal vehicles = d.figures().get(FigureKey.ASSET_VEHICLE_COUNT);
        if (operation != null && operation.signum() > 0 && vehicles != null && vehicles.signum() == 0) {
            out.add(Problems.warning(id(), Location.of(FigureKey.ASSET_VEHICLE_COUNT), "“三公”经费安排了公务用车运行维护费"
                            + Problems.money(operation, unit) + "，但固定资产占用情况表中车辆为0辆",
                    "核对车辆数（含所属单位）或公务用车运行维护费"));
        }
        return out;
    }
}
