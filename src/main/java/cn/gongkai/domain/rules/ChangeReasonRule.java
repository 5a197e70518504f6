package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.writing.Narratives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A figure that changes by 10 % or more against last year needs a reason in the text (原因, 由于, 主要是 …):
 * 支出合计, 基本支出 and 项目支出 in section 二 of the 2018–2020 template. (The “三公” figures need one for any
 * change: their own rule; the post-reform 情况说明 explains the 一般公共预算当年拨款 instead: {@link ReformReasonsRule}.)
 */
public final class ChangeReasonRule implements Rule {
    static final BigDecimal THRESHOLD = new BigDecimal("0.10");
    private static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|主要为|主要用于|系|为了|按照.{0,20}要求|压缩|压减|落实|增加了|减少了");

    private record Pair(FigureKey now, FigureKey last, TextKey reason) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair(FigureKey.EXPENSE_TOTAL, FigureKey.LAST_TOTAL, TextKey.CHANGE),
            new Pair(FigureKey.EXPENSE_BASIC, FigureKey.LAST_BASIC, TextKey.BASIC_CHANGE_REASON),
            new Pair(FigureKey.EXPENSE_PROJECT, FigureKey.LAST_PROJECT, TextKey.PROJECT_CHANGE_REASON));

    @Override
    public String id() {
        return "change-reason";
    }

    @Override
    public List<Problem> check(Draft d) {
        if (d.header().profile().tablesFirst()) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        String change = d.texts().get(TextKey.CHANGE).custom() ? d.texts().get(TextKey.CHANGE).text() : "";
        boolean anyReason = REASON.matcher(change).find() || !d.texts().own(TextKey.BASIC_CHANGE_REASON).isBlank()
                || !d.texts().own(TextKey.PROJECT_CHANGE_REASON).isBlank();
        for (Pair p : PAIRS) {
            BigDecimal now = d.figures().get(p.now());
            BigDecimal last = d.figures().get(p.last());
            if (now == null || last == null || last.signum() == 0) {
                continue;
            }
            BigDecimal diff = now.subtract(last);
            BigDecimal rate = diff.abs().divide(last, 6, RoundingMode.HALF_UP);
            if (rate.compareTo(THRESHOLD) < 0) {
                continue;
            }
            boolean reason = p.reason() == TextKey.CHANGE ? anyReason
                    : !d.texts().own(p.reason()).isBlank() || REASON.matcher(change).find();
            if (!reason) {
                String percent = rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
                out.add(Problems.warning(id(), Location.of(p.reason()), p.now().label() + "比上年"
                                + Narratives.changeWords(diff, d.header().moneyUnit().label(), d.header().amountStyle()) + "（" + percent
                                + "），变化超过10%，但没有说明原因",
                        "写明增减变化的主要原因（本年" + Amounts.shown(now) + "，上年" + Amounts.shown(last) + "）"));
            }
        }
        return out;
    }
}
