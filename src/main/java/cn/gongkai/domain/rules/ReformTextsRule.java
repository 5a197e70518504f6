package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.domain.writing.TableFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amounts an officer's own paragraph of the post-reform 情况说明 states must be the tables' amounts: each
 * paragraph's totals ("财政拨款收入预算1180万元"), every class or 项 it names with an amount, and every change against
 * last year it states ("比上年增加12万元"). A paragraph left in the generated wording says what the tables say and
 * is not checked. (Figures of the older wording are {@link TextFiguresRule}'s.)
 */
public final class ReformTextsRule implements Rule {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*(万元|元)";
    private static final Pattern CHANGE = Pattern.compile("^[^。；;\\n]{0,40}?比上年(增加|减少)\\s*" + NUMBER);

    /** A label the paragraph states an amount after, and the amount it must be. */
    private record Stated(TextKey text, String label, String name, Function<Ctx, BigDecimal> value) {
    }

    /** The draft and its table facts, for the values. */
    private record Ctx(Draft d, TableFacts f) {
        BigDecimal fig(FigureKey k) {
            return Amounts.orZero(d.figures().get(k));
        }
    }

    private static final List<Stated> STATED = List.of(
            new Stated(TextKey.INCOME, "收入预算总计", "收入预算总计",
                    c -> c.fig(FigureKey.INCOME_TOTAL).add(c.fig(FigureKey.INCOME_CARRY_OVER))),
            new Stated(TextKey.INCOME, "年收入预算(?!总计)", "本年收入预算", c -> c.fig(FigureKey.INCOME_TOTAL)),
            new Stated(TextKey.INCOME, "政府性基金预算拨款收入", "政府性基金预算拨款收入", c -> c.fig(FigureKey.INCOME_GOV_FUND)),
            new Stated(TextKey.INCOME, "国有资本经营预算拨款收入", "国有资本经营预算拨款收入",
                    c -> c.fig(FigureKey.INCOME_STATE_CAPITAL)),
            new Stated(TextKey.INCOME, "财政专户管理资金收入", "财政专户管理资金收入", c -> c.fig(FigureKey.INCOME_FISCAL_SPECIAL)),
            new Stated(TextKey.INCOME, "单位资金收入", "单位资金收入", c -> c.fig(FigureKey.INCOME_UNIT_FUNDS)),
            new Stated(TextKey.INCOME, "上年结转结余", "上年结转结余", c -> c.fig(FigureKey.INCOME_CARRY_OVER)),
            new Stated(TextKey.EXPENSE, "年终结转结余", "年终结转结余", c -> c.fig(FigureKey.EXPENSE_CARRY_FORWARD)),
            new Stated(TextKey.FISCAL_OVERVIEW, "财政拨款收入预算", "财政拨款收入预算", c -> c.f().fiscalIncomeTotal()),
            new Stated(TextKey.FISCAL_OVERVIEW, "财政拨款支出预算", "财政拨款支出预算", c -> c.f().fiscalExpenseTotal()),
            new Stated(TextKey.FISCAL_OVERVIEW, "一般公共预算拨款(?!收入)", "一般公共预算拨款",
                    c -> fiscalLine(c, "一般公共预算拨款收入")),
            new Stated(TextKey.FISCAL_OVERVIEW, "政府性基金预算拨款(?!收入)", "政府性基金预算拨款",
                    c -> fiscalLine(c, "政府性基金预算拨款收入")),
            new Stated(TextKey.FISCAL_OVERVIEW, "国有资本经营预算拨款(?!收入)", "国有资本经营预算拨款",
                    c -> fiscalLine(c, "国有资本经营预算拨款收入")),
            new Stated(TextKey.GENERAL_PUBLIC_SCALE, "一般公共预算当年拨款", "一般公共预算当年拨款",
                    c -> c.f().generalPublic()),
            new Stated(TextKey.GENERAL_PUBLIC_STRUCTURE, "一般公共预算当年拨款", "一般公共预算当年拨款",
                    c -> c.f().generalPublic()),
            new Stated(TextKey.GENERAL_PUBLIC_BASIC, "基本支出", "一般公共预算基本支出",
                    c -> c.f().basic(BudgetColumn.TOTAL)),
            new Stated(TextKey.GENERAL_PUBLIC_BASIC, "人员经费", "人员经费", c -> c.f().basic(BudgetColumn.PERSONNEL)),
            new Stated(TextKey.GENERAL_PUBLIC_BASIC, "公用经费", "公用经费", c -> c.f().basic(BudgetColumn.PUBLIC_USE)),
            new Stated(TextKey.GOV_FUND_EXPENSE, "政府性基金预算支出", "政府性基金预算支出",
                    c -> c.f().spending(TableKind.GOV_FUND_EXPENSE, BudgetColumn.TOTAL)),
            new Stated(TextKey.GOV_FUND_EXPENSE, "基本支出", "基本支出",
                    c -> c.f().spending(TableKind.GOV_FUND_EXPENSE, BudgetColumn.BASIC)),
            new Stated(TextKey.GOV_FUND_EXPENSE, "项目支出", "项目支出",
                    c -> c.f().spending(TableKind.GOV_FUND_EXPENSE, BudgetColumn.PROJECT)),
            new Stated(TextKey.STATE_CAPITAL_EXPENSE, "国有资本经营预算支出", "国有资本经营预算支出",
                    c -> c.f().spending(TableKind.STATE_CAPITAL_EXPENSE, BudgetColumn.TOTAL)),
            new Stated(TextKey.STATE_CAPITAL_EXPENSE, "基本支出", "基本支出",
                    c -> c.f().spending(TableKind.STATE_CAPITAL_EXPENSE, BudgetColumn.BASIC)),
            new Stated(TextKey.STATE_CAPITAL_EXPENSE, "项目支出", "项目支出",
                    c -> c.f().spending(TableKind.STATE_CAPITAL_EXPENSE, BudgetColumn.PROJECT)));

    private static final List<Pattern> PATTERNS = STATED.stream()
            .map(s -> Pattern.compile(s.label() + "[为是达共计:：\\s]{0,4}" + NUMBER)).toList();

    /** The paragraphs that name classes with amounts, and the classes they name. */
    private static final List<TextKey> CLASS_TEXTS = List.of(TextKey.EXPENSE, TextKey.FISCAL_OVERVIEW,
            TextKey.GENERAL_PUBLIC_STRUCTURE, TextKey.GOV_FUND_EXPENSE, TextKey.STATE_CAPITAL_EXPENSE);
    private static final List<Function<TableFacts, List<TableFacts.Line>>> CLASSES = List.of(
            TableFacts::expenseClasses, TableFacts::fiscalClasses, TableFacts::generalPublicClasses,
            f -> f.classesOf(TableKind.GOV_FUND_EXPENSE), f -> f.classesOf(TableKind.STATE_CAPITAL_EXPENSE));

    @Override
    public String id() {
        return "reform-texts";
    }

    @Override
    public List<Problem> check(Draft d) {
        if (!d.header().profile().tablesFirst() || d.tables().isEmpty()) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        Ctx c = new Ctx(d, new TableFacts(d));
        MoneyUnit unit = d.header().moneyUnit();
        for (int i = 0; i < STATED.size(); i++) {
            Stated s = STATED.get(i);
            if (!d.texts().get(s.text()).custom()) {
                continue;
            }
            Matcher m = PATTERNS.get(i).matcher(d.texts().get(s.text()).text());
            while (m.find()) {
                compare(out, s.text(), s.name(), m.group(1), m.group(2), s.value().apply(c), unit);
            }
        }
        for (int i = 0; i < CLASS_TEXTS.size(); i++) {
            TextKey k = CLASS_TEXTS.get(i);
            if (d.texts().get(k).custom()) {
                for (TableFacts.Line l : CLASSES.get(i).apply(c.f())) {
                    named(out, k, d.texts().get(k).text(), Pattern.quote(l.name()) + "(?:（类）)?", l, false, unit);
                }
            }
        }
        if (d.texts().get(TextKey.GENERAL_PUBLIC_ITEMS).custom()) {
            items(out, d, c.f(), unit);
        }
        scaleChange(out, d, c.f(), unit);
        return out;
    }

    /** Each 项 the paragraph names — by its full path, or by its name where no other 项 has it. */
    private void items(List<Problem> out, Draft d, TableFacts f, MoneyUnit unit) {
        String text = d.texts().get(TextKey.GENERAL_PUBLIC_ITEMS).text();
        List<TableFacts.Line> items = f.generalPublicItems();
        for (TableFacts.Line l : items) {
            boolean unique = items.stream().filter(o -> o.name().equals(l.name())).count() == 1;
            String path = Pattern.quote(l.parents() + l.name() + "（项）");
            String label = text.contains(l.parents() + l.name() + "（项）") || !unique ? path
                    : Pattern.quote(l.name()) + "（项）";
            named(out, TextKey.GENERAL_PUBLIC_ITEMS, text, label, l, true, unit);
        }
    }

    /** A named class or 项 with the amount stated after it (within the sentence), and its change if stated. */
    private void named(List<Problem> out, TextKey k, String text, String label, TableFacts.Line l, boolean change,
                       MoneyUnit unit) {
        Matcher m = Pattern.compile(label + "[^，。；;\\n\\d]{0,4}(?:\\d{4}年)?[^，。；;\\n\\d]{0,8}?" + NUMBER)
                .matcher(text);
        while (m.find()) {
            compare(out, k, l.name(), m.group(1), m.group(2), l.amount(), unit);
            if (change && l.change() != null) {
                Matcher c = CHANGE.matcher(text.substring(m.end()));
                if (c.find()) {
                    compareChange(out, k, l.name(), c, l.change(), unit);
                }
            }
        }
    }

    private void scaleChange(List<Problem> out, Draft d, TableFacts f, MoneyUnit unit) {
        BigDecimal last = f.generalPublicLast();
        if (!d.texts().get(TextKey.GENERAL_PUBLIC_SCALE).custom() || last == null) {
            return;
        }
        Matcher c = Pattern.compile("比上年(增加|减少)\\s*" + NUMBER).matcher(d.texts().get(TextKey.GENERAL_PUBLIC_SCALE).text());
        if (c.find()) {
            compareChange(out, TextKey.GENERAL_PUBLIC_SCALE, "一般公共预算当年拨款", c,
                    f.generalPublic().subtract(last), unit);
        }
    }

    private void compare(List<Problem> out, TextKey k, String name, String number, String word, BigDecimal actual,
                         MoneyUnit unit) {
        BigDecimal written = Amounts.convert(new BigDecimal(number), unitOf(word), unit);
        if (!Amounts.statedAs(actual, written)) {
            out.add(Problems.error(id(), Location.of(k), "“" + k.label() + "”中写" + name + number + word
                            + "，但公开表中为" + Problems.money(actual, unit),
                    "改正文字，或核对公开表"));
        }
    }

    private void compareChange(List<Problem> out, TextKey k, String name, Matcher c, BigDecimal actual,
                               MoneyUnit unit) {
        BigDecimal written = Amounts.convert(new BigDecimal(c.group(2)), unitOf(c.group(3)), unit);
        if (c.group(1).equals("减少")) {
            written = written.negate();
        }
        if (!Amounts.statedAs(actual, written)) {
            out.add(Problems.error(id(), Location.of(k), "“" + k.label() + "”中写" + name + "比上年" + c.group(1)
                            + c.group(2) + c.group(3) + "，但按公开表应为比上年" + Narratives.changeWords(actual, unit.label(), cn.gongkai.domain.money.AmountStyle.AS_ENTERED),
                    "核对本年数、上年数和文字中的增减额及方向"));
        }
    }

    private static BigDecimal fiscalLine(Ctx c, String label) {
        return c.f().fiscalIncome().stream().filter(l -> l.name().equals(label)).map(TableFacts.Line::amount)
                .findFirst().orElse(BigDecimal.ZERO);
    }

    private static MoneyUnit unitOf(String word) {
        return word.equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
    }
}
