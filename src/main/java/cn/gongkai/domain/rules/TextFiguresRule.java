package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.Location;
import cn.gongkai.domain.Narratives;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.Statements;
import cn.gongkai.domain.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.FigureKey.*;

/**
 * Every amount the officer wrote in their own paragraph that states a known figure ({@link Statements}: not a
 * planned purchase, not last year's value) must match the figure: the
 * text says 基本支出5138.43万元 while the field says 5138.53 is the inspectors' most frequent finding. Changes
 * against last year ("基本支出增加391.58万元") are checked against this year − last year, sign and all.
 */
public final class TextFiguresRule implements Rule {
    private static final String NUMBER = "(\\d+(?:\\.\\d+)?)\\s*(万元|元)";

    private record Change(TextKey text, String label, FigureKey now, FigureKey last) {
    }

    private static final List<Change> CHANGES = List.of(
            new Change(TextKey.CHANGE, "较(?:\\d{4}年|去年|上年)(?:预算)?", EXPENSE_TOTAL, LAST_TOTAL),
            new Change(TextKey.CHANGE, "基本支出", EXPENSE_BASIC, LAST_BASIC),
            new Change(TextKey.CHANGE, "项目支出", EXPENSE_PROJECT, LAST_PROJECT),
            new Change(TextKey.THREE_PUBLIC, "(?:与|较)(?:\\d{4}年|去年|上年)(?:相比)?", THREE_PUBLIC_TOTAL, LAST_THREE_PUBLIC_TOTAL),
            new Change(TextKey.THREE_PUBLIC, "公务用车(?:运维|运行维护|运行)费", THREE_PUBLIC_VEHICLE_OPERATION,
                    LAST_THREE_PUBLIC_VEHICLE_OPERATION),
            new Change(TextKey.THREE_PUBLIC, "公务接待费", THREE_PUBLIC_RECEPTION, LAST_THREE_PUBLIC_RECEPTION),
            new Change(TextKey.THREE_PUBLIC, "因公出国[（(]境[）)]费", THREE_PUBLIC_ABROAD, LAST_THREE_PUBLIC_ABROAD));

    private static final Pattern[] CHANGE_PATTERNS = compile(CHANGES,
            c -> c.label() + "(?:[^，。；;]{0,12}?[，,]?\\s*(?:同比|比上年|较上年))?[^，。；;\\d]{0,6}?(增加|减少)\\s*" + NUMBER);

    private static <T> Pattern[] compile(List<T> list, Function<T, String> regex) {
        return list.stream().map(t -> Pattern.compile(regex.apply(t))).toArray(Pattern[]::new);
    }

    @Override
    public String id() {
        return "text-figures";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        MoneyUnit unit = d.header().moneyUnit();
        for (TextKey text : Statements.LABELS.stream().map(Statements.Label::text).distinct().toList()) {
            if (!d.texts().get(text).custom()) {
                continue;
            }
            for (Statements.Statement s : Statements.in(text, d.texts().get(text).text(), d.header().budgetYear())) {
                BigDecimal figure = d.figures().get(s.figure());
                if (figure != null && !Amounts.same(s.in(unit), figure)) {
                    out.add(Problems.error(id(), Location.of(s.figure()), "“" + text.label() + "”中写"
                                    + s.figure().label() + Amounts.plain(s.amount()) + s.unit().label() + "，但填写的"
                                    + s.figure().label() + "为" + Problems.money(figure, unit),
                            "改正文字或数字，使两者一致"));
                }
            }
        }
        for (int i = 0; i < CHANGES.size(); i++) {
            Change c = CHANGES.get(i);
            if (!d.texts().get(c.text()).custom() || !d.figures().has(c.now()) || !d.figures().has(c.last())) {
                continue;
            }
            Matcher m = CHANGE_PATTERNS[i].matcher(d.texts().get(c.text()).text());
            if (m.find()) {
                BigDecimal written = Amounts.convert(new BigDecimal(m.group(2)), unitOf(m.group(3)), unit);
                if (m.group(1).equals("减少")) {
                    written = written.negate();
                }
                BigDecimal actual = d.figures().get(c.now()).subtract(d.figures().get(c.last()));
                if (!Amounts.same(written, actual)) {
                    out.add(Problems.error(id(), Location.of(c.now()), "“" + c.text().label() + "”中写" + m.group()
                                    + "，但按填写的数字，" + c.now().label() + "比上年"
                                    + Narratives.changeWords(actual, unit.label()) + "（本年" + Problems.money(
                                    d.figures().get(c.now()), unit) + "，上年" + Problems.money(d.figures().get(c.last()), unit)
                                    + "）",
                            "核对本年数、上年数和文字中的增减额及方向"));
                }
            }
        }
        return out;
    }

    private static MoneyUnit unitOf(String word) {
        return word.equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
    }
}
