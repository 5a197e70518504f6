package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.Draft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The second shape officers get: copied from Word/WPS or a web page, a table row on one line with its cells
 * separated by tabs. Made from each seed, it imports to the same figures, tree and tables as the seed.
 */
class RowPerLineImportTest {
    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void rowsOnOneLineImportLikeTheSeed(String seed) throws Exception {
        String text = Files.readString(TestData.seed(seed));
        DisclosureTextImporter importer = new DisclosureTextImporter();
        Draft cellPerLine = importer.read(text).draft();
        Draft rowPerLine = importer.read(rowPerLine(text)).draft();
        assertEquals(cellPerLine.figures(), rowPerLine.figures());
        assertEquals(cellPerLine.performance().indicatorCount(), rowPerLine.performance().indicatorCount());
        // a cell's paragraphs run together when its row is on one line: compare without the line breaks
        assertEquals(cellPerLine.performance().toString().replace("\n", ""),
                rowPerLine.performance().toString().replace("\n", ""));
        assertEquals(cellPerLine.orgUnits(), rowPerLine.orgUnits());
        assertEquals(cellPerLine.procurement(), rowPerLine.procurement());
    }

    /** Joins each row's cells (tab-indented lines up to a blank line) into one tab-separated line. */
    static String rowPerLine(String text) {
        StringBuilder out = new StringBuilder();
        List<String> row = new ArrayList<>();
        String[] lines = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("\t")) {
                row.add(l.substring(1));
            } else if (!l.isEmpty() && !row.isEmpty() && next(lines, i + 1).startsWith("\t")) {
                row.set(row.size() - 1, row.get(row.size() - 1) + l); // a cell's further paragraph
            } else {
                if (!row.isEmpty()) {
                    out.append(String.join("\t", row)).append('\n');
                    row.clear();
                }
                if (!l.isEmpty()) {
                    out.append(l).append('\n');
                }
            }
        }
        if (!row.isEmpty()) {
            out.append(String.join("\t", row)).append('\n');
        }
        return out.toString();
    }

    private static String next(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                return lines[i];
            }
        }
        return "";
    }
}
