package cn.gongkai.export.pdf;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.port.PrintedPages;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disclosure typeset in memory for the live preview: the same PDF, and each section heading's page. */
class PrintedPagesTest {
    @TempDir
    Path dir;

    @Test
    void eachSectionsPagesHoldItsHeading() throws Exception {
        Draft d = TestData.sample();
        var problems = Validator.standard().validate(d);
        PdfDisclosureRenderer renderer = new PdfDisclosureRenderer();
        PrintedPages printed = renderer.printed(d, problems);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        renderer.render(d, problems, file);
        Path pdf = Files.write(dir.resolve("p.pdf"), printed.pdf());
        Path exported = Files.write(dir.resolve("e.pdf"), file.toByteArray());
        assertEquals(PdfText.of(exported, "-raw"), PdfText.of(pdf, "-raw"), "the same PDF as the export");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertEquals(doc.getNumberOfPages(), printed.pageCount());
        }
        for (Section s : Section.values()) {
            if (s == Section.TABLES) {
                continue; // the 2018–2020 template has no 公开表
            }
            int[] range = printed.pagesOf(s.heading(), 3);
            assertTrue(range[0] >= 1 && range[0] <= range[1] && range[1] <= printed.pageCount()
                    && range[1] - range[0] < 3, s + " " + range[0] + "–" + range[1]);
            String first = PdfText.squeezed(new String(new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f",
                    "" + range[0], "-l", "" + range[0], pdf.toString(), "-").start().getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(first.contains(PdfText.squeezed(s.heading())), s + " not on page " + range[0]);
        }
        assertArrayEquals(new int[] {1, 2}, printed.pagesOf("没有这个标题", 2), "no such heading: the first pages");
    }
}
