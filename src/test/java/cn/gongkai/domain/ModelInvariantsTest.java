package cn.gongkai.domain;

import cn.gongkai.TestData;
import cn.gongkai.domain.money.MoneyUnit;
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

    @Test
    void rollForwardMakesThisYearTheBasisAndLeavesNewFiguresEmpty() {
        Draft src = TestData.sample();
        StandardGlossary g = StandardGlossary.parse("一般公共预算拨款收入\t指{级}财政当年拨付的资金。\n");
        Draft next = RollForward.apply(src, 2020, g);
        assertEquals(2020, next.header().budgetYear());
        assertEquals(java.time.LocalDate.of(2019, 12, 31), next.header().assetsAsOf());
        assertEquals(DraftStatus.DRAFT, next.header().status());
        assertEquals(src.figures().get(FigureKey.EXPENSE_TOTAL), next.figures().get(FigureKey.LAST_TOTAL));
        assertEquals(src.figures().get(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION),
                next.figures().get(FigureKey.LAST_THREE_PUBLIC_VEHICLE_OPERATION));
        assertNull(next.figures().get(FigureKey.EXPENSE_TOTAL));
        assertNull(next.figures().get(FigureKey.ASSET_TOTAL));
        assertEquals(src.performance().indicatorCount(), next.performance().indicatorCount());
        assertTrue(next.performance().duties().stream().allMatch(d -> d.amount() == null));
        assertEquals(src.texts().get(TextKey.DUTIES), next.texts().get(TextKey.DUTIES));
        assertFalse(next.texts().get(TextKey.INCOME).custom(), "figure paragraphs go back to the generated wording");
        assertEquals("指区级财政当年拨付的资金。", next.glossary().get(0).definition());
        assertThrows(BadInputException.class, () -> RollForward.apply(src, 2019, g));
    }

    @Test
    void rollForwardShiftsOnlyTheBudgetYearAndTheYearBefore() {
        assertEquals("2020年预算，较2019年增加；2011年纪要不变",
                RollForward.shiftYears("2019年预算，较2018年增加；2011年纪要不变", 2019, 2020));
    }
}
