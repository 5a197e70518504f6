package cn.gongkai.ui.editor.shared;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The clipboard as Excel and WPS leave it. Excel ends every row with CR LF (the last one too) and writes a cell that
 * holds a line break, a tab or a quote in quotes, its quotes doubled; WPS Spreadsheets does the same, but on some
 * versions ends the last row without a line break and writes LF alone.
 */
class ClipboardTextTest {
    @Test
    void excelRowsWithQuotedCells() {
        String excel = "2010101\t\"行政运行\r\n（机关）\"\t12.50\r\n"
                + "2010102\t\"含\t制表符\"\t3\r\n"
                + "2010199\t\"其他\"\"一般\"\"公共服务\"\t1,234.5\r\n";
        assertEquals(List.of(
                List.of("2010101", "行政运行\r\n（机关）", "12.50"),
                List.of("2010102", "含\t制表符", "3"),
                List.of("2010199", "其他\"一般\"公共服务", "1,234.5")), ClipboardText.rows(excel));
    }

    @Test
    void wpsRowsWithoutTheLastLineBreak() {
        String wps = "项目\t金额\n\"第一行\n第二行\"\t5\n合计\t5";
        assertEquals(List.of(List.of("项目", "金额"), List.of("第一行\n第二行", "5"), List.of("合计", "5")),
                ClipboardText.rows(wps));
    }

    @Test
    void blankRowsInsideKeepTheirPlaceAndTrailingOnesGo() {
        assertEquals(List.of(List.of("1", "2"), List.of(""), List.of("3", "4")),
                ClipboardText.rows("1\t2\r\n\r\n3\t4\r\n\r\n"));
        assertEquals(List.of(List.of("", "5")), ClipboardText.rows("\t5\n"), "an empty first cell is a cell");
        assertEquals(List.of(), ClipboardText.rows(""));
        assertEquals(List.of(), ClipboardText.rows(null));
    }

    @Test
    void aCellThatOnlyStartsWithAQuoteIsTakenAsTyped() {
        assertEquals(List.of(List.of("\"三公\"经费", "8")), ClipboardText.rows("\"三公\"经费\t8\r\n"));
        assertEquals(List.of(List.of("\"未闭合", "8")), ClipboardText.rows("\"未闭合\t8"));
    }
}
