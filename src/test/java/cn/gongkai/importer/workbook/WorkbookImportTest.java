package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TownshipBudget;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.importer.workbook.TownshipWorkbook.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A budget system's workbook, in the shapes real exports take, read into the draft's tables. */
class WorkbookImportTest {
    @TempDir
    Path dir;

    @Test
    void theStandardWorkbookReadsCellForCell() throws Exception {
        WorkbookTables w = TableFixtures.read(TownshipWorkbook.write(dir.resolve("预算.xlsx"), Shape.standard()));
        assertEquals(List.of(), w.unplaced());
        assertEquals("920", w.unitCode());
        assertEquals(TownshipBudget.UNIT_NAME, w.unitName());
        assertEquals(2025, w.budgetYear());
        assertEquals(9, w.tables().all().size(), w.recognised().toString());
        BudgetTable t3 = w.tables().get(TableKind.EXPENSE_SUMMARY).orElseThrow();
        BudgetRow total = t3.line(BudgetLine.TOTAL).orElseThrow();
        assertEquals(0, TownshipBudget.total().compareTo(total.value(BudgetColumn.TOTAL)));
        BudgetRow item = t3.row(new RowKey.Subject(Classification.FUNCTION, "2010301")).orElseThrow();
        assertEquals(new BigDecimal("850.123456"), item.amount(BudgetColumn.TOTAL));
        assertEquals("行政运行", item.name());
        assertTrue(item.source(BudgetColumn.TOTAL).orElseThrow().startsWith("1.3部门支出总表!C"),
                item.sources().toString());
        assertEquals(TownshipBudget.functionSubjects().size() + 1, t3.rows().size());
        BudgetTable t8 = w.tables().get(TableKind.GOV_FUND_EXPENSE).orElseThrow();
        assertTrue(t8.isEmpty());
        assertEquals("本单位无政府性基金预算支出，故本表为空表。", t8.emptyStatement());
        BudgetTable t7 = w.tables().get(TableKind.THREE_PUBLIC).orElseThrow();
        assertEquals(new BigDecimal("17"), t7.line(BudgetLine.CURRENT_YEAR).orElseThrow().amount(BudgetColumn.TOTAL));
        assertEquals(new BigDecimal("19.5"), t7.line(BudgetLine.LAST_YEAR).orElseThrow().amount(BudgetColumn.TOTAL));
        BudgetTable t1 = w.tables().get(TableKind.INCOME_EXPENSE_SUMMARY).orElseThrow();
        assertEquals(0, TownshipBudget.total().compareTo(
                t1.line(BudgetLine.INCOME_GENERAL_PUBLIC).orElseThrow().amount(BudgetColumn.AMOUNT)));
        assertTrue(w.recognised().stream().anyMatch(l -> l.contains("计算过程") && l.contains("隐藏")), w.recognised().toString());

        Draft d = WorkbookDrafts.newDraft(w, TableFixtures.glossary(), 2025);
        assertEquals(List.of(), TableFixtures.errors(d));
        assertEquals(0, TownshipBudget.basic().compareTo(d.figures().get(FigureKey.EXPENSE_BASIC)));
        assertEquals(0, TownshipBudget.personnel().compareTo(d.figures().get(FigureKey.EXPENSE_PERSONNEL)));
        assertEquals(new BigDecimal("17"), d.figures().get(FigureKey.THREE_PUBLIC_TOTAL));
        assertEquals(new BigDecimal("19.5"), d.figures().get(FigureKey.LAST_THREE_PUBLIC_TOTAL));
        assertEquals(cn.gongkai.domain.model.FinanceLevel.TOWNSHIP, d.header().financeLevel());
    }

    @Test
    void everyShapeReadsToTheSameTables() throws Exception {
        WorkbookTables reference = TableFixtures.read(TownshipWorkbook.write(dir.resolve("ref.xlsx"), Shape.standard()));
        List<Shape> shapes = List.of(
                Shape.standard().xls(true),
                Shape.standard().unit(MoneyUnit.YUAN),
                Shape.standard().numberedTitles(false),
                Shape.standard().mergedHeaders(false),
                Shape.standard().codes(false),
                Shape.standard().splitCodes(true),
                Shape.standard().formulas(true),
                Shape.standard().formulas(true).xls(true).unit(MoneyUnit.YUAN).mergedHeaders(false));
        int n = 0;
        for (Shape s : shapes) {
            Path f = TownshipWorkbook.write(dir.resolve("v" + n++ + (s.xls() ? ".xls" : ".xlsx")), s);
            WorkbookTables w = TableFixtures.read(f);
            assertEquals(List.of(), w.unplaced(), s.toString());
            for (BudgetTable want : reference.tables().all()) {
                BudgetTable got = w.tables().get(want.kind()).orElseThrow(() -> new AssertionError(want.kind() + " " + s));
                assertEquals(amounts(want.inUnit(MoneyUnit.WAN_YUAN)), amounts(got.inUnit(MoneyUnit.WAN_YUAN)),
                        want.kind() + " in " + s);
            }
            Draft d = WorkbookDrafts.newDraft(w, TableFixtures.glossary(), 2025);
            assertEquals(List.of(), TableFixtures.errors(d), s.toString());
        }
    }

    /** Row keys and amounts, without names and sources (which differ by shape). */
    private static List<String> amounts(BudgetTable t) {
        return t.rows().stream().map(r -> r.key().id() + "=" + r.amounts()).toList();
    }
}
