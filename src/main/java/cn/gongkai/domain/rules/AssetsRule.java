package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.gongkai.domain.model.FigureKey.*;

/** 办公用房 is part of 房屋 (area and value); the table is taken at the end of the previous year. */
public final class AssetsRule implements Rule {
    @Override
    public String id() {
        return "assets";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        part(d, out, ASSET_OFFICE_AREA, ASSET_BUILDING_AREA, "平方米");
        part(d, out, ASSET_OFFICE_VALUE, ASSET_BUILDING_VALUE, d.header().moneyUnit().label());
        LocalDate asOf = d.header().assetsAsOf();
        LocalDate expected = LocalDate.of(d.header().budgetYear() - 1, 12, 31);
        boolean hasValues = d.figures().asMap().keySet().stream().anyMatch(k -> k.section() == Section.ASSETS
                && k != PROCUREMENT_TOTAL);
        if (asOf == null && hasValues) {
            out.add(Problems.error(id(), Location.header(HeaderField.ASSETS_AS_OF, "固定资产占用情况表 › 截止时间"),
                    "固定资产表没有截止时间", "应为上年末：" + expected));
        } else if (asOf != null && !asOf.equals(expected)) {
            out.add(Problems.error(id(), Location.header(HeaderField.ASSETS_AS_OF, "固定资产占用情况表 › 截止时间"),
                    "固定资产表截止时间为" + asOf + "，应为上年末" + expected, "改为" + expected));
        }
        return out;
    }

    private void part(Draft d, List<Problem> out, FigureKey part, FigureKey whole, String unit) {
        BigDecimal p = d.figures().get(part);
        BigDecimal w = d.figures().get(whole);
        if (p != null && p.compareTo(Amounts.orZero(w)) > 0) {
            boolean money = part.kind() == cn.gongkai.domain.model.FigureKind.MONEY;
            out.add(Problems.error(id(), Location.of(part), part.label() + (money ? Amounts.shown(p) : Amounts.plain(p))
                    + unit + "大于" + whole.label() + (money ? Amounts.shown(w) : Amounts.plain(Amounts.orZero(w)))
                    + unit, "办公用房是房屋的一部分，不能大于房屋"));
        }
    }
}
