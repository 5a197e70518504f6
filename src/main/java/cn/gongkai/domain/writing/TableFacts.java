package cn.gongkai.domain.writing;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the 情况说明 of the post-reform template states from the standard tables, in the draft's money unit: the
 * 财政拨款 income and spending (表4), the 一般公共预算当年拨款 by class and by 项 with last year's amounts (表5),
 * 人员经费 and 公用经费 with their main 款 (表6), the 政府性基金 and 国有资本经营 spending (表8, 表9). The generated
 * paragraphs and the checks of the officer's own paragraphs both read them here, so the two cannot disagree.
 */
public final class TableFacts {
    /**
     * A subject row with its amount and, where known, last year's; {@code parents} names its 类 and 款 as the
     * 情况说明 writes them ("一般公共服务支出（类）人大事务（款）").
     */
    public record Line(String code, String name, String parents, BigDecimal amount, BigDecimal last, String note) {
        /** This year − last year; null when last year's amount is not known. */
        public BigDecimal change() {
            return last == null ? null : amount.subtract(last);
        }
    }

    private final Draft d;
    private final MoneyUnit unit;

    public TableFacts(Draft d) {
        this.d = d;
        this.unit = d.header().moneyUnit();
    }

    public MoneyUnit unit() {
        return unit;
    }

    private Optional<BudgetTable> table(TableKind k) {
        return d.tables().get(k);
    }

    private BigDecimal money(BudgetTable t, BigDecimal v) {
        return Amounts.convert(v, t.unit(), unit);
    }

    private BigDecimal totalOf(TableKind k, BudgetColumn c) {
        return table(k).flatMap(t -> t.totalRow().map(r -> money(t, Amounts.orZero(t.amount(r, c)))))
                .orElse(BigDecimal.ZERO);
    }

    /** Whether a table holds any amount. */
    public boolean hasAmounts(TableKind k) {
        return table(k).map(t -> !t.isEmpty()).orElse(false);
    }

    /** 财政拨款 income by line of 财政拨款收支总表 (一般公共预算, 政府性基金, 国有资本经营), those with an amount. */
    public List<Line> fiscalIncome() {
        List<Line> out = new ArrayList<>();
        table(TableKind.FISCAL_SUMMARY).ifPresent(t -> {
            for (BudgetLine l : List.of(BudgetLine.INCOME_GENERAL_PUBLIC, BudgetLine.INCOME_GOV_FUND,
                    BudgetLine.INCOME_STATE_CAPITAL)) {
                t.line(l).map(r -> r.amount(BudgetColumn.AMOUNT)).filter(v -> v.signum() != 0)
                        .ifPresent(v -> out.add(new Line("", l.label(), "", money(t, v), null, "")));
            }
        });
        return out;
    }

    public BigDecimal fiscalIncomeTotal() {
        return Amounts.sum(fiscalIncome().stream().map(Line::amount).toList());
    }

    /** 财政拨款 spending: 本年支出合计 of 财政拨款收支总表, or the sum of its classes. */
    public BigDecimal fiscalExpenseTotal() {
        return table(TableKind.FISCAL_SUMMARY).map(t -> t.line(BudgetLine.EXPENSE_YEAR_TOTAL)
                .map(r -> money(t, r.value(BudgetColumn.TOTAL)))
                .orElseGet(() -> Amounts.sum(classes(t, BudgetColumn.TOTAL).stream().map(Line::amount).toList())))
                .orElse(BigDecimal.ZERO);
    }

    /** The 功能分类 classes of 财政拨款收支总表 with their 合计. */
    public List<Line> fiscalClasses() {
        return table(TableKind.FISCAL_SUMMARY).map(t -> classes(t, BudgetColumn.TOTAL)).orElse(List.of());
    }

    /** The classes of 部门支出总表 with their 合计. */
    public List<Line> expenseClasses() {
        return table(TableKind.EXPENSE_SUMMARY).map(t -> classes(t, BudgetColumn.TOTAL)).orElse(List.of());
    }

    /** 一般公共预算当年拨款: the 合计 of 一般公共预算支出表. */
    public BigDecimal generalPublic() {
        return totalOf(TableKind.GENERAL_PUBLIC_EXPENSE, BudgetColumn.TOTAL);
    }

    /** Last year's 一般公共预算当年拨款: the table's 上年预算数, else the figure the officer typed; null if neither. */
    public BigDecimal generalPublicLast() {
        Optional<BigDecimal> fromTable = table(TableKind.GENERAL_PUBLIC_EXPENSE)
                .filter(t -> t.columns().contains(BudgetColumn.LAST_YEAR_TOTAL))
                .flatMap(t -> t.totalRow().map(r -> money(t, r.value(BudgetColumn.LAST_YEAR_TOTAL))));
        return fromTable.orElse(d.figures().get(FigureKey.LAST_GENERAL_PUBLIC));
    }

    /** The classes of 一般公共预算支出表 with their 合计. */
    public List<Line> generalPublicClasses() {
        return table(TableKind.GENERAL_PUBLIC_EXPENSE).map(t -> classes(t, BudgetColumn.TOTAL)).orElse(List.of());
    }

    /** The share of a part in a whole, as printed: "38.52%"; "0%" of nothing. */
    public static String share(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0%";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * The 项 of 一般公共预算支出表 that have money this year or had last year, in table order, each with last year's
     * amount (zero when the table has last year's column and the cell is blank; null when it has no such column).
     */
    public List<Line> generalPublicItems() {
        List<Line> out = new ArrayList<>();
        table(TableKind.GENERAL_PUBLIC_EXPENSE).ifPresent(t -> {
            boolean last = t.columns().contains(BudgetColumn.LAST_YEAR_TOTAL);
            for (BudgetRow r : t.rows()) {
                if (r.key().fold(s -> s.level() != 3, l -> true)) {
                    continue;
                }
                BigDecimal now = money(t, Amounts.orZero(t.amount(r, BudgetColumn.TOTAL)));
                BigDecimal before = last ? money(t, r.value(BudgetColumn.LAST_YEAR_TOTAL)) : null;
                if (now.signum() != 0 || (before != null && before.signum() != 0)) {
                    out.add(new Line(code(r), r.name(), parents(t, r), now, before, r.note()));
                }
            }
        });
        return out;
    }

    /** 一般公共预算基本支出 (表6 合计) and its 人员经费 and 公用经费. */
    public BigDecimal basic(BudgetColumn c) {
        return totalOf(TableKind.GENERAL_PUBLIC_BASIC, c);
    }

    /**
     * The main 款 of 人员经费 (经济分类 301 and 303) or of 公用经费 (302, 310 and the rest) in 表6, largest first.
     */
    public List<Line> basicParts(boolean personnel, int most) {
        List<Line> out = new ArrayList<>();
        table(TableKind.GENERAL_PUBLIC_BASIC).ifPresent(t -> {
            for (BudgetRow r : t.rows()) {
                Optional<String> code = r.key().fold(s -> s.level() == 2 ? Optional.of(s.code()) : Optional.empty(),
                        l -> Optional.empty());
                if (code.isEmpty()) {
                    continue;
                }
                boolean staff = code.get().startsWith("301") || code.get().startsWith("303");
                BigDecimal v = money(t, Amounts.orZero(t.amount(r, BudgetColumn.TOTAL)));
                if (staff == personnel && v.signum() > 0) {
                    out.add(new Line(code.get(), r.name(), "", v, null, ""));
                }
            }
        });
        out.sort(Comparator.comparing(Line::amount).reversed());
        return out.subList(0, Math.min(most, out.size()));
    }

    /** The 合计 of 政府性基金预算支出表 or 国有资本经营预算支出表, with its 基本支出 and 项目支出. */
    public BigDecimal spending(TableKind k, BudgetColumn c) {
        return totalOf(k, c);
    }

    /** The classes of a table with the table's 合计 column. */
    public List<Line> classesOf(TableKind k) {
        return table(k).map(t -> classes(t, BudgetColumn.TOTAL)).orElse(List.of());
    }

    private List<Line> classes(BudgetTable t, BudgetColumn c) {
        List<Line> out = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            if (r.key().fold(s -> s.level() == 1, l -> false)) {
                BigDecimal v = money(t, Amounts.orZero(t.amount(r, c)));
                if (v.signum() != 0) {
                    out.add(new Line(code(r), r.name(), "", v, null, r.note()));
                }
            }
        }
        return out;
    }

    /** "类名（类）款名（款）" of a 项, from the rows above it in the table (the catalogue's levels where missing). */
    private static String parents(BudgetTable t, BudgetRow r) {
        StringBuilder sb = new StringBuilder();
        String code = code(r);
        for (int level = 1; level < 3; level++) {
            String prefix = code.substring(0, level == 1 ? 3 : 5);
            String name = t.row(new RowKey.Subject(cn.gongkai.domain.budget.Classification.FUNCTION, prefix))
                    .map(BudgetRow::name).orElse("");
            if (!name.isEmpty()) {
                sb.append(name).append(level == 1 ? "（类）" : "（款）");
            }
        }
        return sb.toString();
    }

    private static String code(BudgetRow r) {
        return r.key().fold(RowKey.Subject::code, l -> "");
    }
}
