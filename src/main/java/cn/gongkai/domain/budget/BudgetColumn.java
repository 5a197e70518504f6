package cn.gongkai.domain.budget;

import java.util.List;

/**
 * The amount columns of the budget tables, each with the heading it is printed with and the headings it is found
 * by in a workbook (read through merged multi-row headings, e.g. 基本支出 › 人员经费).
 */
public enum BudgetColumn {
    AMOUNT("预算数", "金额", "本年预算数"),
    TOTAL("合计", "总计"),
    CARRY_OVER("上年结转", "上年结转结余", "上年结余"),
    GENERAL_PUBLIC("一般公共预算", "一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算财政拨款", "一般公共预算收入"),
    GOV_FUND("政府性基金预算", "政府性基金", "政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金收入"),
    STATE_CAPITAL("国有资本经营预算", "国有资本经营", "国有资本经营预算拨款", "国有资本经营预算拨款收入"),
    FISCAL_SPECIAL("财政专户管理资金", "财政专户管理资金收入", "财政专户核拨", "财政专户核拨收入", "财政专户"),
    UNIT_FUNDS("单位资金", "单位资金收入"),
    BUSINESS("事业收入"),
    OPERATING("事业单位经营收入", "经营收入"),
    OTHER_INCOME("其他收入", "其他来源收入"),
    BASIC("基本支出"),
    PERSONNEL("人员经费"),
    PUBLIC_USE("公用经费", "日常公用经费"),
    PROJECT("项目支出"),
    OPERATING_EXPENSE("事业单位经营支出", "经营支出"),
    UPPER_PAYMENT("上缴上级支出"),
    SUBSIDIARY("对附属单位补助支出"),
    ABROAD("因公出国（境）费", "因公出国(境)费", "因公出国境费", "因公出国费"),
    VEHICLE("公务用车购置及运行费", "公务用车购置及运行维护费", "公务用车购置及运维费", "公务用车费"),
    VEHICLE_PURCHASE("公务用车购置费", "购置费"),
    VEHICLE_OPERATION("公务用车运行费", "公务用车运行维护费", "公务用车运维费", "运行费", "运行维护费", "运维费"),
    RECEPTION("公务接待费"),
    RUNNING_COSTS("机关运行经费", "机关运行费"),
    /**
     * Last year's budget of the row, for comparison: filled when a draft is rolled forward (or by a workbook that
     * has the column); shown in the editor, used by the 情况说明, not printed in the table.
     */
    LAST_YEAR_TOTAL("上年预算数", "上年预算", "上年数", "上年预算金额");

    private final String label;
    private final List<String> aliases;

    BudgetColumn(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    public String label() {
        return label;
    }

    /** A column kept for comparison only: not part of the table as published. */
    public boolean reference() {
        return this == LAST_YEAR_TOTAL;
    }

    /** The heading and the other headings, normalized (see {@link Labels}). */
    public List<String> names() {
        java.util.List<String> all = new java.util.ArrayList<>();
        all.add(Labels.normalize(label));
        aliases.forEach(a -> all.add(Labels.normalize(a)));
        return all;
    }
}
