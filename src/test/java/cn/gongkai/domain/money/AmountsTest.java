package cn.gongkai.domain.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AmountsTest {
    @Test
    void parsesExactAmountsToTheFen() {
        assertEquals(new BigDecimal("9998.838787"), Amounts.parse("9998.838787", MoneyUnit.WAN_YUAN));
        assertEquals("5176.58", Amounts.plain(Amounts.parse(" 5176.580 ", MoneyUnit.WAN_YUAN)));
        assertEquals("0", Amounts.plain(Amounts.parse("0.00", MoneyUnit.YUAN)));
        assertEquals("120", Amounts.plain(Amounts.parse("120", MoneyUnit.YUAN)));
    }

    @Test
    void refusesWhatIsNotAnAmount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Amounts.parse("12,3a", MoneyUnit.WAN_YUAN));
        assertTrue(e.getMessage().contains("12,3a"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("", MoneyUnit.WAN_YUAN));
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1e5", MoneyUnit.WAN_YUAN));
    }

    @Test
    void refusesMoreDecimalsThanTheUnitAllows() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.parse("1.0000001", MoneyUnit.WAN_YUAN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Amounts.parse("3.123", MoneyUnit.YUAN));
        assertTrue(e.getMessage().contains("元"), e.getMessage());
    }

    @Test
    void canonicalFormMakesEqualAmountsEqual() {
        assertEquals(Amounts.normalize(new BigDecimal("51.20")), Amounts.normalize(new BigDecimal("51.2")));
        assertEquals("100", Amounts.plain(new BigDecimal("1E+2")));
        assertNull(Amounts.normalize(null));
        assertEquals(new BigDecimal("3.5"), Amounts.sum(java.util.Arrays.asList(new BigDecimal("1.25"), null,
                new BigDecimal("2.25"))));
    }

    /** What Excel, WPS and a Chinese input method put into a cell is read as the officer meant it. */
    @Test
    void typedAmountsAsExcelAndInputMethodsWriteThem() {
        assertEquals(new BigDecimal("1000.5"), Amounts.parseTyped("1,000.50", MoneyUnit.WAN_YUAN));
        assertEquals(new BigDecimal("1234567.89"), Amounts.parseTyped(" 1,234,567.89 ", MoneyUnit.YUAN));
        assertEquals(new BigDecimal("12.5"), Amounts.parseTyped("１２．５", MoneyUnit.WAN_YUAN));
        assertEquals(new BigDecimal("1000"), Amounts.parseTyped("1，000", MoneyUnit.WAN_YUAN));
        assertEquals(BigDecimal.ZERO, Amounts.parseTyped("-", MoneyUnit.WAN_YUAN), "the accounting format's zero");
        assertEquals(null, Amounts.parseTyped("  ", MoneyUnit.WAN_YUAN));
        assertThrows(IllegalArgumentException.class, () -> Amounts.parseTyped("1,00.5", MoneyUnit.WAN_YUAN),
                "commas not in thousands are a typing error, not a separator");
        assertThrows(IllegalArgumentException.class, () -> Amounts.parseTyped("12,5", MoneyUnit.WAN_YUAN));
    }
}
