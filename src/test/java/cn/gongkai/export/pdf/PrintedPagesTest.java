package cn.gongkai.export.pdf;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Section;
import cn.gongkai.app.Jiuzhou2025;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.port.PagePart;
import cn.gongkai.domain.port.PrintedPages;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disclosure typeset in memory for the live preview: the same PDF, and the page each part begins on. */
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
            assertOnFirstPage(printed, pdf, PagePart.of(s), s.heading());
        }
        assertOnFirstPage(printed, pdf, new PagePart.PerformanceTable(), "部门职责-工作活动绩效目标");
        assertArrayEquals(new int[] {1, 2}, printed.pagesOf(PagePart.of(Section.TABLES), 2),
                "a part not printed: the first pages");
    }

    /**
     * Today's template: each section's form turns the preview to its paragraphs of the 情况说明 (not the cover or
     * the 目录), each table to its own page, the tree to the 绩效目标表.
     */
    @Test
    void todaysTemplateTurnsToThePartBeingEdited() throws Exception {
        Draft d = Jiuzhou2025.withTables(dir);
        PrintedPages printed = new PdfDisclosureRenderer().printed(d, Validator.standard().validate(d));
        Path pdf = Files.write(dir.resolve("r.pdf"), printed.pdf());
        Map<Section, String> headings = Map.of(Section.DUTIES, "一、部门职责及机构设置情况",
                Section.BUDGET, "二、部门预算安排的总体情况", Section.THREE_PUBLIC, "六、“三公”经费预算情况",
                Section.RUNNING_COSTS, "九、机关运行经费安排情况", Section.PROCUREMENT, "十、政府采购预算情况",
                Section.ASSETS, "十一、国有资产占用情况", Section.PERFORMANCE, "十二、预算绩效目标设置情况",
                Section.GLOSSARY, "十三、名词解释", Section.OTHER, "十四、其他需要说明的事项",
                Section.TABLES, "表1部门收支总表");
        headings.forEach((s, h) -> assertOnFirstPage(printed, pdf, PagePart.of(s), h));
        for (TableKind k : d.header().profile().tables()) {
            assertOnFirstPage(printed, pdf, new PagePart.Table(k), "表" + k.number() + k.title());
        }
        assertOnFirstPage(printed, pdf, new PagePart.PerformanceTable(), "部门职责-工作活动绩效目标");
        assertEquals(1, printed.pagesOf(new PagePart.Front(), 1)[0], "基本信息: the cover");
        assertTrue(printed.pagesOf(PagePart.of(Section.DUTIES), 1)[0] > 3, "not the cover or the 目录");
    }

    private static void assertOnFirstPage(PrintedPages printed, Path pdf, PagePart part, String text) {
        int[] range = printed.pagesOf(part, 3);
        assertTrue(range[0] >= 1 && range[0] <= range[1] && range[1] <= printed.pageCount()
                && range[1] - range[0] < 3, part + " " + range[0] + "–" + range[1]);
        try {
            String first = PdfText.squeezed(new String(new ProcessBuilder("pdftotext", "-enc", "UTF-8", "-f",
                    "" + range[0], "-l", "" + range[0], pdf.toString(), "-").start().getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(first.contains(PdfText.squeezed(text)), part + ": " + text + " not on page " + range[0]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
