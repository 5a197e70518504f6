package cn.gongkai.domain.budget;

import java.util.ArrayList;
import java.util.List;

import static cn.gongkai.domain.budget.BudgetColumn.ABROAD;
import static cn.gongkai.domain.budget.BudgetColumn.AMOUNT;
import static cn.gongkai.domain.budget.BudgetColumn.BASIC;
import static cn.gongkai.domain.budget.BudgetColumn.BUSINESS;
import static cn.gongkai.domain.budget.BudgetColumn.CARRY_OVER;
import static cn.gongkai.domain.budget.BudgetColumn.FISCAL_SPECIAL;
import static cn.gongkai.domain.budget.BudgetColumn.GENERAL_PUBLIC;
import static cn.gongkai.domain.budget.BudgetColumn.GOV_FUND;
import static cn.gongkai.domain.budget.BudgetColumn.OPERATING;
import static cn.gongkai.domain.budget.BudgetColumn.OPERATING_EXPENSE;
import static cn.gongkai.domain.budget.BudgetColumn.OTHER_INCOME;
import static cn.gongkai.domain.budget.BudgetColumn.PERSONNEL;
import static cn.gongkai.domain.budget.BudgetColumn.PROJECT;
import static cn.gongkai.domain.budget.BudgetColumn.PUBLIC_USE;
import static cn.gongkai.domain.budget.BudgetColumn.RECEPTION;
import static cn.gongkai.domain.budget.BudgetColumn.STATE_CAPITAL;
import static cn.gongkai.domain.budget.BudgetColumn.SUBSIDIARY;
import static cn.gongkai.domain.budget.BudgetColumn.TOTAL;
import static cn.gongkai.domain.budget.BudgetColumn.UNIT_FUNDS;
import static cn.gongkai.domain.budget.BudgetColumn.UPPER_PAYMENT;
import static cn.gongkai.domain.budget.BudgetColumn.VEHICLE;
import static cn.gongkai.domain.budget.BudgetColumn.VEHICLE_OPERATION;
import static cn.gongkai.domain.budget.BudgetColumn.VEHICLE_PURCHASE;

/**
 * The standard tables of 部门预算公开表, in the order they are published, with the titles they are found by in a
 * budget system's workbook ("1.3部门财务收支总表", "3.15部门收支总表"). A place that publishes another table adds a
 * constant here; the store and the exchange file key tables by {@link #code()}.
 */
public enum TableKind {
    INCOME_EXPENSE_SUMMARY("t1", "部门收支总表", Shape.TWO_SIDED,
            "部门收支总表", "部门财务收支总表", "部门收支预算总表", "收支预算总表", "财务收支预算总表", "部门财务收支预算总表"),
    INCOME_SUMMARY("t2", "部门收入总表", Shape.SUBJECTS,
            "部门收入总表", "部门收入预算总表", "收入预算总表", "部门收入预算表"),
    EXPENSE_SUMMARY("t3", "部门支出总表", Shape.SUBJECTS,
            "部门支出总表", "部门支出预算总表", "支出预算总表", "部门支出预算表"),
    FISCAL_SUMMARY("t4", "财政拨款收支总表", Shape.TWO_SIDED,
            "财政拨款收支总表", "财政拨款收支预算总表", "部门财政拨款收支总表", "财政拨款收支预算表"),
    GENERAL_PUBLIC_EXPENSE("t5", "一般公共预算支出表", Shape.SUBJECTS,
            "一般公共预算支出表", "一般公共预算支出预算表", "一般公共预算财政拨款支出表", "一般公共预算拨款支出表"),
    GENERAL_PUBLIC_BASIC("t6", "一般公共预算基本支出表", Shape.SUBJECTS,
            "一般公共预算基本支出表", "一般公共预算财政拨款基本支出表", "一般公共预算基本支出预算表", "基本支出预算表"),
    THREE_PUBLIC("t7", "一般公共预算“三公”经费支出表", Shape.YEARS,
            "一般公共预算三公经费支出表", "三公经费支出表", "三公经费预算表", "三公经费和机关运行费预算表",
            "三公经费支出预算表", "一般公共预算三公经费支出预算表", "财政拨款三公经费支出表"),
    GOV_FUND_EXPENSE("t8", "政府性基金预算支出表", Shape.SUBJECTS,
            "政府性基金预算支出表", "政府性基金支出表", "政府性基金预算财政拨款支出表", "政府性基金预算支出预算表"),
    STATE_CAPITAL_EXPENSE("t9", "国有资本经营预算支出表", Shape.SUBJECTS,
            "国有资本经营预算支出表", "国有资本经营支出表", "国有资本经营预算财政拨款支出表");

    /** How the rows are laid out. */
    public enum Shape {
        /** Subject rows (类/款/项) under a 合计 row. */
        SUBJECTS,
        /** Income lines on the left, 功能分类 classes and totals on the right. */
        TWO_SIDED,
        /** One row a year (本年预算数, 上年预算数). */
        YEARS
    }

    /** A column that is the sum of others in every row. */
    public record ColumnSum(BudgetColumn total, List<BudgetColumn> parts) {
    }

    private final String code;
    private final String title;
    private final Shape shape;
    private final List<String> aliases;

    TableKind(String code, String title, Shape shape, String... aliases) {
        this.code = code;
        this.title = title;
        this.shape = shape;
        this.aliases = List.of(aliases);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public Shape shape() {
        return shape;
    }

    /** The number it is published under: 1 for 部门收支总表 … 9. */
    public int number() {
        return ordinal() + 1;
    }

    /** The titles it is found by, normalized (see {@link Labels}). */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(Labels.normalize(title));
        aliases.forEach(a -> all.add(Labels.normalize(a)));
        return all;
    }

    /** The classification of its subject rows: economic for 基本支出表, functional for the others. */
    public Classification classification() {
        return this == GENERAL_PUBLIC_BASIC ? Classification.ECONOMIC : Classification.FUNCTION;
    }

    /** The columns it has in a profile, in order; a workbook may add more (e.g. 事业单位经营支出). */
    public List<BudgetColumn> standardColumns(TemplateProfile p) {
        return switch (this) {
            case INCOME_EXPENSE_SUMMARY -> List.of(AMOUNT);
            case INCOME_SUMMARY -> {
                List<BudgetColumn> c = new ArrayList<>(List.of(TOTAL));
                if (p.carryOver()) {
                    c.add(CARRY_OVER);
                }
                c.addAll(p.incomeColumns());
                yield List.copyOf(c);
            }
            case FISCAL_SUMMARY -> p == TemplateProfile.HEBEI_2018
                    ? List.of(AMOUNT, TOTAL, GENERAL_PUBLIC, GOV_FUND)
                    : List.of(AMOUNT, TOTAL, GENERAL_PUBLIC, GOV_FUND, STATE_CAPITAL);
            case GENERAL_PUBLIC_EXPENSE -> List.of(TOTAL, BASIC, PERSONNEL, PUBLIC_USE, PROJECT);
            case GENERAL_PUBLIC_BASIC -> List.of(TOTAL, PERSONNEL, PUBLIC_USE);
            case THREE_PUBLIC -> List.of(TOTAL, ABROAD, VEHICLE, VEHICLE_PURCHASE, VEHICLE_OPERATION, RECEPTION);
            case EXPENSE_SUMMARY, GOV_FUND_EXPENSE, STATE_CAPITAL_EXPENSE -> List.of(TOTAL, BASIC, PROJECT);
        };
    }

    /** The columns that add up in every row, inner sums first. */
    public List<ColumnSum> sums() {
        return switch (this) {
            case INCOME_EXPENSE_SUMMARY -> List.of();
            case INCOME_SUMMARY -> List.of(new ColumnSum(TOTAL, List.of(CARRY_OVER, GENERAL_PUBLIC, GOV_FUND,
                    STATE_CAPITAL, FISCAL_SPECIAL, UNIT_FUNDS, BUSINESS, OPERATING, OTHER_INCOME)));
            case EXPENSE_SUMMARY -> List.of(new ColumnSum(TOTAL, List.of(BASIC, PROJECT, OPERATING_EXPENSE,
                    UPPER_PAYMENT, SUBSIDIARY)));
            case FISCAL_SUMMARY -> List.of(new ColumnSum(TOTAL, List.of(GENERAL_PUBLIC, GOV_FUND, STATE_CAPITAL)));
            case GENERAL_PUBLIC_EXPENSE -> List.of(new ColumnSum(BASIC, List.of(PERSONNEL, PUBLIC_USE)),
                    new ColumnSum(TOTAL, List.of(BASIC, PROJECT)));
            case GENERAL_PUBLIC_BASIC -> List.of(new ColumnSum(TOTAL, List.of(PERSONNEL, PUBLIC_USE)));
            case THREE_PUBLIC -> List.of(new ColumnSum(VEHICLE, List.of(VEHICLE_PURCHASE, VEHICLE_OPERATION)),
                    new ColumnSum(TOTAL, List.of(ABROAD, VEHICLE, RECEPTION)));
            case GOV_FUND_EXPENSE, STATE_CAPITAL_EXPENSE -> List.of(new ColumnSum(TOTAL, List.of(BASIC, PROJECT)));
        };
    }

    public static TableKind fromCode(String code) {
        for (TableKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("未知的公开表：" + code);
    }
}
