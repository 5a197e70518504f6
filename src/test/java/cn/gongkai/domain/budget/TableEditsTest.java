package cn.gongkai.domain.budget;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.TableSumsRule;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed cells and the totals that follow them, rows added and removed, the printed layout. */
class TableEditsTest {
    @TempDir
    static Path dir;
    static Draft clean;

    @BeforeAll
    static void read() throws Exception {
        clean = WorkbookDrafts.newDraft(TableFixtures.read(TownshipWorkbook.write(dir.resolve("预算.xlsx"),
                TownshipWorkbook.Shape.standard())), TableFixtures.glossary(), 2025);
    }

    private static RowKey.Subject f(String code) {
        return new RowKey.Subject(Classification.FUNCTION, code);
    }

    private static BudgetTable t(TableKind k) {
        return clean.tables().get(k).orElseThrow();
    }

    @Test
    void aTypedCellCarriesItsTotalsAndNothingElse() {
        BudgetTable t5 = t(TableKind.GENERAL_PUBLIC_EXPENSE);
        BudgetTable after = TableEdits.set(t5, f("2010301"), BudgetColumn.PERSONNEL, new BigDecimal("701.123456"));
        assertEquals(new BigDecimal("851.123456"), after.row(f("2010301")).orElseThrow().amount(BudgetColumn.TOTAL));
        assertEquals(new BigDecimal("971.123456"), after.row(f("20103")).orElseThrow().amount(BudgetColumn.TOTAL));
        assertEquals(new BigDecimal("701.123456"), after.row(f("20103")).orElseThrow().amount(BudgetColumn.PERSONNEL));
        assertEquals(0, TownshipBudget.total().add(BigDecimal.ONE).compareTo(
                after.line(BudgetLine.TOTAL).orElseThrow().amount(BudgetColumn.TOTAL)));
        assertEquals(t5.row(f("208")), after.row(f("208")), "other rows keep their values");
        assertEquals(List.of(), new TableSumsRule().check(clean.withTables(clean.tables().with(after))));
        assertTrue(after.row(f("2010301")).orElseThrow().source(BudgetColumn.PERSONNEL).isEmpty());
    }

    @Test
    void computedCellsAreRefused() {
        BudgetTable t5 = t(TableKind.GENERAL_PUBLIC_EXPENSE);
        assertTrue(TableEdits.computed(t5, t5.row(f("20103")).orElseThrow(), BudgetColumn.PERSONNEL));
        assertTrue(TableEdits.computed(t5, t5.row(f("2010301")).orElseThrow(), BudgetColumn.TOTAL));
        assertFalse(TableEdits.computed(t5, t5.row(f("2010301")).orElseThrow(), BudgetColumn.PROJECT));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TableEdits.set(t5, f("201"), BudgetColumn.PROJECT, BigDecimal.ONE));
        assertTrue(e.getMessage().contains("由其他格合计得出"), e.getMessage());
        BudgetTable t1 = t(TableKind.INCOME_EXPENSE_SUMMARY);
        BudgetTable after = TableEdits.set(t1, new RowKey.Line(BudgetLine.CARRY_OVER_IN), BudgetColumn.AMOUNT,
                new BigDecimal("5"));
        assertEquals(0, TownshipBudget.total().add(new BigDecimal("5")).compareTo(
                after.line(BudgetLine.INCOME_GRAND_TOTAL).orElseThrow().amount(BudgetColumn.AMOUNT)));
    }

    @Test
    void addASubjectWithItsParentsAndRemoveIt() {
        BudgetTable t3 = t(TableKind.EXPENSE_SUMMARY);
        BudgetTable added = TableEdits.addSubject(t3, f("2050201"), c -> "名" + c);
        List<String> codes = added.subjects().stream().map(RowKey.Subject::code).toList();
        int at = codes.indexOf("205");
        assertEquals(List.of("205", "20502", "2050201"), codes.subList(at, at + 3));
        assertTrue(codes.indexOf("201") < at && at < codes.indexOf("208"), codes.toString());
        BudgetTable typed = TableEdits.set(added, f("2050201"), BudgetColumn.BASIC, new BigDecimal("10"));
        assertEquals(new BigDecimal("10"), typed.row(f("205")).orElseThrow().amount(BudgetColumn.TOTAL));
        BudgetTable removed = TableEdits.remove(typed, f("205"));
        assertEquals(t3.rows(), removed.rows().stream().map(r -> r.key().equals(new RowKey.Line(BudgetLine.TOTAL))
                ? t3.rows().get(0) : r).toList());
        assertEquals(0, TownshipBudget.total().compareTo(removed.line(BudgetLine.TOTAL).orElseThrow()
                .amount(BudgetColumn.TOTAL)));
        assertThrows(IllegalArgumentException.class, () -> TableEdits.addSubject(t3, f("201"), c -> ""));
    }

    @Test
    void theLayoutIsAsPrinted() {
        TableLayout t5 = TableLayout.of(t(TableKind.GENERAL_PUBLIC_EXPENSE));
        assertEquals(2, t5.headingRows());
        assertTrue(t5.headings().contains(new TableLayout.Heading("基本支出", 0, 3, 1, 2)), t5.headings().toString());
        assertTrue(t5.headings().contains(new TableLayout.Heading("人员经费", 1, 3, 1, 1)));
        assertEquals("　　行政运行", t5.body().get(3).get(1).text());
        TableLayout t1 = TableLayout.of(t(TableKind.INCOME_EXPENSE_SUMMARY));
        assertEquals(List.of("栏次", "1", "2", "3", "4"), t1.countRow());
        assertEquals("1", t1.body().get(0).get(0).text());
        assertEquals("一般公共预算拨款收入", t1.body().get(0).get(1).text());
        assertEquals("一般公共服务支出", t1.body().get(0).get(3).text());
        List<String> last = t1.body().get(t1.body().size() - 1).stream().map(TableLayout.Cell::text).toList();
        assertEquals("收入总计", last.get(1), "the totals close the table, side by side");
        assertEquals("支出总计", last.get(3));
        TableLayout t7 = TableLayout.of(t(TableKind.THREE_PUBLIC));
        assertTrue(t7.headings().contains(new TableLayout.Heading("公务用车购置及运行费", 0, 3, 1, 3)), t7.headings().toString());
    }
}
