package cn.gongkai.export.pdf;

import cn.gongkai.app.Jiuzhou2025;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.ExpenseTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TableLayout;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.TableSumsRule;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.DisclosureLayout;
import cn.gongkai.export.PdfText;
import cn.gongkai.importer.workbook.WorkbookImporter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The post-reform PDF of a full draft — 九州镇 2025 with the sample workbook's nine tables, and a 部门支出总表 long
 * enough to run over several pages — read back with pdftotext and PDFBox: cover, 目录 whose numbers are the pages'
 * own, every table in reading order (title, caption, headings, rows, totals), headings repeated on every page a
 * table runs onto and no row split from its cells, landscape pages for wide tables, fonts embedded.
 */
class ReformPdfTest {
    @TempDir
    static Path dir;
    static Draft draft;
    static Path pdf;
    static String raw;
    static List<String> pages;

    @BeforeAll
    static void export() throws Exception {
        StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        Path book = Jiuzhou2025.workbook(dir.resolve("预算.xlsx"));
        Draft filled = WorkbookDrafts.into(Jiuzhou2025.draft(glossary), new WorkbookImporter().read(book, catalogue,
                2025));
        draft = filled.withTables(filled.tables().with(ExpenseTables.consistent(3, 5, 10))); // 169 rows
        pdf = dir.resolve("公开.pdf");
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfDisclosureRenderer().render(draft, Validator.standard().validate(draft), out);
        }
        raw = PdfText.squeezed(PdfText.of(pdf, "-raw"));
        pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                s.setStartPage(i);
                s.setEndPage(i);
                pages.add(PdfText.squeezed(s.getText(doc)));
            }
        }
    }

    /** The printed page whose number is {@code n} ("— n —"): the cover and the 目录 have none. */
    private static int pageNumbered(int n) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("—" + n + "—")) {
                return i;
            }
        }
        throw new AssertionError("no page numbered " + n);
    }

    /**
     * Amounts in 元 converted to 万元 (four decimals) that round apart when printed with two: the exact amounts add up
     * and the checks say so; the printed table carries the note on the 尾差 — only where its printed parts do not
     * add up, and never when the amounts are printed as entered.
     */
    @Test
    void aTableWhoseRoundedPartsDoNotAddUpCarriesTheNoteOnItsTailDifference() throws Exception {
        Draft scaled = draft.withTables(BudgetTables.of(draft.tables().all().stream().map(t -> t.withRows(
                t.rows().stream().map(ReformPdfTest::scaled).toList())).toList()));
        assertTrue(scaled.tables().all().stream().anyMatch(t -> TableSumsRule.printedWithTailDifference(t,
                AmountStyle.DEFAULT)), "some table's rounded parts no longer add up");
        List<Problem> problems = Validator.standard().validate(scaled);
        assertEquals(List.of(), problems.stream().filter(p -> p.rule().equals("table-sums")).toList(),
                "the exact amounts add up");
        assertTrue(printed(scaled).contains("注：本表金额按四舍五入列示，合计数与各分项之和的尾差系四舍五入所致。"), "the note under the table");
        Draft entered = scaled.withHeader(scaled.header().withAmountStyle(AmountStyle.AS_ENTERED));
        assertFalse(printed(entered).contains("尾差"), "amounts printed whole need no note");
    }

    /** 10,000.37 元 for every 10,000 元: four decimals in 万元, the sums still exact. */
    private static BudgetRow scaled(BudgetRow r) {
        BudgetRow out = r;
        for (var e : r.amounts().entrySet()) {
            out = out.with(e.getKey(), e.getValue().multiply(new BigDecimal("1.000037")));
        }
        return out;
    }

    private static String printed(Draft d) throws Exception {
        Path file = Files.createTempFile(dir, "尾差", ".pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfDisclosureRenderer().render(d, List.of(), out);
        }
        return PdfText.squeezed(PdfText.of(file, "-raw"));
    }

    @Test
    void coverThenContentsWhoseNumbersAreThePagesOwn() {
        assertTrue(pages.get(0).contains("廊坊市广阳区九州镇人民政府2025年部门预算信息公开"), pages.get(0));
        assertTrue(!pages.get(0).matches(".*—\\d+—.*"), "the cover has no page number");
        assertTrue(pages.get(1).startsWith("目录") || pages.get(1).contains("目录"), pages.get(1));
        Matcher m = Pattern.compile("表(\\d+)([^\\d表]\\D*?)[.…]*(\\d+)").matcher(pages.get(1)); // the dot leaders are drawn
        int entries = 0;
        while (m.find()) {
            int page = pageNumbered(Integer.parseInt(m.group(3)));
            System.out.println("PAGE " + m.group(3) + " -> " + page + " " + pages.get(page).substring(0, Math.min(80, pages.get(page).length())));
            assertTrue(pages.get(page).contains("表" + m.group(1) + m.group(2)),
                    "目录 says 表" + m.group(1) + " is on page " + m.group(3));
            entries++;
        }
        assertEquals(9, entries, pages.get(1));
        assertTrue(pages.get(1).contains("二、部门预算信息公开情况说明"));
        assertTrue(pages.get(2).contains("—1—") && pages.get(2).contains("表1") && pages.get(2).contains("部门收支总表"),
                "the 公开表 follow the 目录, numbered from 1");
    }

    @Test
    void everyTableInReadingOrder() {
        int at = raw.indexOf(PdfText.squeezed("一、部门预算公开表"));
        at = at < 0 ? 0 : at;
        for (TableKind k : TableKind.values()) {
            BudgetTable t = draft.tables().get(k).orElseThrow();
            TableLayout l = TableLayout.of(t);
            at = find("表" + k.number(), at);
            at = find(k.title(), at);
            at = find("编制单位：912廊坊市广阳区九州镇人民政府", at);
            at = find("预算年度：2025年", at);
            at = find("单位：万元", at);
            for (TableLayout.Heading h : l.headings().stream().sorted(java.util.Comparator
                    .comparingInt(TableLayout.Heading::row).thenComparingInt(TableLayout.Heading::col)).toList()) {
                at = find(h.text(), at);
            }
            for (String c : l.countRow()) {
                at = find(c, at);
            }
            cn.gongkai.domain.money.AmountStyle fmt = draft.header().amountStyle();
            for (List<TableLayout.Cell> line : l.body()) {
                for (TableLayout.Cell c : line) {
                    String s = c.isAmount() ? fmt.cell(t.amount(c.row(), c.column())) : c.text();
                    if (!s.isBlank()) {
                        at = find(s, at);
                    }
                }
            }
            if (t.isEmpty()) {
                at = find(t.emptyStatement().isBlank() ? DisclosureLayout.EMPTY_TABLE : t.emptyStatement(), at);
            }
        }
    }

    private static int find(String text, int from) {
        int i = raw.indexOf(PdfText.squeezed(text), from);
        assertTrue(i >= 0, "not found in reading order after " + from + ": " + text + " — near: "
                + raw.substring(Math.max(0, from - 40), Math.min(raw.length(), from + 120)));
        return i + PdfText.squeezed(text).length();
    }

    @Test
    void aLongTableRepeatsItsHeadingsOnEveryPageAndSplitsNoRow() {
        int first = -1;
        int last = -1;
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains("项2010101") || pages.get(i).contains("项2030510")) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        assertTrue(last > first, "the long table runs over several pages");
        for (int i = first; i <= last; i++) {
            assertTrue(pages.get(i).contains("科目编码科目名称合计基本支出项目支出"), "headings on page " + (i + 1));
        }
        BudgetTable t = draft.tables().get(TableKind.EXPENSE_SUMMARY).orElseThrow();
        for (BudgetRow r : t.rows()) {
            String code = r.key().fold(RowKey.Subject::code, l -> "");
            String whole = PdfText.squeezed(code + TableLayout.label(r) + "1.251.250.00");
            if (code.length() == 7) {
                assertTrue(pages.stream().anyMatch(p -> p.contains(whole)), "row " + code + " whole on one page");
            }
        }
    }

    @Test
    void wideTablesAreLandscapeFontsEmbeddedPagesA4() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int t2 = -1;
            for (int i = 0; i < pages.size(); i++) {
                if (pages.get(i).contains("表2部门收入总表")) {
                    t2 = i;
                }
            }
            assertTrue(t2 > 0);
            PDPage p = doc.getPage(t2);
            assertTrue(p.getMediaBox().getWidth() > p.getMediaBox().getHeight(), "部门收入总表 (8 columns) is landscape");
            PDPage t1 = doc.getPage(2);
            assertTrue(t1.getMediaBox().getWidth() < t1.getMediaBox().getHeight(), "部门收支总表 fits upright");
            for (PDPage page : doc.getPages()) {
                float w = Math.min(page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                assertEquals(595, w, 1f);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                }
            }
        }
    }

    @Test
    void theNarrativeFollowsTheTablesAndThePerformanceTableCloses() {
        int tables = raw.indexOf(PdfText.squeezed("国有资本经营预算支出表"));
        int narrative = raw.indexOf(PdfText.squeezed("廊坊市广阳区九州镇人民政府2025年部门预算信息公开情况说明"));
        int performance = raw.lastIndexOf(PdfText.squeezed("部门职责-工作活动绩效目标"));
        assertTrue(tables > 0 && narrative > tables && performance > narrative, tables + " " + narrative + " " + performance);
        for (String s : List.of("一、部门职责及机构设置情况", "二、部门预算安排的总体情况", "三、财政拨款收支总体情况",
                "四、一般公共预算当年拨款情况", "五、一般公共预算基本支出情况", "六、“三公”经费预算情况",
                "七、政府性基金预算支出情况", "八、国有资本经营预算支出情况", "九、机关运行经费安排情况", "十、政府采购预算情况",
                "十一、国有资产占用情况", "十二、预算绩效目标设置情况", "十三、名词解释", "十四、其他需要说明的事项")) {
            int i = raw.indexOf(PdfText.squeezed(s), narrative);
            assertTrue(i > narrative, s);
            narrative = i;
        }
        assertTrue(raw.contains(PdfText.squeezed("2025年一般公共预算当年拨款1599.22万元，比上年增加170.12万元")),
                "the workbook's last-year column gives the change");
        assertTrue(raw.contains(PdfText.squeezed("本单位无政府性基金预算支出，故本表为空表。")));
    }
}
