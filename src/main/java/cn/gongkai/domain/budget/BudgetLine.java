package cn.gongkai.domain.budget;

import java.util.List;

/**
 * The fixed lines of the budget tables: the income categories and totals of the two-sided 收支总表 and 财政拨款收支总表,
 * the 合计 row of the subject tables, and the years of the “三公” table. Each with the label it is printed with and
 * the other labels it is found by.
 */
public enum BudgetLine {
    INCOME_FISCAL(Side.INCOME, "财政拨款收入", "财政拨款"),
    INCOME_GENERAL_PUBLIC(Side.INCOME, "一般公共预算拨款收入", "一般公共预算拨款", "一般公共预算收入", "一般公共预算"),
    INCOME_GOV_FUND(Side.INCOME, "政府性基金预算拨款收入", "政府性基金预算拨款", "政府性基金预算收入", "政府性基金收入",
            "政府性基金预算", "政府性基金"),
    INCOME_STATE_CAPITAL(Side.INCOME, "国有资本经营预算拨款收入", "国有资本经营预算拨款", "国有资本经营预算收入",
            "国有资本经营预算", "国有资本经营收入"),
    INCOME_FISCAL_SPECIAL(Side.INCOME, "财政专户管理资金收入", "财政专户管理资金", "财政专户核拨收入", "财政专户核拨",
            "财政专户"),
    INCOME_UNIT_FUNDS(Side.INCOME, "单位资金收入", "单位资金"),
    INCOME_BUSINESS(Side.INCOME, "事业收入"),
    INCOME_OPERATING(Side.INCOME, "事业单位经营收入", "经营收入"),
    INCOME_OTHER(Side.INCOME, "其他收入", "其他来源收入"),
    INCOME_YEAR_TOTAL(Side.INCOME, "本年收入合计", "收入合计", "本年收入"),
    CARRY_OVER_IN(Side.INCOME, "上年结转结余", "上年结转", "上年结余", "上年结转结余资金"),
    INCOME_GRAND_TOTAL(Side.INCOME, "收入总计", "收入总额"),
    EXPENSE_YEAR_TOTAL(Side.EXPENSE, "本年支出合计", "支出合计", "本年支出"),
    CARRY_OVER_OUT(Side.EXPENSE, "年终结转结余", "年终结转", "结转下年"),
    EXPENSE_GRAND_TOTAL(Side.EXPENSE, "支出总计", "支出总额"),
    TOTAL(Side.EXPENSE, "合计", "总计"),
    CURRENT_YEAR(Side.EXPENSE, "本年预算数", "预算数", "本年"),
    LAST_YEAR(Side.EXPENSE, "上年预算数", "上年");

    /** Which half of a two-sided table the line belongs to. */
    public enum Side { INCOME, EXPENSE }

    private final Side side;
    private final String label;
    private final List<String> aliases;

    BudgetLine(Side side, String label, String... aliases) {
        this.side = side;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public Side side() {
        return side;
    }

    public String label() {
        return label;
    }

    /** The label and the other names, normalized (see {@link Labels}). */
    public List<String> names() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(Labels.normalize(label));
        aliases.forEach(a -> all.add(Labels.normalize(a)));
        return all;
    }
}
