package cn.gongkai.app;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.export.PdfText;
import cn.gongkai.importer.workbook.WorkbookImporter;
import cn.gongkai.service.Services;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's path for a new user: a new data folder lists 九州镇 2025, the workbook beside it imports into it, and
 * the PDF opens with the cover, the 目录 and the 公开表, its 情况说明 agreeing with the tables figure for figure.
 * And the samples shipped are what {@link Jiuzhou2025} makes.
 */
class SampleDisclosureTest {
    /** The rules that compare what is written with the tables and their sums. */
    private static final Set<String> AGREEMENT = Set.of("table-sums", "table-links", "table-figures", "text-figures",
            "reform-texts", "income-total", "expense-total", "basic-total", "project-total", "balanced-budget");

    @TempDir
    Path dir;

    @Test
    void openTheSampleImportTheWorkbookPrint() throws Exception {
        Path folder = dir.resolve("data");
        try (Services s = new Composition().open(folder)) {
            DraftSummary sample = s.drafts().list().stream().filter(d -> d.budgetYear() == 2025).findFirst()
                    .orElseThrow();
            assertEquals(TemplateProfile.HEBEI_2021, s.drafts().load(sample.id()).header().profile());
            assertTrue(s.drafts().validate(sample.id()).stream().anyMatch(p -> p.rule().equals("empty-tables")),
                    "before the import: the tables are missing");
            ImportResult r = s.drafts().importTablesInto(sample.id(), folder.resolve(Composition.SAMPLE_WORKBOOK_FILE));
            assertTrue(r.recognised().stream().anyMatch(l -> l.contains("5 一般公共预算支出表")), r.recognised().toString());
            List<Problem> problems = s.drafts().validate(sample.id());
            List<Problem> disagreements = problems.stream().filter(p -> AGREEMENT.contains(p.rule())).toList();
            assertEquals(List.of(), disagreements, "the 情况说明 and the figures agree with the tables");
            assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("2010301 行政运行（项）比上年增加")),
                    "what is left to the officer: the reasons of the changes");

            Path pdf = dir.resolve("公开.pdf");
            s.exports().exportPdf(sample.id(), pdf);
            String text = PdfText.squeezed(PdfText.of(pdf, "-raw"));
            int cover = text.indexOf("廊坊市广阳区九州镇人民政府2025年部门预算信息公开");
            int contents = text.indexOf("目录");
            int table1 = text.indexOf("表1部门收支总表编制单位");
            int narrative = text.indexOf("2025年部门预算信息公开情况说明");
            assertTrue(cover >= 0 && contents > cover && table1 > contents && narrative > table1,
                    cover + " " + contents + " " + table1 + " " + narrative);
            Draft d = s.drafts().load(sample.id());
            for (String stated : List.of("2025年收入预算1599.22万元", "2025年财政拨款收入预算1599.22万元",
                    "2025年一般公共预算当年拨款1599.22万元，比上年增加170.12万元，增长11.90%",
                    "2025年一般公共预算基本支出1299.22万元", "“三公”经费预算安排17.00万元")) {
                assertTrue(text.indexOf(stated, narrative) > narrative, stated);
            }
            assertEquals(Jiuzhou2025.draft(glossary()).header(), d.header(), "the sample as shipped");
            assertNoAmountPaddedPastTwoDecimals("the PDF", PdfText.of(pdf, "-layout"));
            Path docx = dir.resolve("公开.docx");
            s.exports().exportDocx(sample.id(), docx);
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
                 XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
                assertNoAmountPaddedPastTwoDecimals("the Word file", words.getText());
            }
        }
    }

    /** 万元 with two decimals: no amount printed with more, no 0.000000, and the tables' zero cells as 0.00. */
    private static void assertNoAmountPaddedPastTwoDecimals(String where, String text) {
        Matcher m = Pattern.compile("\\d+\\.\\d{3,}").matcher(text);
        List<String> padded = new ArrayList<>();
        while (m.find()) {
            padded.add(m.group());
        }
        assertEquals(List.of(), padded, where + " prints amounts past two decimals");
        assertTrue(text.contains("0.00"), where + " prints its zero cells as 0.00");
        assertTrue(text.contains("1,599.22") || text.contains("1599.22"), where + ": the total, rounded");
    }

    @Test
    void theShippedSamplesAreWhatTheGeneratorMakes() throws Exception {
        Draft shipped = new ExchangeReader().read(Files.readAllBytes(Path.of("resources/samples", Jiuzhou2025.DRAFT)));
        assertEquals(Jiuzhou2025.draft(glossary()), shipped);
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        WorkbookImporter importer = new WorkbookImporter();
        assertEquals(importer.read(Jiuzhou2025.workbook(dir.resolve("新.xlsx")), catalogue, 2025).tables(),
                importer.read(Path.of("resources/samples", Jiuzhou2025.WORKBOOK), catalogue, 2025).tables());
    }

    private static StandardGlossary glossary() throws Exception {
        return StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
    }
}
