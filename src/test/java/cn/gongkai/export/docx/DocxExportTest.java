package cn.gongkai.export.docx;

import cn.gongkai.TestData;
import cn.gongkai.app.Jiuzhou2025;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.PdfText;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.workbook.WorkbookImporter;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Word file of the sample drafts (2019 and 2025 with its workbook's tables) and of the three seeds, read back
 * with POI: every paragraph and table cell found in the PDF's text in the same order; named styles, headings as
 * headings, real tables with merged headings repeated on every page, landscape sections, page numbers, the 目录 as
 * a field over TC entries with the PDF's page numbers, the 草稿 mark until 定稿.
 */
class DocxExportTest {
    @TempDir
    static Path dir;
    static Draft reform;

    @BeforeAll
    static void drafts() throws Exception {
        StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        Path book = Jiuzhou2025.workbook(dir.resolve("预算.xlsx"));
        reform = WorkbookDrafts.into(Jiuzhou2025.draft(glossary), new WorkbookImporter().read(book, catalogue, 2025));
    }

    static Draft draft(String which) throws Exception {
        return switch (which) {
            case "sample-2019" -> TestData.sample();
            case "sample-2025" -> reform;
            default -> new DisclosureTextImporter().read(Files.readString(TestData.seed(which))).draft();
        };
    }

    static Path docx(Draft d, List<Problem> problems, String name) throws Exception {
        Map<String, Integer> pages = new PdfDisclosureRenderer().contentsPages(d, problems);
        Path file = dir.resolve(name + ".docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxDisclosureRenderer().render(d, problems, pages, out);
        }
        return file;
    }

    static Path pdf(Draft d, List<Problem> problems, String name) throws Exception {
        Path file = dir.resolve(name + ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfDisclosureRenderer().render(d, problems, out);
        }
        return file;
    }

    /** The body as a reader meets it: each paragraph, and each cell's paragraphs row by row; tab stops part it. */
    static List<String> pieces(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                add(out, p.getText());
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> add(out, p.getText()));
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String text) {
        for (String part : text.split("\t")) {
            String s = PdfText.squeezed(part);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample-2019", "sample-2025", "jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
            "xiguan-subdistrict-2019.txt"})
    void everyParagraphAndCellStandsInThePdfInTheSameOrder(String which) throws Exception {
        Draft d = draft(which);
        List<Problem> problems = Validator.standard().validate(d);
        Path docx = docx(d, problems, "order");
        String pdfText = PdfText.squeezed(PdfText.withoutPageFurniture(PdfText.of(pdf(d, problems, "order"), "-raw")));
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> pieces = pieces(doc);
            int found = PdfText.inOrder(pieces, pdfText);
            List<String> missing = pieces.stream().filter(p -> !pdfText.contains(p)).toList();
            System.out.printf("docx %s: %d of %d paragraphs and cells in the PDF's order%n", which, found,
                    pieces.size());
            assertEquals(List.of(), missing, which + ": in the Word file but not in the PDF");
            assertEquals(pieces.size(), found, which + ": everything is there, but not in the PDF's order");
            assertTrue(pieces.size() > 300, which + ": the whole disclosure, not a part: " + pieces.size());
        }
    }

    @Test
    void stylesHeadingsTablesSectionsAndTheContentsFieldAreWordNative() throws Exception {
        List<Problem> problems = Validator.standard().validate(reform);
        Path file = docx(reform, problems, "reform");
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            // named styles in a real styles part, fonts as office PCs name them
            for (String id : List.of("Normal", "Heading1", "Heading2", "Heading3", "TableText", "TOC1", "TOC2")) {
                assertNotNull(doc.getStyles().getStyle(id), "style " + id);
            }
            assertEquals("heading 2", doc.getStyles().getStyle("Heading2").getName());
            assertEquals("表格文字", doc.getStyles().getStyle("TableText").getName());
            String styles = part(doc, "/word/styles.xml");
            assertTrue(styles.contains("w:eastAsia=\"仿宋_GB2312\"") && styles.contains("w:eastAsia=\"黑体\"")
                    && styles.contains("w:eastAsia=\"楷体_GB2312\"") && styles.contains("w:ascii=\"Times New Roman\""));
            String fonts = part(doc, "/word/fontTable.xml");
            assertTrue(fonts.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
                    && fonts.contains("<w:altName w:val=\"FangSong\"/>"), "fallback names for 仿宋_GB2312");

            // headings as headings: the 情况说明's title and its fourteen sections
            List<XWPFParagraph> paras = doc.getParagraphs();
            assertTrue(paras.stream().anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().contains("部门预算信息公开情况说明")));
            assertEquals(14, paras.stream().filter(p -> "Heading2".equals(p.getStyle())).count());
            assertTrue(paras.stream().anyMatch(p -> "Heading3".equals(p.getStyle())
                    && p.getText().equals("（一）部门职责")));

            // the 目录: a TOC field over a TC entry at each place it lists, showing the PDF's page numbers
            String body = part(doc, "/word/document.xml");
            assertTrue(body.contains("TOC \\f \\h \\z"));
            Map<String, Integer> pages = new PdfDisclosureRenderer().contentsPages(reform, problems);
            for (Map.Entry<String, Integer> e : pages.entrySet()) {
                assertTrue(body.contains("TC \"" + e.getKey() + "\""), "TC entry " + e.getKey());
                XWPFParagraph line = paras.stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")
                        && p.getText().startsWith(e.getKey())).findFirst().orElseThrow();
                assertEquals(e.getKey() + "\t" + e.getValue(), line.getText());
            }

            // the nine standard tables and the others as Word tables; headings merged and repeated on every page
            assertTrue(doc.getTables().size() >= TableKind.values().length);
            XWPFTable first = doc.getTables().get(0);
            assertTrue(first.getRow(0).getCtRow().getTrPr().sizeOfTblHeaderArray() > 0, "header row repeats");
            assertTrue(first.getRows().stream().allMatch(r -> r.getCtRow().getTrPr().sizeOfCantSplitArray() > 0));
            assertTrue(body.contains("<w:gridSpan w:val=\"2\"/>"), "a heading over two columns");
            assertTrue(body.contains("<w:vMerge w:val=\"restart\"/>") && body.contains("<w:vMerge w:val=\"continue\"/>"),
                    "a heading over two rows");

            // sections: front matter unnumbered, then pages from 1; landscape where a table is wide
            List<CTSectPr> sections = sections(doc);
            assertEquals(0, sections.get(0).sizeOfFooterReferenceArray(), "no number on the cover and 目录");
            assertEquals(1, sections.get(1).getPgNumType().getStart().intValue());
            assertTrue(sections.stream().anyMatch(s -> s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE));
            assertEquals(STPageOrientation.LANDSCAPE, sections.get(sections.size() - 1).getPgSz().getOrient(),
                    "the 绩效 table's pages");
            CTSectPr portrait = sections.stream().filter(s -> s.getPgSz().getOrient() == null).findFirst().orElseThrow();
            assertEquals("11906", portrait.getPgSz().getW().toString());
            assertEquals("2098", portrait.getPgMar().getTop().toString());
            assertEquals("1588", portrait.getPgMar().getLeft().toString());
            String footer = doc.getFooterList().get(0).getText().strip();
            assertTrue(footer.startsWith("— ") && footer.endsWith(" —"), footer);
            assertTrue(part(doc, "/word/footer1.xml").contains(" PAGE "));
            // a draft with 错误 carries the 草稿 mark
            assertTrue(doc.getHeaderList().stream().anyMatch(h -> h.getText().contains("草稿：尚未定稿")));
        }
    }

    @Test
    void aFinalDraftWithoutErrorsHasNoDraftMarkAndADraftHasItOnEverySection() throws Exception {
        Draft done = reform.withHeader(reform.header().withStatus(DraftStatus.FINAL));
        try (InputStream in = Files.newInputStream(docx(done, List.of(), "final"));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(doc.getHeaderList().isEmpty());
            assertFalse(part(doc, "/word/document.xml").contains("headerReference"));
        }
        try (InputStream in = Files.newInputStream(docx(reform.withHeader(reform.header().withStatus(DraftStatus.DRAFT)),
                List.of(), "draft")); XWPFDocument doc = new XWPFDocument(in)) {
            assertTrue(sections(doc).stream().allMatch(s -> s.sizeOfHeaderReferenceArray() == 1));
            assertTrue(part(doc, "/word/header1.xml").contains("string=\"草 稿\""), "the watermark");
        }
    }

    @Test
    void theFileReopensAndItsDocumentPartIsValidAgainstTheSchema() throws Exception {
        Draft d = TestData.sample();
        Path file = docx(d, Validator.standard().validate(d), "valid");
        try (OPCPackage pkg = OPCPackage.open(file.toFile()); XWPFDocument doc = new XWPFDocument(pkg)) {
            List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
            boolean valid = doc.getDocument().validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(errors));
            assertTrue(valid, "schema errors: " + errors.subList(0, Math.min(5, errors.size())));
        }
    }

    private static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    private static String part(XWPFDocument doc, String name) throws Exception {
        PackagePart part = doc.getPackage().getPart(org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName(name));
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
