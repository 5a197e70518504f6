package cn.gongkai.domain.budget;

import java.util.List;

import static cn.gongkai.domain.budget.BudgetLine.INCOME_BUSINESS;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_FISCAL_SPECIAL;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_GENERAL_PUBLIC;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_GOV_FUND;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_OPERATING;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_OTHER;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_STATE_CAPITAL;
import static cn.gongkai.domain.budget.BudgetLine.INCOME_UNIT_FUNDS;

/**
 * Which template a disclosure follows: the Hebei template of 2018–2020 (nine narrative sections; income as
 * 财政拨款, 财政专户核拨, 事业收入, 经营收入, 其他收入) or the one after the 预算管理一体化 reform (目录 → 部门预算公开表 →
 * 情况说明; five income categories and 上年结转结余). Chosen by budget year, changeable per draft.
 */
public enum TemplateProfile {
    HEBEI_2018("河北 2018–2020 年模板", List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND, INCOME_FISCAL_SPECIAL,
            INCOME_BUSINESS, INCOME_OPERATING, INCOME_OTHER), false),
    HEBEI_2021("河北 预算管理一体化模板（2021 年起）", List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND,
            INCOME_STATE_CAPITAL, INCOME_FISCAL_SPECIAL, INCOME_UNIT_FUNDS), true);

    /** The first budget year published in the post-reform layout. */
    public static final int REFORM_YEAR = 2021;

    private final String label;
    private final List<BudgetLine> incomeLines;
    private final boolean carryOver;

    TemplateProfile(String label, List<BudgetLine> incomeLines, boolean carryOver) {
        this.label = label;
        this.incomeLines = incomeLines;
        this.carryOver = carryOver;
    }

    public static TemplateProfile forYear(int budgetYear) {
        return budgetYear < REFORM_YEAR ? HEBEI_2018 : HEBEI_2021;
    }

    public String label() {
        return label;
    }

    /** The income categories, in the order the tables list them. */
    public List<BudgetLine> incomeLines() {
        return incomeLines;
    }

    /** The income categories as columns of 部门收入总表. */
    public List<BudgetColumn> incomeColumns() {
        return incomeLines.stream().map(TemplateProfile::column).toList();
    }

    /** Whether income and expenditure carry 上年结转结余 / 年终结转结余. */
    public boolean carryOver() {
        return carryOver;
    }

    /**
     * Whether the disclosure opens with 目录 and 部门预算公开表 and its 情况说明 is written from the tables (the
     * post-reform layout); else the nine sections of the 2018–2020 template.
     */
    public boolean tablesFirst() {
        return this == HEBEI_2021;
    }

    /** The tables of the profile, in the order they are published. */
    public List<TableKind> tables() {
        return List.of(TableKind.values());
    }

    /** The column of 部门收入总表 that holds an income category. */
    public static BudgetColumn column(BudgetLine income) {
        return switch (income) {
            case INCOME_GENERAL_PUBLIC -> BudgetColumn.GENERAL_PUBLIC;
            case INCOME_GOV_FUND -> BudgetColumn.GOV_FUND;
            case INCOME_STATE_CAPITAL -> BudgetColumn.STATE_CAPITAL;
            case INCOME_FISCAL_SPECIAL -> BudgetColumn.FISCAL_SPECIAL;
            case INCOME_UNIT_FUNDS -> BudgetColumn.UNIT_FUNDS;
            case INCOME_BUSINESS -> BudgetColumn.BUSINESS;
            case INCOME_OPERATING -> BudgetColumn.OPERATING;
            case INCOME_OTHER -> BudgetColumn.OTHER_INCOME;
            default -> throw new IllegalArgumentException("不是收入类别：" + income.label());
        };
    }
}
