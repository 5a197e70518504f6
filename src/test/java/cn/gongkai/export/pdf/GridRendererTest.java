package cn.gongkai.export.pdf;

import cn.gongkai.export.GridTable;
import cn.gongkai.export.PdfText;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tables' own renderer, on real PDFs read back: pages, repeated headings, rows whole or split, Chinese breaks. */
class GridRendererTest {
    @TempDir
    Path dir;

    private static GridTable table(List<List<GridTable.Cell>> body) {
        return new GridTable(List.of(1f, 3f, 1f), List.of(List.of(GridTable.Cell.heading("项目", 1, 1),
                GridTable.Cell.heading("说明", 1, 1), GridTable.Cell.heading("金额", 1, 1))), body, 10.5f);
    }

    private Path render(GridTable t, String before) throws Exception {
        Path pdf = dir.resolve("t.pdf");
        try (PdfDocument doc = new PdfDocument(new PdfWriter(pdf.toString()));
             Document d = new Document(doc, PageSize.A4, false)) {
            PdfFonts.Set fonts = PdfFonts.forDocument();
            d.setFont(fonts.body());
            d.add(new Paragraph(before));
            d.add(new GridBlock(t, new LineBreaker(fonts.body()), new LineBreaker(fonts.heading())));
            d.add(new Paragraph("表后文字"));
        }
        return pdf;
    }

    private static int pages(Path pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(pdf.toString()))) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aLongTableGoesOnOverPagesWithItsHeadingOnEachAndEveryRowWhole() throws Exception {
        List<List<GridTable.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(List.of(GridTable.Cell.text("第" + i + "项"), GridTable.Cell.text("说明文字" + i + "，一行写不下时换行。".repeat(i % 4)),
                    GridTable.Cell.amount(i + "1599.223456")));
        }
        Path pdf = render(table(rows), "表前文字");
        int n = pages(pdf);
        assertTrue(n >= 5, n + " pages");
        for (int p = 1; p <= n; p++) {
            String page = PdfText.squeezed(PdfText.page(pdf, p));
            assertTrue(page.startsWith(p == 1 ? "表前文字项目说明金额" : "项目说明金额"), "the heading on page " + p + ": " + page);
        }
        String all = PdfText.squeezed(PdfText.of(pdf, "-raw"));
        List<String> want = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            want.add("第" + i + "项");
            want.add(i + "1599.223456"); // an amount is never broken, whatever its width
        }
        assertEquals(want.size(), PdfText.inOrder(want, all), "every row, in order, its amount on one line");
        assertTrue(all.endsWith("表后文字"), "what follows the table comes after it");
    }

    @Test
    void aRowTallerThanAPageIsSplitBetweenItsLines() throws Exception {
        String text = "这是一段很长的说明文字，".repeat(600);
        Path pdf = render(table(List.of(List.of(GridTable.Cell.text("甲"), GridTable.Cell.text(text),
                GridTable.Cell.amount("1.00")))), "");
        assertTrue(pages(pdf) >= 3, "the row runs over pages");
        // the row's other cells are drawn after the long one on the first page, in reading order
        String all = PdfText.squeezed(PdfText.of(pdf, "-raw")).replace("项目说明金额", "").replace("甲", "")
                .replace("1.00", "");
        assertTrue(all.contains(PdfText.squeezed(text).substring(0, 200)), "the text is not lost");
        assertEquals(600, all.split("这是一段很长的说明文字", -1).length - 1, "every sentence printed once");
    }

    @Test
    void noCellLineStartsWithClosingPunctuationAndNumbersStayWhole() {
        LineBreaker b = new LineBreaker(PdfFonts.forDocument().body());
        String text = "党风廉政建设责任制落实率达到100%，各项规章制度遵守落实率100%。（见附表）“三公”经费压减5.5万元。";
        for (float width = 30; width < 200; width += 7) {
            List<LineBreaker.Line> lines = b.lines(text, 10.5f, width);
            assertEquals(text, String.join("", lines.stream().map(LineBreaker.Line::text).toList()), "nothing lost");
            for (LineBreaker.Line l : lines) {
                assertTrue(l.width() <= width + 0.01f || !l.text().contains(" "), l + " within " + width);
                assertFalse(!l.text().isEmpty() && ChineseSplitCharacters.NO_LINE_START.indexOf(l.text().charAt(0)) >= 0
                        && lines.indexOf(l) > 0, "a line starts with " + l.text().charAt(0) + " at width " + width);
                assertFalse(l.text().endsWith("（") || l.text().endsWith("“"), "a line ends with an opening mark");
            }
            assertTrue(lines.stream().anyMatch(l -> l.text().contains("100%")), "100% kept together at " + width);
        }
    }
}
