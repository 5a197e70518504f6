package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
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

    /** Each row of the seed's tables ({@link SeedShape}) on one line, its cells separated by tabs. */
    static String rowPerLine(String text) {
        StringBuilder out = new StringBuilder();
        for (SeedShape.Block b : SeedShape.blocks(text)) {
            if (b.paragraph() != null) {
                out.append(b.paragraph()).append('\n');
            } else {
                for (List<String> row : b.rows()) {
                    // a cell's paragraphs run together when its row is on one line
                    out.append(String.join("\t", row.stream().map(c -> c.replace("\n", "")).toList())).append('\n');
                }
            }
        }
        return out.toString();
    }
}
