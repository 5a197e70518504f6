package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A Word file made from a seed, with the seed's tables as real Word tables, imports as the seed's text does. */
class DocxImportTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void aDocxOfTheSeedImportsTheSame(String seed) throws Exception {
        String text = Files.readString(TestData.seed(seed));
        Path docx = dir.resolve(seed.replace(".txt", ".docx"));
        writeDocx(text, docx);
        DisclosureTextImporter importer = new DisclosureTextImporter();
        Draft fromText = importer.read(text).draft();
        Draft fromDocx = importer.read(DocxText.read(docx, 64L << 20)).draft();
        assertEquals(fromText.performance().indicatorCount(), fromDocx.performance().indicatorCount());
        assertEquals(fromText.figures(), fromDocx.figures());
        assertEquals(fromText.performance(), fromDocx.performance());
        assertEquals(fromText.orgUnits(), fromDocx.orgUnits());
        assertEquals(fromText.procurement(), fromDocx.procurement());
        assertEquals(fromText.glossary(), fromDocx.glossary());
        assertEquals(fromText, fromDocx);
    }

    @Test
    void somethingThatIsNotAWordFileIsRefusedClearly() throws Exception {
        Path fake = dir.resolve("假的.docx");
        Files.writeString(fake, "这不是 Word 文件");
        BadInputException e = assertThrows(BadInputException.class, () -> DocxText.read(fake, 1 << 20));
        assertEquals(true, e.getMessage().contains("假的.docx"), e.getMessage());
    }

    /** The seed's structure ({@link SeedShape}) as a Word document, its tables as real Word tables. */
    static void writeDocx(String text, Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (SeedShape.Block b : SeedShape.blocks(text)) {
                if (b.paragraph() != null) {
                    doc.createParagraph().createRun().setText(b.paragraph());
                } else {
                    table(doc, b.rows());
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    private static void table(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable t = doc.createTable();
        t.removeRow(0);
        for (List<String> cells : rows) {
            XWPFTableRow r = t.createRow();
            while (r.getTableCells().size() < cells.size()) {
                r.addNewTableCell();
            }
            for (int i = 0; i < cells.size(); i++) {
                String[] paras = cells.get(i).split("\n");
                r.getCell(i).setText(paras[0]);
                for (int k = 1; k < paras.length; k++) {
                    r.getCell(i).addParagraph().createRun().setText(paras[k]);
                }
            }
        }
    }
}
