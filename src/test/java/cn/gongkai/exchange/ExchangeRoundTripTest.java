package cn.gongkai.exchange;

import cn.gongkai.TestData;
import cn.gongkai.domain.Draft;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Every version ever written keeps reading: the sample as version 1 wrote it reads to the same draft. */
    @Test
    void aVersion1FileReadsToTheSameDraft() throws Exception {
        byte[] v1 = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/exchange/jiuzhou-2019-v1.json"));
        assertTrue(new String(v1, java.nio.charset.StandardCharsets.UTF_8).contains("\"version\" : 1,"));
        Draft old = new ExchangeReader().read(v1);
        assertEquals(TestData.sample(), old);
        assertEquals(cn.gongkai.domain.budget.TemplateProfile.HEBEI_2018, old.header().profile());
        assertTrue(old.tables().isEmpty());
    }

    /** Version 2 (the tables, before rows had notes) reads to the same draft. */
    @Test
    void aVersion2FileReadsToTheSameDraft() throws Exception {
        byte[] v2 = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/exchange/jiuzhou-2019-v2.json"));
        assertTrue(new String(v2, java.nio.charset.StandardCharsets.UTF_8).contains("\"version\" : 2,"));
        assertEquals(TestData.sample(), new ExchangeReader().read(v2));
    }

    /** Version 3 (before anything could await confirmation) reads to the same draft, nothing to confirm. */
    @Test
    void aVersion3FileReadsToTheSameDraft() throws Exception {
        byte[] v3 = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/exchange/jiuzhou-2019-v3.json"));
        assertTrue(new String(v3, java.nio.charset.StandardCharsets.UTF_8).contains("\"version\" : 3,"));
        Draft old = new ExchangeReader().read(v3);
        assertEquals(TestData.sample(), old);
        assertTrue(old.header().unconfirmed().isEmpty());
    }

    /** What awaits confirmation travels with the draft. */
    @Test
    void anUnconfirmedGuessSurvivesTheExchangeFile() {
        Draft d = TestData.sample();
        Draft guessed = d.withHeader(d.header().withGuess(cn.gongkai.domain.Guess.FINANCE_LEVEL));
        byte[] bytes = new ExchangeWriter().write(guessed);
        assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", "")
                .contains("\"unconfirmed\":[\"财政级次\"]"));
        assertEquals(guessed, new ExchangeReader().read(bytes));
        assertEquals(d, new ExchangeReader().read(new ExchangeWriter().write(guessed.withHeader(
                guessed.header().confirmed(cn.gongkai.domain.Guess.FINANCE_LEVEL)))));
    }
}
