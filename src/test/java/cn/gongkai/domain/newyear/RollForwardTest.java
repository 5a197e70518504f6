package cn.gongkai.domain.newyear;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.model.TextKey;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Next year's draft from this year's: what becomes the basis, what is emptied, which years move. */
class RollForwardTest {
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
