package cn.gongkai.domain.newyear;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import static cn.gongkai.domain.model.FigureKey.*;

/**
 * The figures of sections 二 and 四 that the standard tables determine, so that they are not typed twice: income
 * by category and 上年结转结余 (部门收支总表), 支出, 基本支出 and 项目支出 (部门支出总表), 人员经费 and 公用经费 (基本支出表,
 * when all basic spending is 一般公共预算), the “三公” items of this year and last year, and 机关运行经费 where the
 * “三公” table has a column for it, and 一般公共预算当年拨款 with last year's (一般公共预算支出表). A table determines a
 * figure only where it holds an amount; figures are given in the draft's money unit, converted exactly.
 */
public final class TableFigures {
    private static final Map<BudgetLine, FigureKey> INCOME = Map.of(
            BudgetLine.INCOME_GENERAL_PUBLIC, INCOME_GENERAL_PUBLIC,
            BudgetLine.INCOME_GOV_FUND, INCOME_GOV_FUND,
            BudgetLine.INCOME_STATE_CAPITAL, INCOME_STATE_CAPITAL,
            BudgetLine.INCOME_FISCAL_SPECIAL, INCOME_FISCAL_SPECIAL,
            BudgetLine.INCOME_UNIT_FUNDS, INCOME_UNIT_FUNDS,
            BudgetLine.INCOME_BUSINESS, INCOME_BUSINESS,
            BudgetLine.INCOME_OPERATING, INCOME_OPERATING,
            BudgetLine.INCOME_OTHER, INCOME_OTHER);
    private static final Map<BudgetColumn, FigureKey> THREE_PUBLIC = Map.of(
            BudgetColumn.TOTAL, THREE_PUBLIC_TOTAL,
            BudgetColumn.ABROAD, THREE_PUBLIC_ABROAD,
            BudgetColumn.VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_PURCHASE,
            BudgetColumn.VEHICLE_OPERATION, THREE_PUBLIC_VEHICLE_OPERATION,
            BudgetColumn.RECEPTION, THREE_PUBLIC_RECEPTION);
    private static final Map<FigureKey, FigureKey> LAST_THREE_PUBLIC = Map.of(
            THREE_PUBLIC_TOTAL, LAST_THREE_PUBLIC_TOTAL,
            THREE_PUBLIC_ABROAD, LAST_THREE_PUBLIC_ABROAD,
            THREE_PUBLIC_VEHICLE_PURCHASE, LAST_THREE_PUBLIC_VEHICLE_PURCHASE,
            THREE_PUBLIC_VEHICLE_OPERATION, LAST_THREE_PUBLIC_VEHICLE_OPERATION,
            THREE_PUBLIC_RECEPTION, LAST_THREE_PUBLIC_RECEPTION);

    private TableFigures() {
    }

    /** The figures the tables determine; a figure not in the map is the officer's to type. */
    public static Map<FigureKey, BigDecimal> derive(Draft d) {
        Map<FigureKey, BigDecimal> out = new EnumMap<>(FigureKey.class);
        MoneyUnit unit = d.header().moneyUnit();
        TemplateProfile profile = d.header().profile();
        d.tables().get(TableKind.INCOME_EXPENSE_SUMMARY).ifPresent(t -> summary(t, profile, unit, out));
        d.tables().get(TableKind.EXPENSE_SUMMARY).ifPresent(t -> expenses(t, unit, out));
        d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).ifPresent(t -> generalPublic(t, unit, out));
        d.tables().get(TableKind.GENERAL_PUBLIC_BASIC).ifPresent(t -> basic(t, unit, out));
        d.tables().get(TableKind.THREE_PUBLIC).ifPresent(t -> threePublic(t, unit, out));
        return out;
    }

    /** The draft with every figure its tables determine set from them. */
    public static Draft sync(Draft d) {
        Map<FigureKey, BigDecimal> derived = derive(d);
        if (derived.isEmpty()) {
            return d;
        }
        Map<FigureKey, BigDecimal> figures = new EnumMap<>(FigureKey.class);
        figures.putAll(d.figures().asMap());
        derived.forEach((k, v) -> {
            if (v == null) {
                figures.remove(k);
            } else {
                figures.put(k, v);
            }
        });
        return d.withFigures(Figures.of(figures));
    }

    private static void summary(BudgetTable t, TemplateProfile profile, MoneyUnit unit,
                                Map<FigureKey, BigDecimal> out) {
        boolean income = t.rows().stream().anyMatch(r -> isIncome(r) && r.amount(BudgetColumn.AMOUNT) != null);
        if (income) {
            INCOME.forEach((line, key) -> out.put(key, profile.incomeLines().contains(line)
                    ? money(t, t.value(new RowKey.Line(line), BudgetColumn.AMOUNT), unit) : null));
            cell(t, BudgetLine.INCOME_YEAR_TOTAL).ifPresent(v -> out.put(INCOME_TOTAL, money(t, v, unit)));
            if (profile.carryOver()) {
                out.put(INCOME_CARRY_OVER, money(t, t.value(new RowKey.Line(BudgetLine.CARRY_OVER_IN),
                        BudgetColumn.AMOUNT), unit));
            }
        }
        cell(t, BudgetLine.EXPENSE_YEAR_TOTAL).ifPresent(v -> out.put(EXPENSE_TOTAL, money(t, v, unit)));
        if (profile.carryOver() && cell(t, BudgetLine.EXPENSE_YEAR_TOTAL).isPresent()) {
            out.put(EXPENSE_CARRY_FORWARD, money(t, t.value(new RowKey.Line(BudgetLine.CARRY_OVER_OUT),
                    BudgetColumn.AMOUNT), unit));
        }
    }

    private static boolean isIncome(BudgetRow r) {
        return r.key().fold(s -> false, l -> l.line().side() == BudgetLine.Side.INCOME);
    }

    private static Optional<BigDecimal> cell(BudgetTable t, BudgetLine line) {
        return t.line(line).map(r -> r.amount(BudgetColumn.AMOUNT));
    }

    private static void expenses(BudgetTable t, MoneyUnit unit, Map<FigureKey, BigDecimal> out) {
        BudgetRow total = t.totalRow().orElse(null);
        if (total == null || total.amounts().isEmpty()) {
            return;
        }
        out.putIfAbsent(EXPENSE_TOTAL, money(t, t.amount(total, BudgetColumn.TOTAL), unit));
        out.put(EXPENSE_BASIC, money(t, t.amount(total, BudgetColumn.BASIC), unit));
        out.put(EXPENSE_PROJECT, money(t, t.amount(total, BudgetColumn.PROJECT), unit));
    }

    /** 一般公共预算当年拨款 and, where the table carries it, last year's. */
    private static void generalPublic(BudgetTable t, MoneyUnit unit, Map<FigureKey, BigDecimal> out) {
        t.totalRow().ifPresent(total -> {
            if (total.amount(BudgetColumn.TOTAL) != null || t.amount(total, BudgetColumn.TOTAL) != null) {
                out.put(GENERAL_PUBLIC_EXPENSE, money(t, t.amount(total, BudgetColumn.TOTAL), unit));
            }
            if (t.columns().contains(BudgetColumn.LAST_YEAR_TOTAL)) {
                out.put(LAST_GENERAL_PUBLIC, money(t, total.amount(BudgetColumn.LAST_YEAR_TOTAL), unit));
            }
        });
    }

    /** 人员经费 and 公用经费 only when 基本支出表 covers all basic spending (its 合计 is the department's 基本支出). */
    private static void basic(BudgetTable t, MoneyUnit unit, Map<FigureKey, BigDecimal> out) {
        BudgetRow total = t.totalRow().orElse(null);
        BigDecimal basic = out.get(EXPENSE_BASIC);
        if (total == null || total.amounts().isEmpty() || basic == null
                || !Amounts.same(money(t, t.amount(total, BudgetColumn.TOTAL), unit), basic)) {
            return;
        }
        out.put(EXPENSE_PERSONNEL, money(t, t.amount(total, BudgetColumn.PERSONNEL), unit));
        out.put(EXPENSE_PUBLIC_USE, money(t, t.amount(total, BudgetColumn.PUBLIC_USE), unit));
    }

    private static void threePublic(BudgetTable t, MoneyUnit unit, Map<FigureKey, BigDecimal> out) {
        t.line(BudgetLine.CURRENT_YEAR).filter(r -> !r.amounts().isEmpty()).ifPresent(r -> {
            THREE_PUBLIC.forEach((c, k) -> out.put(k, money(t, t.amount(r, c), unit)));
            if (r.amount(BudgetColumn.RUNNING_COSTS) != null) {
                out.put(RUNNING_COST_TOTAL, money(t, r.amount(BudgetColumn.RUNNING_COSTS), unit));
            }
        });
        t.line(BudgetLine.LAST_YEAR).filter(r -> !r.amounts().isEmpty()).ifPresent(r ->
                THREE_PUBLIC.forEach((c, k) -> out.put(LAST_THREE_PUBLIC.get(k), money(t, t.amount(r, c), unit))));
    }

    private static BigDecimal money(BudgetTable t, BigDecimal v, MoneyUnit to) {
        return Amounts.convert(Amounts.orZero(v), t.unit(), to);
    }
}
