package cn.gongkai.importer;

import cn.gongkai.DraftDiff;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableEdits;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.newyear.RollForward;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TablesWorkbook;
import cn.gongkai.importer.workbook.WorkbookImporter;
import cn.gongkai.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Today's template read back: the 2025 sample with its workbook imported, written as a Word file and as that file's
 * text, imports as the same draft, field for field, tables included (compared through the exchange file). Only the
 * provenance of the tables' amounts differs, by nature: read from the Word file, an amount came from its table, not
 * from the workbook's cell.
 */
class ReformRoundTripTest {
    @TempDir
    Path dir;

    /** The sample as the README's first steps make it: draft 2 with the sample workbook imported into it. */
    static Draft sampleWithTables(Path dir) {
        try (Services s = new Composition().inMemory()) {
            Path book = dir.resolve("九州镇2025年预算表格.xlsx");
            Files.copy(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"), book);
            s.drafts().importTablesInto(2, book);
            return s.drafts().load(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> differences(Draft a, Draft b) {
        return DraftDiff.of(a, b).stream().filter(d -> !d.contains("/sources")).toList();
    }

    /** Printed as entered, every amount whole: the same draft comes back. */
    @Test
    void theSampleWrittenAsWordReadsBackAsTheSameDraft() throws Exception {
        Draft first = asEntered(sampleWithTables(dir));
        String text = word(first);
        Draft again = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text).draft();
        assertEquals(List.of(), differences(first, again), "read back from the Word file");
    }

    /** Printed with two decimals (the sample's style): the draft as printed comes back, two decimals and all. */
    @Test
    void theSampleWithTwoDecimalsReadsBackAsPrinted() throws Exception {
        Draft first = sampleWithTables(dir);
        assertEquals(cn.gongkai.domain.money.AmountStyle.DEFAULT, first.header().amountStyle());
        Draft again = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(word(first)).draft();
        assertEquals(List.of(), differences(AsPrinted.of(first), again), "read back from the Word file");
    }

    static Draft asEntered(Draft d) {
        return d.withHeader(d.header().withAmountStyle(cn.gongkai.domain.money.AmountStyle.AS_ENTERED));
    }

    private String word(Draft d) throws Exception {
        Path docx = dir.resolve("公开.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxDisclosureRenderer().render(d, Validator.standard().validate(d), Map.of(), out);
        }
        return DocxText.read(docx, 50L << 20);
    }

    /**
     * The loop the product exists for, closed for today's template: last year's Word file read back, rolled forward
     * to the next year (last year's figures become the basis, as for a draft made in Gongkai), and this year's
     * workbook imported into it.
     */
    @Test
    void lastYearsWordFileRollsForwardAndTakesThisYearsWorkbook() throws Exception {
        Draft published = asEntered(sampleWithTables(dir));
        Path docx = dir.resolve("2025年公开.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxDisclosureRenderer().render(published, Validator.standard().validate(published), Map.of(), out);
        }
        Draft lastYear = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(DocxText.read(docx, 50L << 20)).draft();
        StandardGlossary glossary = TableFixtures.glossary();
        Draft next = RollForward.apply(lastYear, 2026, glossary);
        Draft fromSample = RollForward.apply(published, 2026, glossary);
        assertEquals(new BigDecimal("1599.223456"), next.figures().get(FigureKey.LAST_GENERAL_PUBLIC));
        assertEquals(List.of(), differences(fromSample, next), "rolled forward as the draft made in Gongkai is");

        // this year's workbook: last year's tables with one 项 more, as the budget system exports them for 2026
        BudgetTable t5 = published.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        RowKey admin = new RowKey.Subject(Classification.FUNCTION, "2010101");
        BudgetTable thisYear = new BudgetTable(t5.kind(), t5.unit(), t5.columns().stream()
                .filter(c -> c != BudgetColumn.LAST_YEAR_TOTAL).toList(), t5.rows().stream()
                .map(r -> r.with(BudgetColumn.LAST_YEAR_TOTAL, null)).toList(), t5.emptyStatement());
        BudgetTable raised = TableEdits.set(thisYear, admin, BudgetColumn.PERSONNEL,
                t5.row(admin).orElseThrow().amount(BudgetColumn.PERSONNEL).add(BigDecimal.TEN));
        Path book = TablesWorkbook.write(dir.resolve("2026.xlsx"), published.tables().with(raised),
                published.header().unitCode() + published.header().unitName(), 2026);
        Draft filled = WorkbookDrafts.into(next, new WorkbookImporter().read(book, TableFixtures.CATALOGUE, 2026));
        assertEquals(new BigDecimal("1609.223456"), filled.figures().get(FigureKey.GENERAL_PUBLIC_EXPENSE));
        assertEquals(new BigDecimal("1599.223456"), filled.figures().get(FigureKey.LAST_GENERAL_PUBLIC),
                "last year's stays the basis");
        assertTrue(Narratives.text(filled, TextKey.GENERAL_PUBLIC_SCALE).contains("比上年增加10.00万元"),
                Narratives.text(filled, TextKey.GENERAL_PUBLIC_SCALE));
    }
}
