package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.Location;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.List;

/** Two figures that must be equal, e.g. 综合预算: 收入合计 = 支出合计. */
public record EqualRule(String id, FigureKey left, FigureKey right, String why) implements Rule {
    @Override
    public List<Problem> check(Draft d) {
        BigDecimal a = d.figures().get(left);
        BigDecimal b = d.figures().get(right);
        if (a == null || b == null || Amounts.same(a, b)) {
            return List.of();
        }
        var unit = d.header().moneyUnit();
        return List.of(Problems.error(id, Location.of(left), left.label() + Problems.money(a, unit) + "与"
                + right.label() + Problems.money(b, unit) + "不相等，相差" + Problems.money(a.subtract(b).abs(), unit), why));
    }
}
