package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inside each standard table: the columns that add up do (合计 = 基本支出 + 项目支出 …), every 类 is the sum of its
 * 款 and every 款 of its 项, the 合计 row is the sum of the classes, and the two halves of the 收支总表 add up and
 * balance (收入总计 = 本年收入合计 + 上年结转结余 = 支出总计). Each finding names the table, row and column and both
 * amounts.
 */
public final class TableSumsRule implements Rule {
    /** Whether a total and its parts agree: exactly, or within the 尾差 the draft's amount style allows. */
    private interface Agreement {
        boolean agrees(BigDecimal total, List<BigDecimal> parts);
    }

    private final Agreement agreement;

    /** The rule of the standard validator: its check holds each table to the draft's amount style. */
    public TableSumsRule() {
        this((total, parts) -> Amounts.same(total, Amounts.sum(parts)));
    }

    private TableSumsRule(Agreement agreement) {
        this.agreement = agreement;
    }

    @Override
    public String id() {
        return "table-sums";
    }

    @Override
    public List<Problem> check(Draft d) {
        TableSumsRule rule = new TableSumsRule(d.header().amountStyle()::agrees);
        List<Problem> out = new ArrayList<>();
        for (BudgetTable t : d.tables().all()) {
            rule.table(t, out);
        }
        return out;
    }

    private void table(BudgetTable t, List<Problem> out) {
        columns(t, out);
        switch (t.kind().shape()) {
            case SUBJECTS -> hierarchy(t, out);
            case TWO_SIDED -> twoSided(t, out);
            case YEARS -> { }
        }
    }

    /**
     * Whether the table as printed — each amount rounded to the style's decimals — has a total that differs from the
     * sum of its printed parts (a 尾差 of rounding), which the printed table then explains in a note.
     */
    public static boolean printedWithTailDifference(BudgetTable t, cn.gongkai.domain.money.AmountStyle style) {
        if (style.places().isEmpty() || t.rows().stream().noneMatch(r -> r.amounts().values().stream()
                .anyMatch(style::rounds))) {
            return false;
        }
        int places = style.places().getAsInt();
        TableSumsRule rule = new TableSumsRule((total, parts) -> Amounts.same(round(total, places),
                Amounts.sum(parts.stream().map(p -> round(p, places)).toList())));
        List<Problem> found = new ArrayList<>();
        rule.table(t, found);
        return !found.isEmpty();
    }

    private static BigDecimal round(BigDecimal v, int places) {
        return v == null ? null : v.setScale(places, java.math.RoundingMode.HALF_UP);
    }

    /** Every row: a column that is the sum of others (a part the table lacks counts as zero). */
    private void columns(BudgetTable t, List<Problem> out) {
        for (BudgetRow r : t.rows()) {
            for (TableKind.ColumnSum sum : t.kind().sums()) {
                if (!t.columns().contains(sum.total()) || (r.amount(sum.total()) == null
                        && sum.parts().stream().allMatch(p -> t.amount(r, p) == null))) {
                    continue;
                }
                List<BigDecimal> partList = sum.parts().stream().map(p -> t.amount(r, p)).toList();
                BigDecimal parts = Amounts.sum(partList);
                if (!agreement.agrees(r.value(sum.total()), partList)) {
                    String detail = String.join(" + ", sum.parts().stream().filter(p -> t.amount(r, p) != null)
                            .map(p -> p.label() + Amounts.shown(t.amount(r, p))).toList());
                    out.add(error(t, r, sum.total(), "的" + sum.total().label() + "为" + money(t, r.value(sum.total()))
                            + "，但" + detail + " = " + money(t, parts), "核对这一行各栏的金额"));
                }
            }
        }
    }

    /** 类 = Σ 款, 款 = Σ 项, 合计 = Σ 类, column by column. */
    private void hierarchy(BudgetTable t, List<Problem> out) {
        Map<RowKey, List<BudgetRow>> byParent = new HashMap<>();
        RowKey totalKey = new RowKey.Line(BudgetLine.TOTAL);
        for (BudgetRow r : t.rows()) {
            r.key().fold(s -> byParent.computeIfAbsent(s.classification().parent(s.code())
                    .<RowKey>map(p -> new RowKey.Subject(s.classification(), p)).orElse(totalKey),
                    k -> new ArrayList<>()).add(r), l -> false);
        }
        for (BudgetRow parent : t.rows()) {
            List<BudgetRow> children = byParent.getOrDefault(parent.key(), List.of());
            boolean total = parent.key().equals(totalKey);
            if (children.isEmpty()) {
                continue;
            }
            String what = total ? "各类" : parent.key().fold(p -> p.level() == 1 ? "各款" : "各项", l -> "");
            for (BudgetColumn c : t.columns()) {
                List<BigDecimal> partList = children.stream().map(r -> r.amount(c)).toList();
                BigDecimal sum = Amounts.sum(partList);
                if (!agreement.agrees(parent.value(c), partList)) {
                    out.add(error(t, parent, c, "的" + c.label() + "为" + money(t, parent.value(c)) + "，但" + what
                            + "之和为" + money(t, sum) + "，相差" + money(t, parent.value(c).subtract(sum).abs()),
                            "核对" + (total ? "合计行" : "这一科目") + "和其下级科目的金额"));
                }
            }
        }
    }

    private void twoSided(BudgetTable t, List<Problem> out) {
        BudgetColumn in = BudgetColumn.AMOUNT;
        List<BudgetLine> categories = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            r.key().fold(s -> false, l -> l.line().side() == BudgetLine.Side.INCOME && isCategory(l.line())
                    && categories.add(l.line()));
        }
        boolean fiscalParts = categories.contains(BudgetLine.INCOME_GENERAL_PUBLIC)
                || categories.contains(BudgetLine.INCOME_GOV_FUND);
        if (fiscalParts && categories.remove(BudgetLine.INCOME_FISCAL)) {
            line(t, BudgetLine.INCOME_FISCAL, in, List.of(BudgetLine.INCOME_GENERAL_PUBLIC, BudgetLine.INCOME_GOV_FUND,
                    BudgetLine.INCOME_STATE_CAPITAL), out);
        }
        line(t, BudgetLine.INCOME_YEAR_TOTAL, in, categories, out);
        line(t, BudgetLine.INCOME_GRAND_TOTAL, in, List.of(BudgetLine.INCOME_YEAR_TOTAL, BudgetLine.CARRY_OVER_IN), out);
        List<BudgetColumn> expenseColumns = t.columns().stream()
                .filter(c -> c != BudgetColumn.AMOUNT || t.kind() == TableKind.INCOME_EXPENSE_SUMMARY).toList();
        t.line(BudgetLine.EXPENSE_YEAR_TOTAL).ifPresent(total -> {
            for (BudgetColumn c : expenseColumns) {
                List<BigDecimal> partList = t.rows().stream().filter(r -> r.key().fold(s -> s.level() == 1, l -> false))
                        .map(r -> r.amount(c)).toList();
                BigDecimal sum = Amounts.sum(partList);
                if (!agreement.agrees(total.value(c), partList)) {
                    out.add(error(t, total, c, "的" + c.label() + "为" + money(t, total.value(c)) + "，但各类支出之和为"
                            + money(t, sum), "核对本年支出合计和各类支出"));
                }
            }
        });
        BudgetColumn ex = t.kind() == TableKind.INCOME_EXPENSE_SUMMARY ? BudgetColumn.AMOUNT : BudgetColumn.TOTAL;
        line(t, BudgetLine.EXPENSE_GRAND_TOTAL, ex, List.of(BudgetLine.EXPENSE_YEAR_TOTAL, BudgetLine.CARRY_OVER_OUT),
                out);
        BigDecimal income = grand(t, BudgetLine.INCOME_GRAND_TOTAL, BudgetLine.INCOME_YEAR_TOTAL,
                BudgetLine.CARRY_OVER_IN, in);
        BigDecimal expense = grand(t, BudgetLine.EXPENSE_GRAND_TOTAL, BudgetLine.EXPENSE_YEAR_TOTAL,
                BudgetLine.CARRY_OVER_OUT, ex);
        if (income != null && expense != null && !agreement.agrees(income, List.of(expense))) {
            BudgetRow at = t.line(BudgetLine.EXPENSE_GRAND_TOTAL).or(() -> t.line(BudgetLine.EXPENSE_YEAR_TOTAL))
                    .orElseThrow();
            out.add(error(t, at, ex, "：收入总计" + money(t, income) + "与支出总计" + money(t, expense) + "不相等，相差"
                    + money(t, income.subtract(expense).abs()), "部门预算收支应平衡：核对收入、支出和结转结余"));
        }
    }

    private static boolean isCategory(BudgetLine l) {
        return l != BudgetLine.INCOME_YEAR_TOTAL && l != BudgetLine.CARRY_OVER_IN && l != BudgetLine.INCOME_GRAND_TOTAL;
    }

    /** The grand total as stated, or the year's total plus carry-over; null when neither is there. */
    private static BigDecimal grand(BudgetTable t, BudgetLine grand, BudgetLine year, BudgetLine carry, BudgetColumn c) {
        if (t.line(grand).map(r -> r.amount(c)).isPresent()) {
            return t.line(grand).get().amount(c);
        }
        if (t.line(year).map(r -> r.amount(c)).isEmpty()) {
            return null;
        }
        return t.value(new RowKey.Line(year), c).add(t.value(new RowKey.Line(carry), c));
    }

    /** A stated line against the sum of other lines (a line the table lacks counts as zero). */
    private void line(BudgetTable t, BudgetLine total, BudgetColumn c, List<BudgetLine> parts, List<Problem> out) {
        BudgetRow row = t.line(total).orElse(null);
        if (row == null || row.amount(c) == null || parts.stream().noneMatch(p -> t.line(p).isPresent())) {
            return;
        }
        List<BigDecimal> partList = parts.stream().map(p -> t.value(new RowKey.Line(p), c)).toList();
        BigDecimal sum = Amounts.sum(partList);
        if (!agreement.agrees(row.amount(c), partList)) {
            String detail = String.join(" + ", parts.stream().filter(p -> t.line(p).isPresent())
                    .map(p -> p.label() + Amounts.shown(t.value(new RowKey.Line(p), c))).toList());
            out.add(error(t, row, c, "为" + money(t, row.amount(c)) + "，但" + detail + " = " + money(t, sum),
                    "核对" + total.label() + "和各项"));
        }
    }

    private Problem error(BudgetTable t, BudgetRow r, BudgetColumn c, String message, String hint) {
        String name = rowName(r);
        return Problems.error(id(), Location.cell(t.kind(), r.key(), name, c), t.kind().title() + "“" + name + "”"
                + message, hint);
    }

    static String rowName(BudgetRow r) {
        return r.key().fold(s -> s.code() + (r.name().isEmpty() ? "" : " " + r.name()),
                l -> r.name().isEmpty() ? l.line().label() : r.name());
    }

    static String money(BudgetTable t, BigDecimal v) {
        return Problems.money(v, t.unit());
    }
}
