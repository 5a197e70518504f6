package cn.gongkai.domain.writing;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.gongkai.domain.model.FigureKey.*;

/**
 * The paragraphs of the post-reform 情况说明 that are written from the standard tables, worded as published Hebei
 * disclosures word them: 收入预算 and 支出预算 by category, 财政拨款收支总体情况, 一般公共预算当年拨款 (规模变化,
 * 结构, 具体使用情况 one line per 项), 基本支出, 政府性基金 and 国有资本经营 spending (or the empty table's
 * statement), 绩效目标设置情况. A change against last year without the officer's reason is written
 * "主要原因是……" and the checks flag it until the reason is written.
 */
final class ReformNarratives {
    /** Printed where the officer has yet to write the reason for a change. */
    static final String MISSING_REASON = "……";

    private final Draft d;
    private final TableFacts facts;
    private final String unit;
    private final AmountStyle style;
    private final int year;

    ReformNarratives(Draft d) {
        this.d = d;
        this.facts = new TableFacts(d);
        this.unit = d.header().moneyUnit().label();
        this.style = d.header().amountStyle();
        this.year = d.header().budgetYear();
    }

    private String money(BigDecimal v) {
        return style.inText(v) + unit;
    }

    private String figure(FigureKey k) {
        return money(d.figures().get(k));
    }

    String income() {
        BigDecimal total = Amounts.orZero(d.figures().get(INCOME_TOTAL));
        BigDecimal carry = Amounts.orZero(d.figures().get(INCOME_CARRY_OVER));
        BigDecimal all = total.add(carry);
        List<String> parts = new ArrayList<>();
        for (FigureKey k : List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND, INCOME_STATE_CAPITAL, INCOME_FISCAL_SPECIAL,
                INCOME_UNIT_FUNDS, INCOME_BUSINESS, INCOME_OPERATING, INCOME_OTHER)) {
            BigDecimal v = d.figures().get(k);
            if (v != null && v.signum() != 0) {
                parts.add(k.label(d.header().profile()) + money(v) + "，占" + TableFacts.share(v, all));
            }
        }
        if (carry.signum() != 0) {
            parts.add("上年结转结余" + money(carry) + "，占" + TableFacts.share(carry, all));
        }
        return year + "年收入预算" + (carry.signum() != 0 ? "总计" + money(all) : money(total))
                + (parts.isEmpty() ? "" : "，其中：" + String.join("；", parts)) + "。";
    }

    String expense() {
        BigDecimal total = Amounts.orZero(d.figures().get(EXPENSE_TOTAL));
        StringBuilder sb = new StringBuilder().append(year).append("年支出预算").append(money(total))
                .append("，其中：基本支出").append(figure(EXPENSE_BASIC)).append("，占")
                .append(TableFacts.share(Amounts.orZero(d.figures().get(EXPENSE_BASIC)), total))
                .append("；项目支出").append(figure(EXPENSE_PROJECT)).append("，占")
                .append(TableFacts.share(Amounts.orZero(d.figures().get(EXPENSE_PROJECT)), total));
        String focus = d.texts().own(TextKey.PROJECT_FOCUS);
        if (!focus.isBlank()) {
            sb.append("，项目支出主要用于").append(trimEnd(focus.replaceFirst("^主要(用于|为)", "")));
        }
        sb.append("。");
        BigDecimal carry = Amounts.orZero(d.figures().get(EXPENSE_CARRY_FORWARD));
        if (carry.signum() != 0) {
            sb.append("年终结转结余").append(money(carry)).append("。");
        }
        List<TableFacts.Line> classes = facts.expenseClasses();
        if (!classes.isEmpty()) {
            sb.append("按支出功能分类：").append(list(classes, total)).append("。");
        }
        return sb.toString();
    }

    String fiscal() {
        List<TableFacts.Line> income = facts.fiscalIncome();
        if (income.isEmpty() && facts.fiscalExpenseTotal().signum() == 0) {
            return year + "年本部门没有财政拨款收支预算。";
        }
        StringBuilder sb = new StringBuilder().append(year).append("年财政拨款收入预算")
                .append(money(facts.fiscalIncomeTotal()));
        if (!income.isEmpty()) {
            sb.append("，其中：").append(String.join("，", income.stream()
                    .map(l -> l.name().replaceFirst("收入$", "") + money(l.amount())).toList()));
        }
        BigDecimal spending = facts.fiscalExpenseTotal();
        sb.append("；财政拨款支出预算").append(money(spending));
        List<TableFacts.Line> classes = facts.fiscalClasses();
        if (!classes.isEmpty()) {
            sb.append("，其中：").append(list(classes, null));
        }
        return sb.append("。").toString();
    }

    String scale() {
        BigDecimal now = facts.generalPublic();
        BigDecimal last = facts.generalPublicLast();
        StringBuilder sb = new StringBuilder().append(year).append("年一般公共预算当年拨款").append(money(now));
        if (last == null) {
            return sb.append("。").toString();
        }
        BigDecimal diff = now.subtract(last);
        if (diff.signum() == 0) {
            return sb.append("，与上年持平。").toString();
        }
        sb.append("，比上年").append(Narratives.changeWords(diff, unit, style));
        if (last.signum() != 0) {
            sb.append("，").append(diff.signum() > 0 ? "增长" : "下降").append(Narratives.rate(diff, last));
        }
        String reason = d.texts().own(TextKey.GENERAL_PUBLIC_SCALE_REASON);
        return sb.append("，主要原因是").append(reason.isBlank() ? MISSING_REASON
                : trimEnd(reason.replaceFirst("^主要原因是", ""))).append("。").toString();
    }

    String structure() {
        BigDecimal total = facts.generalPublic();
        List<TableFacts.Line> classes = facts.generalPublicClasses();
        if (classes.isEmpty()) {
            return year + "年本部门没有一般公共预算当年拨款。";
        }
        return year + "年一般公共预算当年拨款" + money(total) + "，按支出功能分类：" + list(classes, total) + "。";
    }

    String items() {
        List<TableFacts.Line> items = facts.generalPublicItems();
        if (items.isEmpty()) {
            return year + "年本部门没有一般公共预算当年拨款。";
        }
        List<String> lines = new ArrayList<>();
        int n = 1;
        for (TableFacts.Line l : items) {
            StringBuilder sb = new StringBuilder().append(n++).append(". ").append(l.parents()).append(l.name())
                    .append("（项）").append(year).append("年预算数为").append(money(l.amount()));
            BigDecimal diff = l.change();
            if (diff != null) {
                if (diff.signum() == 0) {
                    sb.append("，与上年持平");
                } else {
                    sb.append("，比上年").append(Narratives.changeWords(diff, unit, style));
                    if (l.last().signum() != 0) {
                        sb.append("（").append(diff.signum() > 0 ? "增长" : "下降").append(Narratives.rate(diff, l.last()))
                                .append("）");
                    } else {
                        sb.append("（上年未安排）");
                    }
                    sb.append("，主要原因是").append(l.note().isBlank() ? MISSING_REASON
                            : trimEnd(l.note().replaceFirst("^主要原因是", "")));
                }
            }
            lines.add(sb.append("。").toString());
        }
        return String.join("\n", lines);
    }

    String basic() {
        BigDecimal total = facts.basic(BudgetColumn.TOTAL);
        if (total.signum() == 0) {
            return year + "年本部门没有一般公共预算基本支出。";
        }
        return year + "年一般公共预算基本支出" + money(total) + "，其中：人员经费"
                + money(facts.basic(BudgetColumn.PERSONNEL)) + including(facts.basicParts(true, 6))
                + "；公用经费" + money(facts.basic(BudgetColumn.PUBLIC_USE)) + including(facts.basicParts(false, 8))
                + "。";
    }

    private static String including(List<TableFacts.Line> parts) {
        return parts.isEmpty() ? "" : "，主要包括：" + String.join("、", parts.stream().map(TableFacts.Line::name).toList());
    }

    String govFund() {
        return spending(TableKind.GOV_FUND_EXPENSE, "政府性基金预算");
    }

    String stateCapital() {
        return spending(TableKind.STATE_CAPITAL_EXPENSE, "国有资本经营预算");
    }

    /** The spending of 表8 or 表9, or — the table being empty — its 空表说明 (a standard one if none is written). */
    private String spending(TableKind k, String what) {
        if (!facts.hasAmounts(k)) {
            String statement = d.tables().get(k).map(BudgetTable::emptyStatement).orElse("");
            return statement.isBlank() ? "本部门" + year + "年没有使用" + what + "拨款安排的支出，" + k.title() + "为空表。"
                    : statement;
        }
        BigDecimal total = facts.spending(k, BudgetColumn.TOTAL);
        StringBuilder sb = new StringBuilder().append(year).append("年").append(what).append("支出").append(money(total))
                .append("，其中：基本支出").append(money(facts.spending(k, BudgetColumn.BASIC)))
                .append("，项目支出").append(money(facts.spending(k, BudgetColumn.PROJECT)));
        List<TableFacts.Line> classes = facts.classesOf(k);
        if (!classes.isEmpty()) {
            sb.append("。按支出功能分类：").append(list(classes, null));
        }
        return sb.append("。").toString();
    }

    String performance() {
        Performance p = d.performance();
        if (p.duties().isEmpty()) {
            return year + "年本部门尚未设置绩效目标。";
        }
        List<BigDecimal> amounts = p.duties().stream().map(Duty::amount).filter(a -> a != null).toList();
        StringBuilder sb = new StringBuilder("按照全面实施预算绩效管理的要求，").append(year).append("年本部门对")
                .append(p.duties().size()).append("项部门职责、").append(p.activityCount()).append("项工作活动设置了绩效目标，共")
                .append(p.indicatorCount()).append("个绩效指标");
        if (!amounts.isEmpty()) {
            sb.append("，涉及预算资金").append(style.inText(Amounts.sum(amounts))).append(p.unit().label());
        }
        return sb.append("。具体见部门职责—工作活动绩效目标表。").toString();
    }

    /** "一般公共服务支出680万元，占57.63%；…" (the shares left out without a whole). */
    private String list(List<TableFacts.Line> lines, BigDecimal whole) {
        return String.join("；", lines.stream().map(l -> l.name() + money(l.amount())
                + (whole == null ? "" : "，占" + TableFacts.share(l.amount(), whole))).toList());
    }

    static String trimEnd(String s) {
        return s.strip().replaceAll("[。；，,;]+$", "");
    }
}
