package cn.gongkai.importer.pdf;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.WorkbookImporter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PDFs not made by Gongkai: a plain text PDF drawn line by line (its tables as columns of text, no lines), with its
 * paragraphs wrapped at the page's width and its tables split over pages; the budget system's workbook printed to
 * PDF, with and without cell borders; a scanned file; files with an open password and with only an owner password.
 */
class PdfInputsTest {
    @TempDir
    Path dir;

    /**
     * Draws a text file as a plain PDF: paragraphs wrapped at 34 characters with a first-line indent, a table's rows
     * as lines with each cell at its column's x (amounts right-aligned), 40 lines a page, and a page number in the
     * footer. Tables come from the text's tab-indented rows (cell per line, blank line between rows).
     */
    static Path plainPdf(String text, Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = Files.newInputStream(Path.of("resources/fonts/NotoSansSC-Regular.ttf"))) {
                font = PDType0Font.load(doc, in, true);
            }
            List<String[]> out = new ArrayList<>(); // {kind, text} with kind p (paragraph line), t (table row)
            List<String> cells = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                if (line.startsWith("\t")) {
                    cells.add(line.substring(1).isBlank() ? "" : line.substring(1).replace('\t', ' '));
                } else if (line.isBlank()) {
                    if (!cells.isEmpty()) {
                        out.add(new String[]{"t", String.join("\u0001", cells)});
                        cells.clear();
                    }
                } else {
                    String p = line.strip().replace('\t', ' ');
                    boolean first = true;
                    while (!p.isEmpty()) {
                        int n = Math.min(first ? 58 : 60, p.length());
                        out.add(new String[]{first ? "p1" : "p", p.substring(0, n)});
                        p = p.substring(n);
                        first = false;
                    }
                }
            }
            int perPage = 30;
            float size = 10;
            for (int start = 0; start < out.size(); start += perPage) {
                PDPage page = new PDPage(new PDRectangle(842, 595)); // landscape, as wide tables are printed
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 540;
                    for (int k = start; k < Math.min(out.size(), start + perPage); k++) {
                        String[] item = out.get(k);
                        if (item[0].startsWith("p")) {
                            text(cs, font, size, item[0].equals("p1") ? 72 + 2 * size : 72, y, item[1]);
                        } else {
                            String[] c = item[1].split("\u0001", -1);
                            float colWidth = 700f / Math.max(1, c.length);
                            for (int j = 0; j < c.length; j++) {
                                if (c[j].isEmpty()) {
                                    continue;
                                }
                                float cellSize = 8;
                                while (font.getStringWidth(c[j]) / 1000 * cellSize > colWidth - 12 && cellSize > 4) {
                                    cellSize -= 0.5f;
                                }
                                float w = font.getStringWidth(c[j]) / 1000 * cellSize;
                                boolean amount = c[j].matches("[0-9,.]+") && j > 0;
                                float x = 72 + j * colWidth + (amount ? colWidth - w - 16 : 4);
                                text(cs, font, cellSize, x, y, c[j]);
                            }
                        }
                        y -= 15;
                    }
                    text(cs, font, 9, 410, 30, "— " + (start / perPage + 1) + " —");
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws Exception {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void aPlainTextPdfWithColumnsForTablesReadsAsItsText() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/reform-units/gushanzi-town-2025.txt"));
        Draft fromText = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text).draft();
        Path pdf = plainPdf(text, dir.resolve("plain.pdf"));
        Draft fromPdf = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(PdfText.read(pdf, 64L << 20)).draft();
        for (FigureKey k : List.of(FigureKey.INCOME_TOTAL, FigureKey.EXPENSE_BASIC, FigureKey.EXPENSE_PROJECT,
                FigureKey.GENERAL_PUBLIC_EXPENSE, FigureKey.LAST_GENERAL_PUBLIC, FigureKey.THREE_PUBLIC_TOTAL,
                FigureKey.RUNNING_COST_TOTAL)) {
            assertEquals(fromText.figures().get(k), fromPdf.figures().get(k), k.label());
        }
        for (TableKind k : List.of(TableKind.INCOME_EXPENSE_SUMMARY, TableKind.EXPENSE_SUMMARY,
                TableKind.GENERAL_PUBLIC_BASIC)) {
            BudgetTable want = fromText.tables().get(k).orElseThrow();
            BudgetTable got = fromPdf.tables().get(k).orElseThrow();
            assertEquals(amounts(want), amounts(got), k.title());
        }
        assertEquals(fromText.header().unitName(), fromPdf.header().unitName());
        assertEquals(fromText.header().budgetYear(), fromPdf.header().budgetYear());
    }

    private static List<String> amounts(BudgetTable t) {
        List<String> out = new ArrayList<>();
        t.rows().forEach(r -> r.amounts().forEach((c, v) -> out.add(r.key().id() + " " + c + " " + v.toPlainString())));
        return out;
    }

    /** The sample workbook made print-ready (columns fitted, every cell bordered or none) and printed by LibreOffice. */
    private Path printedWorkbook(boolean borders) throws Exception {
        Path book = dir.resolve(borders ? "bordered.xlsx" : "plain.xlsx");
        // from a stream: a Workbook opened on the File itself writes its changes back to the sample on close
        try (InputStream in = Files.newInputStream(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"));
             Workbook wb = WorkbookFactory.create(in)) {
            CellStyle bordered = wb.createCellStyle();
            for (BorderStyle s : new BorderStyle[]{BorderStyle.THIN}) {
                bordered.setBorderTop(s);
                bordered.setBorderBottom(s);
                bordered.setBorderLeft(s);
                bordered.setBorderRight(s);
            }
            for (Sheet s : wb) {
                s.getPrintSetup().setLandscape(true);
                s.setFitToPage(true);
                s.getPrintSetup().setFitWidth((short) 1);
                s.getPrintSetup().setFitHeight((short) 0);
                int cols = 0;
                for (Row r : s) {
                    cols = Math.max(cols, r.getLastCellNum());
                }
                for (int c = 0; c < cols; c++) {
                    s.setColumnWidth(c, c == 1 ? 36 * 256 : 16 * 256);
                }
                if (borders) {
                    for (Row r : s) {
                        if (r.getRowNum() < 2) {
                            continue; // the title and the caption above the table
                        }
                        for (int c = 0; c < cols; c++) {
                            Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
                            cell.setCellStyle(bordered);
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        Path lo = dir.resolve("lo");
        Files.createDirectories(lo);
        return PdfProducersTest.convert(book, lo).resolveSibling(book.getFileName().toString().replace(".xlsx", ".pdf"));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theWorkbookPrintedToPdfGivesItsTables(boolean borders) throws Exception {
        assumeTrue(PdfProducersTest.libreOffice(), "LibreOffice is not installed");
        Path pdf = printedWorkbook(borders);
        WorkbookTables want = new WorkbookImporter().read(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"),
                TableFixtures.CATALOGUE, 2025);
        Draft d = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(PdfText.read(pdf, 64L << 20)).draft();
        for (TableKind k : List.of(TableKind.INCOME_EXPENSE_SUMMARY, TableKind.EXPENSE_SUMMARY,
                TableKind.GENERAL_PUBLIC_EXPENSE, TableKind.GENERAL_PUBLIC_BASIC)) {
            assertEquals(amounts(want.tables().get(k).orElseThrow()), amounts(d.tables().get(k).orElseThrow()),
                    k.title() + (borders ? " (bordered)" : " (no lines)"));
        }
        assertEquals(new BigDecimal("1599.223456"), d.figures().get(FigureKey.GENERAL_PUBLIC_EXPENSE));
    }

    @Test
    void aScannedPdfIsRefusedSayingSo() throws Exception {
        Path file = dir.resolve("扫描.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 50, 50, 495, 742);
            }
            doc.save(file.toFile());
        }
        BadInputException e = assertThrows(BadInputException.class, () -> PdfText.read(file, 64L << 20));
        assertTrue(e.getMessage().contains("扫描件，没有可读取的文字"), e.getMessage());
    }

    @Test
    void aPasswordToOpenIsRefusedAndAnOwnerPasswordAloneIsRead() throws Exception {
        String text = Files.readString(Path.of("src/test/resources/reform-units/gushanzi-town-2025.txt"));
        Path plain = plainPdf(text, dir.resolve("plain.pdf"));
        Path locked = dir.resolve("locked.pdf");
        Path printOnly = dir.resolve("owner.pdf");
        for (boolean user : new boolean[]{true, false}) {
            try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
                AccessPermission ap = new AccessPermission();
                ap.setCanPrint(false);
                ap.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", user ? "open" : "", ap);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
                doc.save((user ? locked : printOnly).toFile());
            }
        }
        BadInputException e = assertThrows(BadInputException.class, () -> PdfText.read(locked, 64L << 20));
        assertTrue(e.getMessage().contains("打开密码"), e.getMessage());
        assertEquals(PdfText.read(plain, 64L << 20), PdfText.read(printOnly, 64L << 20),
                "printing and copying restricted by an owner password: read all the same");
    }
}
