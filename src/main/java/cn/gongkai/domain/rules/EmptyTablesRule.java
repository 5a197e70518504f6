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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.gongkai.domain.budget.TableKind.EXPENSE_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.FISCAL_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.GENERAL_PUBLIC_EXPENSE;
import static cn.gongkai.domain.budget.TableKind.INCOME_EXPENSE_SUMMARY;
import static cn.gongkai.domain.budget.TableKind.INCOME_SUMMARY;

/**
 * Every standard table of the template is published, an empty one with a statement why (空表说明). A draft of the
 * post-reform template without any table is an 错误: its disclosure starts with them. A table the workbook or file
 * lacks is said once, "缺少部门收入总表": an 错误 where another table carries amounts that belong in it (部门收支总表's
 * income belongs in 部门收入总表), else a 警告 that it prints as an empty table. An absent table is never compared
 * with the others ({@link TableLinksRule}).
 */
public final class EmptyTablesRule implements Rule {
    @Override
    public String id() {
        return "empty-tables";
    }

    @Override
    public List<Problem> check(Draft d) {
        TemplateProfile profile = d.header().profile();
        if (d.tables().isEmpty()) {
            return profile == TemplateProfile.HEBEI_2021 ? List.of(Problems.error(id(),
                    Location.table(TableKind.INCOME_EXPENSE_SUMMARY), "还没有部门预算公开表",
                    "从预算系统导出表格（Excel），用“从预算系统导入表格…”导入")) : List.of();
        }
        List<Problem> out = new ArrayList<>();
        for (TableKind k : profile.tables()) {
            Optional<BudgetTable> t = d.tables().get(k);
            if (t.isEmpty()) {
                Optional<String> owed = owed(d, k);
                out.add(owed.isPresent()
                        ? Problems.error(id(), Location.table(k), "缺少" + k.title() + "：" + owed.get(),
                        "从预算系统导出全部公开表再导入，或在此表中填写")
                        : Problems.warning(id(), Location.table(k), "缺少" + k.title() + "，导出时将印为空表“"
                                + CompletenessRule.STANDARD_EMPTY + "”",
                        "确实没有这张表的数字时，写明空表说明；否则从预算系统导出这张表再导入"));
            } else if (t.get().isEmpty() && t.get().emptyStatement().isBlank()) {
                out.add(Problems.warning(id(), Location.table(k), k.title() + "为空表，没有空表说明；导出时将写“"
                                + CompletenessRule.STANDARD_EMPTY + "”",
                        "写明为什么没有这张表的数字，如“本部门无政府性基金预算支出，故本表为空表”"));
            }
        }
        return out;
    }

    /** What another table holds that belongs in the absent table {@code k}, if anything. */
    private static Optional<String> owed(Draft d, TableKind k) {
        return switch (k) {
            case INCOME_EXPENSE_SUMMARY -> any(d, INCOME_SUMMARY) || any(d, EXPENSE_SUMMARY)
                    ? Optional.of("部门收入总表、部门支出总表有金额，应在此表中汇总") : Optional.empty();
            case INCOME_SUMMARY -> side(d, BudgetLine.Side.INCOME)
                    ? Optional.of("部门收支总表有收入，应在此表中按科目列出") : Optional.empty();
            case EXPENSE_SUMMARY -> side(d, BudgetLine.Side.EXPENSE)
                    ? Optional.of("部门收支总表有支出，应在此表中按科目列出") : Optional.empty();
            case FISCAL_SUMMARY -> line(d, BudgetLine.INCOME_GENERAL_PUBLIC) || line(d, BudgetLine.INCOME_GOV_FUND)
                    || line(d, BudgetLine.INCOME_STATE_CAPITAL)
                    ? Optional.of("部门收支总表有财政拨款收入，应在此表中列出") : Optional.empty();
            case GENERAL_PUBLIC_EXPENSE -> column(d, BudgetColumn.GENERAL_PUBLIC)
                    || line(d, BudgetLine.INCOME_GENERAL_PUBLIC)
                    ? Optional.of("有一般公共预算拨款，应在此表中按科目列出") : Optional.empty();
            case GENERAL_PUBLIC_BASIC -> d.tables().get(GENERAL_PUBLIC_EXPENSE)
                    .filter(t -> nonZero(t, BudgetColumn.BASIC) || nonZero(t, BudgetColumn.PERSONNEL)
                            || nonZero(t, BudgetColumn.PUBLIC_USE)).isPresent()
                    ? Optional.of("一般公共预算支出表有基本支出，应在此表中按经济分类列出") : Optional.empty();
            case THREE_PUBLIC -> Amounts.orZero(d.figures().get(cn.gongkai.domain.model.FigureKey.THREE_PUBLIC_TOTAL))
                    .signum() != 0 ? Optional.of("“三公”经费不为零，应在此表中列出") : Optional.empty();
            case GOV_FUND_EXPENSE -> column(d, BudgetColumn.GOV_FUND) || line(d, BudgetLine.INCOME_GOV_FUND)
                    ? Optional.of("有政府性基金预算拨款，应在此表中按科目列出") : Optional.empty();
            case STATE_CAPITAL_EXPENSE -> column(d, BudgetColumn.STATE_CAPITAL) || line(d, BudgetLine.INCOME_STATE_CAPITAL)
                    ? Optional.of("有国有资本经营预算拨款，应在此表中按科目列出") : Optional.empty();
        };
    }

    private static boolean any(Draft d, TableKind k) {
        return d.tables().get(k).filter(t -> !t.isEmpty()).isPresent();
    }

    /** 部门收支总表 has a non-zero amount on its income or its expense side. */
    private static boolean side(Draft d, BudgetLine.Side side) {
        return d.tables().get(INCOME_EXPENSE_SUMMARY).filter(t -> t.rows().stream()
                .filter(r -> r.key().fold(s -> side == BudgetLine.Side.EXPENSE,
                        l -> l.line().side() == side))
                .anyMatch(r -> nonZero(r))).isPresent();
    }

    /** 部门收支总表's income line holds a non-zero amount. */
    private static boolean line(Draft d, BudgetLine line) {
        return d.tables().get(INCOME_EXPENSE_SUMMARY).flatMap(t -> t.row(new RowKey.Line(line)))
                .filter(EmptyTablesRule::nonZero).isPresent();
    }

    /** 财政拨款收支总表's expenditure column holds a non-zero amount. */
    private static boolean column(Draft d, BudgetColumn c) {
        return d.tables().get(FISCAL_SUMMARY).filter(t -> nonZero(t, c)).isPresent();
    }

    private static boolean nonZero(BudgetTable t, BudgetColumn c) {
        return t.rows().stream().anyMatch(r -> Amounts.orZero(r.amount(c)).signum() != 0);
    }

    private static boolean nonZero(BudgetRow r) {
        return r.amounts().entrySet().stream().anyMatch(e -> !e.getKey().reference() && e.getValue().signum() != 0);
    }
}
