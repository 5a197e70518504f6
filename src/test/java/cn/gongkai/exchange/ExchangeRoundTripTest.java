package cn.gongkai.exchange;

import cn.gongkai.TestData;
import cn.gongkai.domain.Draft;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
