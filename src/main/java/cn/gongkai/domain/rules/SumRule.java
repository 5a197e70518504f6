package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A stated total must equal the sum of its parts, e.g. 基本支出 = 人员经费 + 日常公用经费. Checked when the total
 * and at least one part are entered; missing parts count as zero.
 */
public record SumRule(String id, FigureKey total, List<FigureKey> parts) implements Rule {
    public SumRule {
        parts = List.copyOf(parts);
    }

    @Override
    public List<Problem> check(Draft draft) {
        Figures f = draft.figures();
        BigDecimal stated = f.get(total);
        if (stated == null || parts.stream().noneMatch(f::has)) {
            return List.of();
        }
        BigDecimal sum = Amounts.sum(parts.stream().map(f::get).toList());
        if (draft.header().amountStyle().agrees(stated, parts.stream().map(f::get).toList())) {
            return List.of();
        }
        String unit = draft.header().moneyUnit().label();
        String detail = parts.stream().map(p -> p.label() + Amounts.shown(f.get(p)))
                .collect(Collectors.joining(" + "));
        List<Problem> out = new ArrayList<>();
        out.add(new Problem(id, Severity.ERROR, Location.of(total),
                total.label() + "为" + Amounts.shown(stated) + unit + "，但各项之和为" + Amounts.shown(sum) + unit
                        + "（" + detail + "），相差" + Amounts.shown(stated.subtract(sum).abs()) + unit,
                "核对" + total.label() + "及其各组成项"));
        return out;
    }
}
