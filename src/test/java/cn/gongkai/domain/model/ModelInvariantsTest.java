package cn.gongkai.domain.model;

import cn.gongkai.TestData;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Performance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelInvariantsTest {
    @Test
    void draftsAreImmutable() {
        List<Duty> duties = new ArrayList<>(List.of(new Duty("政务服务", null, "", "", List.of())));
        Performance p = new Performance(MoneyUnit.WAN_YUAN, duties);
        duties.clear();
        assertEquals(1, p.duties().size(), "a later change to the caller's list must not reach the model");
        assertThrows(UnsupportedOperationException.class, () -> p.duties().add(null));
    }

    @Test
    void budgetYearMustBePlausible() {
        assertThrows(IllegalArgumentException.class, () -> DraftHeader.newDraft("某单位", 1999, FinanceLevel.COUNTY));
        assertThrows(IllegalArgumentException.class, () -> DraftHeader.newDraft("某单位", 2101, FinanceLevel.COUNTY));
        assertEquals(java.time.LocalDate.of(2024, 12, 31),
                DraftHeader.newDraft("某单位", 2025, FinanceLevel.COUNTY).assetsAsOf());
    }

    @Test
    void staffingCountsCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> new Staffing(-1, null, null, null, null, null, null, null));
    }

    @Test
    void figuresKeepOnlyEnteredValues() {
        Figures f = Figures.EMPTY.with(FigureKey.INCOME_TOTAL, new BigDecimal("5176.580"));
        assertEquals(new BigDecimal("5176.58"), f.get(FigureKey.INCOME_TOTAL));
        assertFalse(Figures.EMPTY.has(FigureKey.INCOME_TOTAL), "EMPTY must stay empty");
        assertFalse(f.with(FigureKey.INCOME_TOTAL, null).has(FigureKey.INCOME_TOTAL));
    }

    @Test
    void figureAndTextCodesAreUnique() {
        assertEquals(FigureKey.values().length,
                java.util.Arrays.stream(FigureKey.values()).map(FigureKey::code).distinct().count());
        assertEquals(TextKey.values().length,
                java.util.Arrays.stream(TextKey.values()).map(TextKey::code).distinct().count());
    }

    @Test
    void glossaryFollowsTheFinanceLevel() {
        StandardGlossary g = StandardGlossary.parse("一般公共预算拨款收入\t指{级}财政当年拨付的资金。\n");
        assertEquals("指区级财政当年拨付的资金。", g.forLevel(FinanceLevel.DISTRICT).get(0).definition());
        assertEquals("指县级财政当年拨付的资金。", g.forLevel(FinanceLevel.COUNTY).get(0).definition());
    }
}
