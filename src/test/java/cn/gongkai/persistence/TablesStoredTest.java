package cn.gongkai.persistence;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import cn.gongkai.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A draft with its tables survives the store and the exchange file, cell for cell, sources and all. */
class TablesStoredTest {
    @TempDir
    static Path dir;
    static Draft draft;

    @BeforeAll
    static void read() throws Exception {
        Draft d = WorkbookDrafts.newDraft(TableFixtures.read(TownshipWorkbook.write(dir.resolve("预算.xlsx"),
                TownshipWorkbook.Shape.standard())), TableFixtures.glossary(), 2025);
        BudgetTable inYuan = d.tables().get(TableKind.GENERAL_PUBLIC_BASIC).orElseThrow().inUnit(MoneyUnit.YUAN);
        BudgetTable t5 = d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        int admin = t5.indexOf(new cn.gongkai.domain.budget.RowKey.Subject(
                cn.gongkai.domain.budget.Classification.FUNCTION, "2010301"));
        BudgetTable noted = t5.withRow(admin, t5.rows().get(admin).with(BudgetColumn.LAST_YEAR_TOTAL,
                new BigDecimal("800")).withNote("人员调资，人员经费增加"));
        draft = d.withTables(d.tables().with(inYuan).with(noted)); // last year's column and a note, since schema 3
    }

    @Test
    void theStoreKeepsEveryCellAndWritesOnlyTheChangedTable() {
        try (Services s = new Composition().open(dir.resolve("data"))) {
            long id = s.drafts().insert(draft);
            assertEquals(draft, s.drafts().load(id));
            var session = s.drafts().open(id);
            BudgetTable t5 = draft.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
            var change = session.apply("改一格", d -> d.withTables(d.tables().with(t5.withRow(1,
                    t5.rows().get(1).with(BudgetColumn.PROJECT, new BigDecimal("1.5")))))).orElseThrow();
            session.save(change);
            Draft back = s.drafts().load(id);
            assertEquals(session.draft(), back);
            assertTrue(back.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow().rows().get(1)
                    .source(BudgetColumn.PROJECT).isEmpty(), "a cell changed by hand names no workbook cell");
        }
        try (Services again = new Composition().open(dir.resolve("data"))) {
            assertTrue(again.drafts().list().size() >= 2);
        }
    }

    @Test
    void theExchangeFileCarriesTheTablesByteForByte() {
        byte[] once = new ExchangeWriter().write(draft);
        Draft back = new ExchangeReader().read(once);
        assertEquals(draft, back);
        assertArrayEquals(once, new ExchangeWriter().write(back));
        String json = new String(once, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"version\" : " + cn.gongkai.exchange.ExchangeFormat.VERSION));
        assertTrue(json.contains("\"sources\" : {"));
        assertTrue(json.contains("\"note\" : \"人员调资，人员经费增加\""), "rows' notes since version 3");
        assertTrue(json.contains("\"LAST_YEAR_TOTAL\" : \"800\""));
    }

    @Test
    void badTablesInAnExchangeFileAreRefusedWithTheirPlace() {
        String json = new String(new ExchangeWriter().write(draft), StandardCharsets.UTF_8);
        for (String[] bad : new String[][] {
                {"\"kind\" : \"t3\"", "\"kind\" : \"t99\"", "tables[2].kind"},
                {"\"key\" : \"F2010301\"", "\"key\" : \"F20103011\"", "不是功能分类的科目编码"},
                {"\"TOTAL\" : \"850.123456\"", "\"TOTAL\" : \"850.1234567\"", "小数位"},
                {"\"unit\" : \"元\"", "\"unit\" : \"千元\"", "千元"}}) {
            assertTrue(json.contains(bad[0]), bad[0]);
            BadInputException e = assertThrows(BadInputException.class, () -> new ExchangeReader()
                    .read(json.replaceFirst(java.util.regex.Pattern.quote(bad[0]), bad[1]).getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().contains(bad[2]), bad[1] + ": " + e.getMessage());
        }
        String dup = json.replaceFirst("\"key\" : \"F2010302\"", "\"key\" : \"F2010301\"");
        BadInputException e = assertThrows(BadInputException.class, () -> new ExchangeReader()
                .read(dup.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("出现了两次"), e.getMessage());
    }
}
