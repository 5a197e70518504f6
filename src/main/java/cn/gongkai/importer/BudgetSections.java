package cn.gongkai.importer;

import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.reading.Statements.Kind;
import cn.gongkai.domain.reading.Statements.Statement;
import cn.gongkai.domain.reading.Statements;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.model.FigureKey.*;

/**
 * Sections 二 (income, expenditure, change), 三 (机关运行经费) and 四 (三公): figures read from the sentences
 * ({@link Statements}) and from small tables ({@link FigureTables}), last year's from the changes stated.
 */
final class BudgetSections {
    private static final Pattern PROJECT = Pattern.compile("([\\u4e00-\\u9fa5]{2,30}项目)安排" + Amount.NUMBER + "万元");
    private static final List<TextKey> BUDGET_TEXTS = List.of(TextKey.INCOME, TextKey.EXPENSE, TextKey.CHANGE);

    private BudgetSections() {
    }

    static void budget(SectionBlocks s, DraftBuilder b) {
        TextKey current = TextKey.BUDGET_INTRO;
        boolean headed = false;
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                FigureTables.read(t, Section.BUDGET, b, s);
                continue;
            }
            Para p = (Para) block;
            Optional<TextKey> sub = subheading(p.text());
            if (sub.isPresent()) {
                current = sub.get();
                headed = true;
            } else {
                b.appendText(headed ? current : byContent(p.text(), b.year), p.text());
            }
        }
        // the main figures are in 元 when the first one stated is
        BUDGET_TEXTS.stream().flatMap(k -> Statements.in(k, b.text(k), b.year).stream())
                .filter(st -> st.kind() == Kind.VALUE).findFirst()
                .filter(st -> st.unit() == MoneyUnit.YUAN && b.figures.isEmpty()).ifPresent(st -> b.moneyUnit = MoneyUnit.YUAN);
        BUDGET_TEXTS.forEach(b::fillFrom);
        BUDGET_TEXTS.forEach(b::lastYearFrom);
        allOneKind(b);
        Matcher pm = PROJECT.matcher(b.text(TextKey.INCOME) + "\n" + b.text(TextKey.EXPENSE));
        while (pm.find()) {
            b.majorProjects.add(new NamedAmount(pm.group(1).replaceFirst("^(例如|如|其中)", ""),
                    new BigDecimal(pm.group(2))));
        }
    }

    /** "收入…全部为一般公共预算拨款": the one kind of income, the whole total, where no part is stated. */
    private static final Pattern ALL_ONE_KIND = Pattern.compile("全部(?:为|是|来源于|来自)([\\u4e00-\\u9fa5“”]{2,20}?)[，。；,;（(]");

    private static void allOneKind(DraftBuilder b) {
        BigDecimal total = b.figures.get(INCOME_TOTAL);
        boolean anyPart = b.figures.keySet().stream().anyMatch(k -> k != INCOME_TOTAL && k.code().startsWith("income."));
        Matcher m = ALL_ONE_KIND.matcher(String.join("\n", b.text(TextKey.INCOME), b.text(TextKey.EXPENSE)));
        if (total == null || anyPart || !m.find()) {
            return;
        }
        cn.gongkai.domain.reading.Subjects.in(Section.BUDGET, cn.gongkai.domain.reading.Subjects.topic(m.group(1)))
                .map(cn.gongkai.domain.reading.Subjects.Match::figures).filter(f -> f.size() == 1)
                .map(f -> f.get(0)).filter(k -> k != INCOME_TOTAL && k.code().startsWith("income."))
                .ifPresent(k -> {
                    b.figure(k, total);
                    b.evidence.put(k, k.label() + " " + Amounts.shown(total) + b.moneyUnit.label() + " ← “" + m.group()
                            .substring(0, m.group().length() - 1) + "”：收入合计全部为此项");
                });
    }

    /**
     * A sub-heading of section 二 in any numbering ("1、收入说明", "（一）收入预算", "三、比上年增减情况"): which
     * paragraph the text under it belongs to.
     */
    static Optional<TextKey> subheading(String paragraph) {
        String t = Numbering.strip(SectionBlocks.squeeze(paragraph)).replaceFirst("[：:]$", "");
        if (t.length() > 16 || t.isEmpty() || t.matches(".*(\\d|[。；;，,]$).*")) {
            return Optional.empty();
        }
        if (t.matches(".*(增减|比上年|与上年|较上年|上年对比|变化|变动).*")) {
            return Optional.of(TextKey.CHANGE);
        }
        boolean income = t.contains("收入");
        boolean expense = t.contains("支出");
        if (income != expense && t.matches(".*(说明|预算|情况|安排|总体|概况)$|收入|支出")) {
            return Optional.of(income ? TextKey.INCOME : TextKey.EXPENSE);
        }
        return Optional.empty();
    }

    /** Without sub-headings, a paragraph goes where its figures say: income, expenditure, the change, or the intro. */
    static TextKey byContent(String paragraph, int year) {
        List<Statement> all = Statements.in(TextKey.INCOME, paragraph, year);
        if (all.isEmpty()) {
            return TextKey.BUDGET_INTRO;
        }
        if (all.stream().allMatch(st -> st.kind() == Kind.CHANGE)) {
            return TextKey.CHANGE;
        }
        boolean income = all.stream().anyMatch(st -> st.kind() == Kind.VALUE && st.figures().stream()
                .anyMatch(k -> k.code().startsWith("income.")));
        return income ? TextKey.INCOME : TextKey.EXPENSE;
    }

    static void runningCosts(SectionBlocks s, DraftBuilder b) {
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                FigureTables.costItems(t, b, s);
            } else {
                b.appendText(TextKey.RUNNING_COSTS, ((Para) block).text());
            }
        }
        String t = b.text(TextKey.RUNNING_COSTS);
        Optional<Statement> total = Statements.first(TextKey.RUNNING_COSTS, t, b.year, RUNNING_COST_TOTAL);
        total.ifPresent(b::stated);
        if (!b.costItems.isEmpty()) {
            return; // a table listed them
        }
        int from = total.map(Statement::end).orElse(Integer.MAX_VALUE);
        for (Statements.Part p : Statements.parts(t)) {
            String name = p.topic();
            if (p.end() <= from || p.change() || name.isEmpty() || name.length() > 20
                    || Statements.first(TextKey.RUNNING_COSTS, p.clause(), b.year, RUNNING_COST_TOTAL).isPresent()) {
                continue;
            }
            b.costItems.add(new CostItem(name, p.amount(), p.unit()));
        }
    }

    static void threePublic(SectionBlocks s, DraftBuilder b) {
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                FigureTables.read(t, Section.THREE_PUBLIC, b, s);
            } else {
                b.appendText(TextKey.THREE_PUBLIC, ((Para) block).text());
            }
        }
        b.fillFrom(TextKey.THREE_PUBLIC);
        b.lastYearFrom(TextKey.THREE_PUBLIC);
        // an item whose change is not stated is as last year
        for (FigureKey item : List.of(THREE_PUBLIC_ABROAD, THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_OPERATION,
                THREE_PUBLIC_RECEPTION)) {
            if (b.figures.containsKey(item)) {
                b.figure(item.lastYear().orElseThrow(), b.figures.get(item));
            }
        }
        if (b.figures.containsKey(THREE_PUBLIC_TOTAL)) {
            b.figure(LAST_THREE_PUBLIC_TOTAL, Amounts.sum(List.of(
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_ABROAD)),
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_VEHICLE_PURCHASE)),
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_VEHICLE_OPERATION)),
                    Amounts.orZero(b.figures.get(LAST_THREE_PUBLIC_RECEPTION)))));
        }
    }
}
