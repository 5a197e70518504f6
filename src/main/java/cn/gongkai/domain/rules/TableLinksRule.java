package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.gongkai.domain.budget.TableKind.EXPENSE_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.FISCAL_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.GENERAL_PUBLIC_BASIC;
import static cn.gongkai.domain.budget.TableKind.GENERAL_PUBLIC_EXPENSE;
import static cn.gongkai.domain.budget.TableKind.GOV_FUND_EXPENSE;
import static cn.gongkai.domain.budget.TableKind.INCOME_EXPENSE_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.INCOME_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.STATE_CAPITAL_EXPENSE;

/**
 * Between the standard tables: 部门收支总表 against 部门收入总表 and 部门支出总表, 财政拨款收支总表 within it, 一般公共预算支出表
 * against the 一般公共预算 column of 财政拨款收支总表 and against 基本支出表, 政府性基金 and 国有资本经营 支出表 against their
 * columns. A table the draft does not hold is not compared; an empty one counts as zero. Amounts of tables in
 * different units are compared exactly after conversion.
 */
public final class TableLinksRule implements Rule {
    @Override
    public String id() {
        return "table-links";
    }

    /** One side of a comparison: a cell's amount (zero when blank) and where it is. */
    private record Side(BudgetTable table, RowKey row, String rowName, BudgetColumn column, BigDecimal value) {
        BigDecimal in(MoneyUnit unit) {
            return Amounts.convert(value, table.unit(), unit);
        }

        String label() {
            return table.kind().title() + "“" + rowName + "”" + column.label() + Problems.money(value, table.unit());
        }
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        Optional<BudgetTable> t1 = d.tables().get(INCOME_EXPENSE_SUMMARY);
        Optional<BudgetTable> t2 = d.tables().get(INCOME_SUMMARY);
        Optional<BudgetTable> t3 = d.tables().get(EXPENSE_SUMMARY);
        Optional<BudgetTable> t4 = d.tables().get(FISCAL_SUMMARY);
        Optional<BudgetTable> t5 = d.tables().get(GENERAL_PUBLIC_EXPENSE);
        Optional<BudgetTable> t6 = d.tables().get(GENERAL_PUBLIC_BASIC);
        TemplateProfile profile = d.header().profile();
        if (t1.isPresent() && t2.isPresent()) {
            for (BudgetLine income : profile.incomeLines()) {
                compare(line(t1.get(), income, BudgetColumn.AMOUNT),
                        total(t2.get(), TemplateProfile.column(income)), out);
            }
            if (profile.carryOver()) {
                compare(line(t1.get(), BudgetLine.CARRY_OVER_IN, BudgetColumn.AMOUNT),
                        total(t2.get(), BudgetColumn.CARRY_OVER), out);
            }
        }
        if (t1.isPresent() && t3.isPresent()) {
            compare(line(t1.get(), BudgetLine.EXPENSE_YEAR_TOTAL, BudgetColumn.AMOUNT),
                    total(t3.get(), BudgetColumn.TOTAL), out);
            for (RowKey.Subject cls : classes(t1.get())) {
                compare(cell(t1.get(), cls, BudgetColumn.AMOUNT), cell(t3.get(), cls, BudgetColumn.TOTAL), out);
            }
        }
        if (t1.isPresent() && t4.isPresent()) {
            for (BudgetLine fiscal : List.of(BudgetLine.INCOME_GENERAL_PUBLIC, BudgetLine.INCOME_GOV_FUND,
                    BudgetLine.INCOME_STATE_CAPITAL)) {
                if (t4.get().line(fiscal).isPresent() || t1.get().line(fiscal).isPresent()) {
                    compare(line(t1.get(), fiscal, BudgetColumn.AMOUNT), line(t4.get(), fiscal, BudgetColumn.AMOUNT),
                            out);
                }
            }
        }
        if (t4.isPresent()) {
            fiscalColumn(t4.get(), BudgetColumn.GENERAL_PUBLIC, t5, out);
            fiscalColumn(t4.get(), BudgetColumn.GOV_FUND, d.tables().get(GOV_FUND_EXPENSE), out);
            fiscalColumn(t4.get(), BudgetColumn.STATE_CAPITAL, d.tables().get(STATE_CAPITAL_EXPENSE), out);
        }
        if (t5.isPresent() && t6.isPresent()) {
            compare(total(t5.get(), BudgetColumn.BASIC), total(t6.get(), BudgetColumn.TOTAL), out);
            for (BudgetColumn c : List.of(BudgetColumn.PERSONNEL, BudgetColumn.PUBLIC_USE)) {
                if (t5.get().columns().contains(c)) {
                    compare(total(t5.get(), c), total(t6.get(), c), out);
                }
            }
        }
        return out;
    }

    /** A column of 财政拨款收支总表's expenditure against the table that spells it out, in total and class by class. */
    private void fiscalColumn(BudgetTable t4, BudgetColumn column, Optional<BudgetTable> detail,
                              List<Problem> out) {
        if (detail.isEmpty() || !t4.columns().contains(column)) {
            return;
        }
        compare(line(t4, BudgetLine.EXPENSE_YEAR_TOTAL, column), total(detail.get(), BudgetColumn.TOTAL), out);
        for (RowKey.Subject cls : classes(t4)) {
            compare(cell(t4, cls, column), cell(detail.get(), cls, BudgetColumn.TOTAL), out);
        }
    }

    private static List<RowKey.Subject> classes(BudgetTable t) {
        return t.subjects().stream().filter(s -> s.level() == 1).toList();
    }

    private static Side line(BudgetTable t, BudgetLine line, BudgetColumn c) {
        RowKey key = new RowKey.Line(line);
        return new Side(t, key, line.label(), c, t.value(key, c));
    }

    private static Side cell(BudgetTable t, RowKey key, BudgetColumn c) {
        String name = t.row(key).map(TableSumsRule::rowName).orElse(key.fold(s -> s.code(), l -> l.line().label()));
        return new Side(t, key, name, c, t.value(key, c));
    }

    /** The table's 合计 row (as stated, or the sum of its classes). */
    private static Side total(BudgetTable t, BudgetColumn c) {
        Optional<BudgetRow> stated = t.line(BudgetLine.TOTAL);
        if (stated.isPresent()) {
            return new Side(t, stated.get().key(), "合计", c, Amounts.orZero(t.amount(stated.get(), c)));
        }
        BigDecimal sum = Amounts.sum(classes(t).stream().map(s -> t.value(s, c)).toList());
        return new Side(t, new RowKey.Line(BudgetLine.TOTAL), "合计", c, sum);
    }

    private void compare(Side a, Side b, List<Problem> out) {
        MoneyUnit unit = a.table().unit();
        if (Amounts.same(a.in(unit), b.in(unit))) {
            return;
        }
        out.add(Problems.error(id(), Location.cell(b.table().kind(), b.row(), b.rowName(), b.column()),
                b.label() + "，与" + a.label() + "不一致，相差" + Problems.money(a.in(unit).subtract(b.in(unit)).abs(), unit),
                "两张表的这两个数应相等：核对预算系统导出的表格"));
    }
}
