package cn.gongkai.domain.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Amounts as published: rounded to the draft's decimals where printed, exact where they are checked or edited, never
 * padded past the decimals ("154.560000", "0.000000" are gone), and the checks' allowance for the 尾差 of rounding —
 * half a unit of the last printed decimal per part, and only where every amount is as printed.
 */
class AmountStyleTest {
    private static final AmountStyle TWO = AmountStyle.DEFAULT;
    private static final AmountStyle WHOLE = new AmountStyle(new AmountStyle.Fixed(0), true);
    private static final AmountStyle ENTERED = AmountStyle.AS_ENTERED;

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void printedRoundedHalfUpAndNeverPadded() {
        assertEquals("1599.22", TWO.cell(d("1599.223456")));
        assertEquals("154.56", TWO.cell(d("154.560000")));
        assertEquals("0.01", TWO.cell(d("0.005")));
        assertEquals("0.00", TWO.cell(BigDecimal.ZERO));
        assertEquals("", TWO.cell(null));
        assertEquals("12346", WHOLE.cell(d("12345.67")));
        assertEquals("", WHOLE.cell(d("0.000000")), "a zero cell blank where the unit chooses so");
        assertEquals("0", WHOLE.inText(BigDecimal.ZERO), "in a sentence a zero is a zero");
        assertEquals("1599.223456", ENTERED.cell(d("1599.223456")));
        assertEquals("154.56", ENTERED.cell(d("154.560000")));
        assertEquals("180.00", ENTERED.cell(d("180")));
        assertEquals("0.00", ENTERED.cell(d("0.000000")));
    }

    @Test
    void exactWhereItMatters() {
        assertEquals("1599.223456", TWO.exact(d("1599.223456")));
        assertEquals("180.00", TWO.exact(d("180")));
        assertEquals("12345.67", WHOLE.exact(d("12345.67")));
        assertEquals("180", WHOLE.exact(d("180.00")));
        assertEquals("1599.223456", Amounts.shown(d("1599.2234560")));
    }

    /** Parts in 元 converted to 万元 that round apart: 10040 元 twice is 1.004 + 1.004 = 2.008 万元. */
    @Test
    void rounding() {
        BigDecimal part = Amounts.convert(d("10040"), MoneyUnit.YUAN, MoneyUnit.WAN_YUAN);
        BigDecimal total = part.add(part);
        assertTrue(TWO.agrees(total, List.of(part, part)), "exact amounts add up");
        assertEquals("1.00", TWO.cell(part));
        assertEquals("2.01", TWO.cell(total), "printed, the parts no longer add up to the total");
        List<BigDecimal> printedParts = List.of(d("1.00"), d("1.00"));
        assertTrue(TWO.agrees(d("2.01"), printedParts), "read back as printed: a 尾差 of 0.01 on two parts");
        assertFalse(TWO.agrees(d("2.02"), printedParts), "more than half a unit per part is a real difference");
        assertFalse(ENTERED.agrees(d("2.01"), printedParts), "amounts as entered must add up exactly");
        assertFalse(TWO.agrees(d("2.009"), List.of(part, part)), "an exact amount is held to the exact sum");
        assertFalse(TWO.agrees(d("2.01"), Arrays.asList(part, d("1.00"))), "one exact part: no allowance");
    }

    @Test
    void statedRoundedInASentence() {
        assertTrue(Amounts.statedAs(d("1599.223456"), d("1599.22")));
        assertTrue(Amounts.statedAs(d("1599.226"), d("1599.23")));
        assertFalse(Amounts.statedAs(d("1599.223456"), d("1599.23")));
        assertFalse(Amounts.statedAs(d("1599.22"), d("1599.23")), "as many decimals: must be equal");
    }

    @Test
    void labels() {
        assertEquals("保留2位小数", TWO.label());
        assertEquals("取整数，零显示为空白", WHOLE.label());
        assertEquals("按原数（至少两位小数）", ENTERED.label());
    }
}
