package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.writing.Narratives;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** A “三公” total that differs from last year's needs a stated reason (原因, 由于, 主要是…). */
public final class ThreePublicReasonRule implements Rule {
    private static final Pattern REASON = Pattern.compile("原因|由于|因为|主要是|主要为|主要用于|系|为了|按照.{0,20}要求|压缩|压减|落实");

    @Override
    public String id() {
        return "three-public-reason";
    }

    @Override
    public List<Problem> check(Draft d) {
        BigDecimal now = d.figures().get(FigureKey.THREE_PUBLIC_TOTAL);
        BigDecimal last = d.figures().get(FigureKey.LAST_THREE_PUBLIC_TOTAL);
        if (now == null || last == null || Amounts.same(now, last)) {
            return List.of();
        }
        String reason = d.texts().own(TextKey.THREE_PUBLIC_REASON);
        String text = d.texts().get(TextKey.THREE_PUBLIC).custom() ? d.texts().get(TextKey.THREE_PUBLIC).text() : "";
        if (!reason.isBlank() || REASON.matcher(text).find()) {
            return List.of();
        }
        String change = Narratives.changeWords(now.subtract(last), d.header().moneyUnit().label(), d.header().amountStyle());
        return List.of(Problems.error(id(), Location.of(TextKey.THREE_PUBLIC_REASON), "“三公”经费比上年" + change
                + "，但没有说明增减原因", "写明增减变化的主要原因"));
    }
}
