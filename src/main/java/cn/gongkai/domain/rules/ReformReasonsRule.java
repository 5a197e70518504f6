package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.domain.writing.TableFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The post-reform 情况说明 explains every change of the 一般公共预算当年拨款 against last year: the total's (规模变化)
 * and each 项's (具体使用情况). Until the officer writes a reason the paragraph prints "主要原因是……" and this rule
 * says which reason is missing; an own paragraph still holding "……" is flagged the same way. Without last year's
 * amounts the changes cannot be stated at all: that is said once.
 */
public final class ReformReasonsRule implements Rule {
    @Override
    public String id() {
        return "reform-reasons";
    }

    @Override
    public List<Problem> check(Draft d) {
        if (!d.header().profile().tablesFirst() || !d.tables().has(TableKind.GENERAL_PUBLIC_EXPENSE)) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        TableFacts facts = new TableFacts(d);
        String unit = d.header().moneyUnit().label();
        BigDecimal now = facts.generalPublic();
        BigDecimal last = facts.generalPublicLast();
        if (last == null) {
            out.add(Problems.warning(id(), Location.of(TextKey.GENERAL_PUBLIC_SCALE),
                    "没有上年的一般公共预算当年拨款，情况说明无法写出规模变化和各项的增减",
                    "在一般公共预算支出表的“上年预算数”列填写上年数（由上年草稿滚动生成的草稿会自动带入），"
                            + "或在“上年一般公共预算当年拨款”中填写合计"));
        } else if (now.compareTo(last) != 0 && missing(d, TextKey.GENERAL_PUBLIC_SCALE,
                d.texts().own(TextKey.GENERAL_PUBLIC_SCALE_REASON))) {
            out.add(Problems.warning(id(), Location.of(TextKey.GENERAL_PUBLIC_SCALE_REASON),
                    "一般公共预算当年拨款比上年" + Narratives.changeWords(now.subtract(last), unit, d.header().amountStyle()) + "，还没有写主要原因",
                    "写明增减的主要原因，如“人员调整，人员经费增加”"));
        }
        boolean own = d.texts().get(TextKey.GENERAL_PUBLIC_ITEMS).custom();
        if (own) {
            if (d.texts().get(TextKey.GENERAL_PUBLIC_ITEMS).text().contains("……")) {
                out.add(Problems.warning(id(), Location.of(TextKey.GENERAL_PUBLIC_ITEMS),
                        "“具体使用情况”中还有没写完的“……”", "把“主要原因是……”写完整"));
            }
            return out;
        }
        for (TableFacts.Line l : facts.generalPublicItems()) {
            BigDecimal change = l.change();
            if (change != null && change.signum() != 0 && l.note().isBlank()) {
                out.add(Problems.warning(id(), Location.of(TextKey.GENERAL_PUBLIC_ITEMS), l.code() + " " + l.name()
                                + "（项）比上年" + Narratives.changeWords(change, unit, d.header().amountStyle()) + "，还没有写主要原因",
                        "在“各项增减的主要原因”中写明这一项的原因"));
            }
        }
        return out;
    }

    /** A reason is missing: none written, and the officer's own paragraph (if any) does not give one either. */
    private static boolean missing(Draft d, TextKey paragraph, String reason) {
        if (!reason.isBlank()) {
            return false;
        }
        return !d.texts().get(paragraph).custom() || d.texts().get(paragraph).text().contains("……")
                || !d.texts().get(paragraph).text().contains("原因");
    }
}
