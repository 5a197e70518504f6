package cn.gongkai.importer;

import cn.gongkai.domain.CostItem;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.NamedAmount;
import cn.gongkai.domain.Statements;
import cn.gongkai.domain.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.importer.TextBlocks.Para;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.FigureKey.*;

/** Sections 二 (income, expenditure, change), 三 (机关运行经费) and 四 (三公): figures read from the sentences. */
final class BudgetSections {
    private static final Pattern ITEM = Pattern.compile("([^\\d，、。；：:,;]+?)" + Amount.NUMBER + Amount.UNIT);
    private static final Pattern PROJECT = Pattern.compile("([\\u4e00-\\u9fa5]{2,30}项目)安排" + Amount.NUMBER + "万元");

    private BudgetSections() {
    }

    static void budget(SectionBlocks s, DraftBuilder b) {
        TextKey current = TextKey.BUDGET_INTRO;
        for (Para p : s.paras()) {
            String t = SectionBlocks.squeeze(p.text());
            if (t.matches("^\\d[、.．]?收入说明$")) {
                current = TextKey.INCOME;
            } else if (t.matches("^\\d[、.．]?支出说明$")) {
                current = TextKey.EXPENSE;
            } else if (t.matches("^\\d[、.．]?比上年增减情况$")) {
                current = TextKey.CHANGE;
            } else {
                b.appendText(current, p.text());
            }
        }
        String income = b.text(TextKey.INCOME);
        Statements.first(TextKey.INCOME, income, b.year, INCOME_TOTAL).filter(f -> f.unit() == MoneyUnit.YUAN)
                .ifPresent(f -> b.moneyUnit = MoneyUnit.YUAN); // the main figures are in 元 when the total is
        b.fillFrom(TextKey.INCOME);
        String expense = b.text(TextKey.EXPENSE);
        b.fillFrom(TextKey.EXPENSE);
        Matcher pm = PROJECT.matcher(expense);
        while (pm.find()) {
            b.majorProjects.add(new NamedAmount(pm.group(1).replaceFirst("^(例如|如|其中)", ""),
                    new BigDecimal(pm.group(2))));
        }

        String change = b.text(TextKey.CHANGE);
        lastYear(b, LAST_TOTAL, EXPENSE_TOTAL, Amount.change(change, "较(\\d{4}年|去年|上年)(预算)?"));
        lastYear(b, LAST_BASIC, EXPENSE_BASIC, Amount.change(change, "基本支出"));
        lastYear(b, LAST_PROJECT, EXPENSE_PROJECT, Amount.change(change, "项目支出"));
    }

    private static void lastYear(DraftBuilder b, FigureKey last, FigureKey current, Optional<BigDecimal> change) {
        BigDecimal now = b.figures.get(current);
        if (now != null && change.isPresent()) {
            b.figure(last, Amounts.normalize(now.subtract(change.get())));
        }
    }

    static void runningCosts(SectionBlocks s, DraftBuilder b) {
        s.paras().forEach(p -> b.appendText(TextKey.RUNNING_COSTS, p.text()));
        String t = b.text(TextKey.RUNNING_COSTS);
        Optional<Statements.Statement> total = Statements.first(TextKey.RUNNING_COSTS, t, b.year, RUNNING_COST_TOTAL);
        total.ifPresent(b::stated);
        Matcher m = ITEM.matcher(t);
        int from = total.map(Statements.Statement::end).orElse(t.length());
        while (m.find(from)) {
            String name = m.group(1).replaceFirst("^(主要用于|其中|包括|用于)", "").strip();
            if (!name.isEmpty()) {
                MoneyUnit unit = m.group(3).equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
                b.costItems.add(new CostItem(name, new BigDecimal(m.group(2)), unit));
            }
            from = m.end();
        }
    }

    static void threePublic(SectionBlocks s, DraftBuilder b) {
        s.paras().forEach(p -> b.appendText(TextKey.THREE_PUBLIC, p.text()));
        String t = b.text(TextKey.THREE_PUBLIC);
        b.fillFrom(TextKey.THREE_PUBLIC);
        last(b, t, LAST_THREE_PUBLIC_ABROAD, THREE_PUBLIC_ABROAD, "因公出国[（(]境[）)]费");
        last(b, t, LAST_THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置(费)?");
        last(b, t, LAST_THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_VEHICLE_OPERATION,
                "(公务用车(运维|运行维护|运行)费|公务用车购置及运维费)");
        last(b, t, LAST_THREE_PUBLIC_RECEPTION, THREE_PUBLIC_RECEPTION, "公务接待费");
        Optional<BigDecimal> totalChange = Amount.change(t, "(与|较)(\\d{4}年|去年|上年)(相比)?");
        BigDecimal now = b.figures.get(THREE_PUBLIC_TOTAL);
        if (now != null && totalChange.isPresent()) {
            b.figure(LAST_THREE_PUBLIC_TOTAL, Amounts.normalize(now.subtract(totalChange.get())));
        } else if (now != null) {
            b.figure(LAST_THREE_PUBLIC_TOTAL, Amounts.sum(java.util.List.of(
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_ABROAD)),
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_VEHICLE_PURCHASE)),
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_VEHICLE_OPERATION)),
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_RECEPTION)))));
        }
    }

    /** Last year's item: this year's less the stated change; unchanged where no change is stated. */
    private static void last(DraftBuilder b, String text, FigureKey last, FigureKey current, String label) {
        BigDecimal now = b.figures.get(current);
        if (now == null) {
            return;
        }
        // the change is stated after the amount: "公务接待费29.00万元，同比减少3.3万元" or "公务接待费减少0.01万元"
        Matcher m = Pattern.compile(label + "(?:[为是]?\\s*" + Amount.NUMBER + Amount.UNIT
                + "[，,]?\\s*(?:同比|与上年相比|较上年|比上年)?)?"
                + "(增加|减少)\\s*" + Amount.NUMBER + Amount.UNIT).matcher(text);
        BigDecimal change = BigDecimal.ZERO;
        while (m.find()) {
            BigDecimal v = new BigDecimal(m.group(m.groupCount() - 1));
            change = m.group(m.groupCount() - 2).equals("减少") ? v.negate() : v;
        }
        b.figure(last, Amounts.normalize(now.subtract(change)));
    }
}
