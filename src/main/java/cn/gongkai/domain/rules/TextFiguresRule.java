package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.reading.Statements.Kind;
import cn.gongkai.domain.reading.Statements.Statement;
import cn.gongkai.domain.reading.Statements;
import cn.gongkai.domain.writing.Narratives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every amount the officer wrote in their own paragraph that states a known figure ({@link Statements}: not a
 * planned purchase, not last year's value) must match the figure: the text says 基本支出5138.43万元 while the field
 * says 5138.53 is the inspectors' most frequent finding. A change against last year ("基本支出增加391.58万元",
 * "与上年持平") is checked against this year − last year, sign and all, where the template keeps last year's figure.
 */
public final class TextFiguresRule implements Rule {
    @Override
    public String id() {
        return "text-figures";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        MoneyUnit unit = d.header().moneyUnit();
        for (TextKey text : TextKey.values()) {
            if (!Statements.TEXTS.contains(text) || !d.texts().get(text).custom()) {
                continue;
            }
            for (Statement s : Statements.in(text, d.texts().get(text).text(), d.header().budgetYear())) {
                if (s.kind() == Kind.VALUE) {
                    value(d, text, s, unit).ifPresent(out::add);
                } else {
                    change(d, text, s, unit).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private Optional<Problem> value(Draft d, TextKey text, Statement s, MoneyUnit unit) {
        BigDecimal figure = sum(d.figures(), s.figures());
        if (figure == null || Amounts.statedAs(figure, s.in(unit))) {
            return Optional.empty();
        }
        return Optional.of(Problems.error(id(), Location.of(s.figures().get(0)), "“" + text.label() + "”中写"
                        + names(s.figures()) + Amounts.shown(s.amount()) + s.unit().label() + "，但填写的"
                        + names(s.figures()) + "为" + Problems.money(figure, unit),
                "改正文字或数字，使两者一致"));
    }

    private Optional<Problem> change(Draft d, TextKey text, Statement s, MoneyUnit unit) {
        List<FigureKey> last = s.figures().stream().map(FigureKey::lastYear).flatMap(Optional::stream).toList();
        BigDecimal now = sum(d.figures(), s.figures());
        BigDecimal before = last.size() == s.figures().size() ? sum(d.figures(), last) : null;
        if (now == null || before == null) {
            return Optional.empty();
        }
        BigDecimal actual = now.subtract(before);
        if (Amounts.statedAs(actual, s.in(unit))) {
            return Optional.empty();
        }
        String name = names(s.figures());
        return Optional.of(Problems.error(id(), Location.of(s.figures().get(0)), "“" + text.label() + "”中写“"
                        + s.clause() + "”，但按填写的数字，" + name + "比上年"
                        + Narratives.changeWords(actual, unit.label(), cn.gongkai.domain.money.AmountStyle.AS_ENTERED) + "（本年" + Problems.money(now, unit) + "，上年"
                        + Problems.money(before, unit) + "）",
                "核对本年数、上年数和文字中的增减额及方向"));
    }

    /** The figures' sum, or null when one of them is not filled. */
    private static BigDecimal sum(Figures f, List<FigureKey> keys) {
        if (keys.stream().anyMatch(k -> !f.has(k))) {
            return null;
        }
        return Amounts.sum(keys.stream().map(f::get).toList());
    }

    private static String names(List<FigureKey> keys) {
        return keys.stream().map(FigureKey::label).collect(Collectors.joining("与"));
    }
}
