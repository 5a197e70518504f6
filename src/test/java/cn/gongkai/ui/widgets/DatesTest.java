package cn.gongkai.ui.widgets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A date field reads what an officer types and shows 2025-02-10 whatever the machine's locale. */
class DatesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2025-02-10", "2025-2-10", "2025/2/10", "2025.02.10", "2025年2月10日", " 2025 年 2 月 10 日 "})
    void typedDatesAreRead(String typed) {
        assertEquals(LocalDate.of(2025, 2, 10), Dates.typed(typed));
    }

    @Test
    void shownTheSameInAnyLocale() {
        Locale was = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertEquals("2025-02-10", Dates.shown(LocalDate.of(2025, 2, 10)));
        } finally {
            Locale.setDefault(was);
        }
        assertEquals("", Dates.shown(null));
        assertNull(Dates.typed("  "));
    }

    @Test
    void notADateIsSaidInChinese() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dates.typed("2/10/2025"));
        assertEquals("“2/10/2025”不是日期：请写成 2025-02-10", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Dates.typed("2025-02-30"));
    }
}
