package cn.gongkai.domain;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.FigureKey.*;

/**
 * Where the narrative of the 2018–2020 template states a figure ("2019年预算收入5176.58万元"), read the same way by
 * the importer (to fill the figure) and by the checks (to compare the text with it). A statement counts only
 * when its clause talks about the figure itself: not a planned purchase ("拟购置固定资产总额12万元"), not last
 * year's value ("2018年公务接待费0.06万元"), not a change (the amount must follow the label directly).
 */
public final class Statements {
    /** A known figure's label in a paragraph; labels are regular expressions without capturing groups. */
    public record Label(TextKey text, FigureKey figure, String regex) {
    }

    /** One statement found: the figure, the amount as written and its unit, and its clause as evidence. */
    public record Statement(FigureKey figure, BigDecimal amount, MoneyUnit unit, String written, String clause,
                            int end) {
        /** The amount in {@code to}. */
        public BigDecimal in(MoneyUnit to) {
            return Amounts.convert(amount, unit, to);
        }
    }

    public static final List<Label> LABELS = List.of(
            new Label(TextKey.INCOME, INCOME_TOTAL, "(?:年预算收入|收入总额)"),
            new Label(TextKey.INCOME, INCOME_GENERAL_PUBLIC, "一般公共预算(?:(?:财政)?拨款(?:收入)?|收入)"),
            new Label(TextKey.INCOME, INCOME_GOV_FUND, "(?:政府性)?基金(?:预算(?:(?:财政)?拨款(?:收入)?|收入)|收入)"),
            new Label(TextKey.INCOME, INCOME_FISCAL_SPECIAL, "财政专户核拨收入"),
            new Label(TextKey.INCOME, INCOME_BUSINESS, "事业收入"),
            new Label(TextKey.INCOME, INCOME_OTHER, "其他(?:来源)?收入"),
            new Label(TextKey.EXPENSE, EXPENSE_TOTAL, "(?:年(?:支出预算|预算支出)|支出总额)"),
            new Label(TextKey.EXPENSE, EXPENSE_BASIC, "基本支出"),
            new Label(TextKey.EXPENSE, EXPENSE_PERSONNEL, "人员经费"),
            new Label(TextKey.EXPENSE, EXPENSE_PUBLIC_USE, "日常公用经费"),
            new Label(TextKey.EXPENSE, EXPENSE_PROJECT, "项目支出"),
            new Label(TextKey.EXPENSE, EXPENSE_PROJECT_OWN, "本级支出"),
            new Label(TextKey.EXPENSE, EXPENSE_PROJECT_SUBSIDY, "对下补助支出"),
            new Label(TextKey.CHANGE, EXPENSE_TOTAL, "年预算收支安排"),
            new Label(TextKey.RUNNING_COSTS, RUNNING_COST_TOTAL, "机关运行经费(?:共计|合计|共)?安排"),
            new Label(TextKey.THREE_PUBLIC, THREE_PUBLIC_TOTAL, "“?三公”?经费(?:预算)?安排"),
            new Label(TextKey.THREE_PUBLIC, THREE_PUBLIC_ABROAD, "因公出国[（(]境[）)]费"),
            new Label(TextKey.THREE_PUBLIC, THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费"),
            new Label(TextKey.THREE_PUBLIC, THREE_PUBLIC_VEHICLE_OPERATION, "公务用车(?:运维|运行维护|运行)费"),
            new Label(TextKey.THREE_PUBLIC, THREE_PUBLIC_VEHICLE_OPERATION, "公务用车购置及运维费"),
            new Label(TextKey.THREE_PUBLIC, THREE_PUBLIC_RECEPTION, "公务接待费"),
            new Label(TextKey.PROCUREMENT, PROCUREMENT_TOTAL, "政府采购预算"),
            new Label(TextKey.ASSETS, ASSET_TOTAL, "固定资产(?:金额|总额|原值)"));

    private static final String AMOUNT = "[为是共计安排达:：\\s]{0,6}(\\d+(?:\\.\\d+)?)\\s*(万元|元)";
    private static final Pattern[] PATTERNS = LABELS.stream().map(l -> Pattern.compile(l.regex() + AMOUNT))
            .toArray(Pattern[]::new);
    /** Words that make a clause about something else than the figure as budgeted this year. */
    private static final Pattern PLANNED = Pattern.compile("拟购置|拟购买|拟采购|拟新增|计划购置|计划采购|计划购买");
    private static final Pattern EARLIER = Pattern.compile("上年(?!末)|去年|上一年|同期|(\\d{4})年");

    private Statements() {
    }

    /** Every statement of a known figure in paragraph {@code text} of a draft for {@code budgetYear}, in order. */
    public static List<Statement> in(TextKey text, String body, int budgetYear) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < LABELS.size(); i++) {
            Label l = LABELS.get(i);
            if (l.text() != text) {
                continue;
            }
            Matcher m = PATTERNS[i].matcher(body);
            while (m.find()) {
                String clause = clause(body, m.start(), m.end());
                if (aboutTheFigure(l.figure(), clause.substring(0, clause.length() - (m.end() - m.start())),
                        budgetYear)) {
                    out.add(new Statement(l.figure(), Amounts.normalize(new BigDecimal(m.group(1))),
                            m.group(2).equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN, m.group(), clause, m.end()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Statement::end));
        return out;
    }

    /** The first statement of {@code figure} in the paragraph, if any. */
    public static java.util.Optional<Statement> first(TextKey text, String body, int budgetYear, FigureKey figure) {
        return in(text, body, budgetYear).stream().filter(s -> s.figure() == figure).findFirst();
    }

    /** From the clause's start (after the last ，。；) up to the amount's end. */
    private static String clause(String body, int start, int end) {
        int from = start;
        while (from > 0 && "，,。；;！？\n".indexOf(body.charAt(from - 1)) < 0) {
            from--;
        }
        return body.substring(from, end);
    }

    /** The words before the label in its clause: a plan or another year make it not the figure itself. */
    private static boolean aboutTheFigure(FigureKey figure, String before, int budgetYear) {
        if (PLANNED.matcher(before).find()) {
            return false;
        }
        // the assets are stated as at the end of last year ("上年末", "截至2018年12月31日")
        int earliest = figure.section() == Section.ASSETS ? budgetYear - 1 : budgetYear;
        Matcher m = EARLIER.matcher(before);
        while (m.find()) {
            if (m.group(1) == null ? figure.section() != Section.ASSETS
                    : budgetYear > 0 && (Integer.parseInt(m.group(1)) < earliest
                    || Integer.parseInt(m.group(1)) > budgetYear)) {
                return false;
            }
        }
        return true;
    }
}
