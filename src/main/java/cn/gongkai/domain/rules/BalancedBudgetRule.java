package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.List;

import static cn.gongkai.domain.model.FigureKey.EXPENSE_CARRY_FORWARD;
import static cn.gongkai.domain.model.FigureKey.EXPENSE_TOTAL;
import static cn.gongkai.domain.model.FigureKey.INCOME_CARRY_OVER;
import static cn.gongkai.domain.model.FigureKey.INCOME_TOTAL;

/**
 * 综合预算: income and expenditure balance — 收入合计 (+ 上年结转结余) = 支出合计 (+ 年终结转结余), the carry-overs
 * counting where the draft states them.
 */
public final class BalancedBudgetRule implements Rule {
    @Override
    public String id() {
        return "balanced-budget";
    }

    @Override
    public List<Problem> check(Draft d) {
        BigDecimal income = d.figures().get(INCOME_TOTAL);
        BigDecimal expense = d.figures().get(EXPENSE_TOTAL);
        if (income == null || expense == null) {
            return List.of();
        }
        BigDecimal carryIn = d.figures().get(INCOME_CARRY_OVER);
        BigDecimal carryOut = d.figures().get(EXPENSE_CARRY_FORWARD);
        BigDecimal in = income.add(Amounts.orZero(carryIn));
        BigDecimal out = expense.add(Amounts.orZero(carryOut));
        if (Amounts.same(in, out)) {
            return List.of();
        }
        MoneyUnit unit = d.header().moneyUnit();
        String left = INCOME_TOTAL.label() + Problems.money(income, unit)
                + (isZero(carryIn) ? "" : "加" + INCOME_CARRY_OVER.label() + Problems.money(carryIn, unit));
        String right = EXPENSE_TOTAL.label() + Problems.money(expense, unit)
                + (isZero(carryOut) ? "" : "加" + EXPENSE_CARRY_FORWARD.label() + Problems.money(carryOut, unit));
        return List.of(Problems.error(id(), Location.of(INCOME_TOTAL), left + "与" + right + "不相等，相差"
                + Problems.money(in.subtract(out).abs(), unit), "部门预算实行综合预算，收入合计应等于支出合计"));
    }

    private static boolean isZero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }
}
