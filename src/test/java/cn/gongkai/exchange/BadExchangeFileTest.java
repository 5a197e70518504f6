package cn.gongkai.exchange;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each class of bad file is refused with a message that says what is wrong and where. */
class BadExchangeFileTest {
    static String sample() {
        return new String(TestData.sampleBytes(), StandardCharsets.UTF_8);
    }

    static Stream<Arguments> badFiles() {
        String s = sample();
        return Stream.of(
                Arguments.of("empty", "", "空的"),
                Arguments.of("truncated", s.substring(0, s.length() / 2), "不完整"),
                Arguments.of("not json", "这不是 JSON", "JSON"),
                Arguments.of("binary", new String(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2},
                        StandardCharsets.ISO_8859_1), "UTF-8"),
                Arguments.of("other json", "{\"hello\": 1}", "不是 Gongkai"),
                Arguments.of("newer version", s.replace("\"version\" : 7", "\"version\" : 8"), "版本为 8"),
                Arguments.of("year as text", s.replace("\"budgetYear\" : 2019", "\"budgetYear\" : \"2019\""),
                        "header.budgetYear"),
                Arguments.of("impossible year", s.replace("\"budgetYear\" : 2019", "\"budgetYear\" : 1800"),
                        "1800"),
                Arguments.of("amount as number", s.replace("\"income.total\" : \"5176.58\"",
                        "\"income.total\" : 5176.58"), "figures[\"income.total\"]"),
                Arguments.of("negative amount", s.replace("\"income.total\" : \"5176.58\"",
                        "\"income.total\" : \"-5176.58\""), "负数"),
                Arguments.of("too many decimals", s.replace("\"income.total\" : \"5176.58\"",
                        "\"income.total\" : \"5176.5800001\""), "小数位"),
                Arguments.of("bad amount", s.replace("\"income.total\" : \"5176.58\"",
                        "\"income.total\" : \"12,3a\""), "12,3a"),
                Arguments.of("unknown figure", s.replace("\"income.total\" :", "\"income.tota\" :"), "未知的数字项"),
                Arguments.of("unknown level", s.replace("\"financeLevel\" : \"区级\"", "\"financeLevel\" : \"村级\""),
                        "村级"),
                Arguments.of("bad date", s.replace("\"assetsAsOf\" : \"2018-12-31\"", "\"assetsAsOf\" : \"2018-13-31\""),
                        "header.assetsAsOf"),
                Arguments.of("three grades", s.replaceFirst("\"grades\" : \\[\\s*\"≥90%\",",
                        "\"grades\" : ["), "performance.duties[0].activities[0].indicators[0].grades"),
                Arguments.of("duplicate key", s.replace("\"unitCode\" : \"912\",",
                        "\"unitCode\" : \"912\", \"unitCode\" : \"913\","), "JSON"),
                Arguments.of("trailing garbage", s + "{}", "JSON"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void isRefusedWithAClearMessage(String name, String content, String expected) {
        byte[] bytes = name.equals("binary") ? content.getBytes(StandardCharsets.ISO_8859_1)
                : content.getBytes(StandardCharsets.UTF_8);
        if (!name.equals("empty") && !name.equals("binary")) {
            // the mutation must really have happened, or this test would pass for the wrong reason
            assertTrue(!Arrays.equals(bytes, TestData.sampleBytes()), name + ": mutation did not apply");
        }
        BadInputException e = assertThrows(BadInputException.class, () -> new ExchangeReader().read(bytes));
        assertTrue(e.getMessage().contains(expected), name + ": " + e.getMessage());
    }
}
