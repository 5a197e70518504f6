package cn.gongkai.importer.workbook;

import cn.gongkai.domain.money.AmountStyle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The decimals an amount cell's number format shows, as Excel and WPS write formats. */
class FormatsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "General | -1", "'' | -1", "@ | -1", "0 | 0", "#,##0 | 0", "0.00 | 2", "#,##0.00 | 2",
        "#,##0.00_ ;[Red]-#,##0.00  | 2", "\"￥\"#,##0.00;\"￥\"-#,##0.00 | 2", "0.000000 | 6", "0.0% | 1",
        "[$-804]#,##0.00 | 2", "_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * \"-\"??_ ;_ @_  | 2"})
    void placesOfAFormat(String format, int places) {
        assertEquals(places, Formats.places(format));
    }

    @Test
    void theFormatMostCellsHaveIsTheWorkbooks() {
        Formats f = new Formats();
        f.count("General");
        f.count("#,##0.00");
        f.count("#,##0.00");
        assertEquals(new AmountStyle(new AmountStyle.Fixed(2), false), f.style());
        assertEquals(AmountStyle.AS_ENTERED, new Formats().style());
    }
}
