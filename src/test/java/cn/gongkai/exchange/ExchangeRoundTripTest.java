package cn.gongkai.exchange;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeRoundTripTest {
    @Test
    void writeReadWriteIsByteIdentical() {
        byte[] first = TestData.sampleBytes();
        Draft d = new ExchangeReader().read(first);
        byte[] second = new ExchangeWriter().write(d);
        assertArrayEquals(first, second, "the bundled sample is in canonical form");
        assertEquals(d, new ExchangeReader().read(second));
    }

    @Test
    void everyPartOfTheSampleIsThere() {
        Draft d = TestData.sample();
        assertEquals("廊坊市广阳区九州镇人民政府", d.header().unitName());
        assertEquals("912", d.header().unitCode());
        assertEquals(7, d.orgUnits().size());
        assertEquals(13, d.performance().duties().size());
        assertEquals(3, d.procurement().size());
        assertEquals(10, d.glossary().size());
    }

    /**
     * Every version ever written keeps reading: the sample as each version wrote it (1: no tables nor template; 2:
     * tables before rows had notes; 3: before anything could await confirmation; 4: before the amounts' style) reads
     * to the same draft.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void anOlderVersionsFileReadsToTheSameDraft(int version) throws Exception {
        byte[] old = java.nio.file.Files.readAllBytes(
                java.nio.file.Path.of("src/test/resources/exchange/jiuzhou-2019-v" + version + ".json"));
        assertTrue(new String(old, java.nio.charset.StandardCharsets.UTF_8).contains("\"version\" : " + version + ","));
        Draft d = new ExchangeReader().read(old);
        assertEquals(TestData.sample(), d);
        assertEquals(cn.gongkai.domain.budget.TemplateProfile.HEBEI_2018, d.header().profile());
        assertTrue(d.tables().isEmpty());
        assertTrue(d.header().unconfirmed().isEmpty());
    }

    /** How the amounts are published travels with the draft; a file before version 5 prints them as entered. */
    @Test
    void theAmountStyleSurvivesTheExchangeFile() {
        Draft d = TestData.sample();
        assertEquals(cn.gongkai.domain.money.AmountStyle.AS_ENTERED, d.header().amountStyle());
        for (cn.gongkai.domain.money.AmountStyle style : List.of(cn.gongkai.domain.money.AmountStyle.DEFAULT,
                new cn.gongkai.domain.money.AmountStyle(new cn.gongkai.domain.money.AmountStyle.Fixed(0), true))) {
            Draft styled = d.withHeader(d.header().withAmountStyle(style));
            byte[] bytes = new ExchangeWriter().write(styled);
            assertEquals(styled, new ExchangeReader().read(bytes));
        }
        assertTrue(new String(new ExchangeWriter().write(d.withHeader(d.header().withAmountStyle(
                cn.gongkai.domain.money.AmountStyle.DEFAULT))), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\s+", "").contains("\"amounts\":{\"decimals\":2,\"blankZero\":false}"));
    }

    /** 已核对 marks travel with the draft, so a colleague on another PC sees them; a file without any has none. */
    @Test
    void reviewMarksSurviveTheExchangeFile() {
        Draft d = TestData.sample();
        Draft marked = d.withReviewMarks(List.of(new cn.gongkai.domain.model.ReviewMark(
                "错误\t八、名词解释 › 1、一般公共预算拨款收入\t名词解释写“省级财政”", "区级财政所核对，沿用上级口径",
                java.time.Instant.parse("2026-12-03T08:30:00Z"))));
        byte[] bytes = new ExchangeWriter().write(marked);
        assertEquals(marked, new ExchangeReader().read(bytes));
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains("\"reviewMarks\""));
        assertTrue(!new String(new ExchangeWriter().write(d), java.nio.charset.StandardCharsets.UTF_8)
                .contains("reviewMarks"), "no marks, no section");
        assertThrows(cn.gongkai.domain.model.BadInputException.class, () -> new ExchangeReader().read(
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("2026-12-03T08:30:00Z", "昨天")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** What awaits confirmation travels with the draft. */
    @Test
    void anUnconfirmedGuessSurvivesTheExchangeFile() {
        Draft d = TestData.sample();
        Draft guessed = d.withHeader(d.header().withGuess(cn.gongkai.domain.model.Guess.FINANCE_LEVEL));
        byte[] bytes = new ExchangeWriter().write(guessed);
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", "")
                .contains("\"unconfirmed\":[\"财政级次\"]"));
        assertEquals(guessed, new ExchangeReader().read(bytes));
        assertEquals(d, new ExchangeReader().read(new ExchangeWriter().write(guessed.withHeader(
                guessed.header().confirmed(cn.gongkai.domain.model.Guess.FINANCE_LEVEL)))));
    }
}
