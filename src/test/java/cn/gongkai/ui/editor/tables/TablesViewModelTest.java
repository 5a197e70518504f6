package cn.gongkai.ui.editor.tables;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TableLayout;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 公开表's view model without a screen, on drafts kept in memory: every edit of a table is one undo step, stored,
 * with its totals and figures following; what cannot be typed is refused with the reason and nothing changes.
 */
class TablesViewModelTest {
    private static final RowKey.Subject ADMIN = new RowKey.Subject(Classification.FUNCTION, "2010301");
    @TempDir
    static Path books;
    private static Services services;
    private static Path book;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private EditorViewModel editor;
    private TablesViewModel vm;

    @BeforeAll
    static void openFolder() {
        services = new Composition().inMemory();
        book = TownshipWorkbook.write(books.resolve("预算.xlsx"), TownshipWorkbook.Shape.standard());
    }

    @AfterAll
    static void closeFolder() {
        services.close();
    }

    @BeforeEach
    void open() {
        long id = services.drafts().create("某某县某某镇人民政府", 2025, cn.gongkai.domain.model.FinanceLevel.TOWNSHIP);
        editor = new EditorViewModel(new SameThreadTasks(), services.drafts(), services.exports(),
                services.drafts().open(id), dialogs);
        vm = editor.tables();
    }

    private Draft stored() {
        return services.drafts().load(editor.id());
    }

    private BudgetTable t5() {
        return editor.draft().tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
    }

    /** The body position of a row's cell in a column, as the grid lays the table out. */
    private TablesViewModel.Position at(TableKind k, RowKey key, BudgetColumn c) {
        TableLayout l = vm.layout(k);
        for (int i = 0; i < l.body().size(); i++) {
            for (int j = 0; j < l.body().get(i).size(); j++) {
                TableLayout.Cell cell = l.body().get(i).get(j);
                if (cell.isAmount() && cell.row().key().equals(key) && cell.column() == c) {
                    return new TablesViewModel.Position(i, j);
                }
            }
        }
        throw new AssertionError(key + " " + c);
    }

    private void imported() {
        dialogs.files.push(Optional.of(book));
        vm.importWorkbook();
        assertEquals(1, dialogs.reports.size(), "the report is shown");
    }

    @Test
    void aNewDraftShowsEachTableWithItsFixedLines() {
        assertFalse(editor.draft().tables().has(TableKind.INCOME_EXPENSE_SUMMARY));
        TableLayout t1 = vm.layout(TableKind.INCOME_EXPENSE_SUMMARY);
        assertEquals("一般公共预算拨款收入", t1.body().get(0).get(1).text());
        assertEquals(List.of("栏次", "1", "2", "3", "4"), t1.countRow());
        assertTrue(vm.layout(TableKind.GENERAL_PUBLIC_EXPENSE).body().get(0).stream()
                .anyMatch(c -> c.text().equals("合计")));
        TablesViewModel.Position income = new TablesViewModel.Position(0, 2);
        assertTrue(vm.editable(TableKind.INCOME_EXPENSE_SUMMARY, income));
        assertEquals(Optional.empty(), vm.setCell(TableKind.INCOME_EXPENSE_SUMMARY, income, "1,200.5"));
        assertEquals(new BigDecimal("1200.5"), stored().figures().get(FigureKey.INCOME_GENERAL_PUBLIC),
                "a table typed into from nothing is created, stored, and fills the figure");
    }

    @Test
    void importIsOneUndoStepAndAYearMismatchChangesNothing() {
        imported();
        assertTrue(stored().tables().has(TableKind.GENERAL_PUBLIC_EXPENSE));
        assertEquals(new BigDecimal("1599.223456"), stored().figures().get(FigureKey.EXPENSE_TOTAL));
        editor.undo();
        assertFalse(editor.draft().tables().has(TableKind.GENERAL_PUBLIC_EXPENSE));
        assertFalse(stored().tables().has(TableKind.GENERAL_PUBLIC_EXPENSE));

        long other = services.drafts().create("某某县某某镇人民政府", 2024, cn.gongkai.domain.model.FinanceLevel.TOWNSHIP);
        EditorViewModel e2024 = new EditorViewModel(new SameThreadTasks(), services.drafts(), services.exports(),
                services.drafts().open(other), dialogs);
        Draft before = e2024.draft();
        e2024.tables().importWorkbook(book);
        assertEquals(before, e2024.draft());
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).contains("是 2025 年的预算，草稿是 2024 年的"),
                dialogs.shown.toString());
    }

    @Test
    void typedCellsCarryTheirTotalsAndTotalsAreNotTyped() {
        imported();
        TablesViewModel.Position personnel = at(TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN, BudgetColumn.PERSONNEL);
        assertEquals(Optional.empty(), vm.setCell(TableKind.GENERAL_PUBLIC_EXPENSE, personnel, "701.123456"));
        assertEquals(new BigDecimal("851.123456"), t5().row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL));
        assertEquals(t5(), stored().tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow());
        TablesViewModel.Position total = at(TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN, BudgetColumn.TOTAL);
        assertFalse(vm.editable(TableKind.GENERAL_PUBLIC_EXPENSE, total));
        Draft before = editor.draft();
        Optional<String> refused = vm.setCell(TableKind.GENERAL_PUBLIC_EXPENSE, total, "5");
        assertTrue(refused.orElseThrow().contains("合计"), refused.toString());
        assertEquals(before, editor.draft());
        assertTrue(vm.setCell(TableKind.GENERAL_PUBLIC_EXPENSE, personnel, "12,3a").orElseThrow().contains("不是有效的金额"));
        assertEquals(before, editor.draft());
        assertTrue(vm.noteProperty().get().contains("不是有效的金额"), "the grid shows why");
    }

    @Test
    void pasteClearAddAndRemoveAreEachOneStep() {
        imported();
        TablesViewModel.Position personnel = at(TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN, BudgetColumn.PERSONNEL);
        Draft before = editor.draft();
        assertEquals(Optional.empty(), vm.paste(TableKind.GENERAL_PUBLIC_EXPENSE,
                new TablesViewModel.Position(personnel.row(), personnel.column() - 1), "9\t1\t2\n"));
        assertEquals("已粘贴 2 格，跳过 1 个合计或标题格", vm.noteProperty().get());
        assertEquals(new BigDecimal("3"), t5().row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL));
        editor.undo();
        assertEquals(before, editor.draft());

        // a block copied from Excel with its label cell, which holds a line break: still one row, amounts in place
        assertEquals(Optional.empty(), vm.paste(TableKind.GENERAL_PUBLIC_EXPENSE,
                new TablesViewModel.Position(personnel.row(), personnel.column() - 1),
                "\"行政运行\r\n（机关）\"\t4\t5\r\n"));
        assertEquals(new BigDecimal("9"), t5().row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL));
        editor.undo();
        assertEquals(before, editor.draft());

        vm.clear(TableKind.GENERAL_PUBLIC_EXPENSE, List.of(personnel,
                at(TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN, BudgetColumn.TOTAL)));
        assertEquals(null, t5().row(ADMIN).orElseThrow().amount(BudgetColumn.PERSONNEL));
        assertEquals(new BigDecimal("150"), t5().row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL));
        editor.undo();

        assertTrue(vm.suggest(TableKind.GENERAL_PUBLIC_EXPENSE, "2010").contains("2010101 行政运行"),
                vm.suggest(TableKind.GENERAL_PUBLIC_EXPENSE, "2010").toString());
        assertTrue(vm.suggest(TableKind.GENERAL_PUBLIC_EXPENSE, "住房公积金").contains("2210201 住房公积金"));
        assertEquals(Optional.empty(), vm.addSubject(TableKind.GENERAL_PUBLIC_EXPENSE, "2080501"));
        assertTrue(t5().row(new RowKey.Subject(Classification.FUNCTION, "2080501")).isPresent());
        assertEquals(stored(), editor.draft());
        assertTrue(vm.addSubject(TableKind.GENERAL_PUBLIC_EXPENSE, "20805010").orElseThrow().contains("不是功能分类科目编码"));
        int row = at(TableKind.GENERAL_PUBLIC_EXPENSE, new RowKey.Subject(Classification.FUNCTION, "20103"),
                BudgetColumn.TOTAL).row();
        assertEquals(Optional.empty(), vm.removeRow(TableKind.GENERAL_PUBLIC_EXPENSE, row));
        assertTrue(t5().row(ADMIN).isEmpty(), "a 款 goes with its 项");
        assertEquals(new BigDecimal("167.8"), t5().row(new RowKey.Subject(Classification.FUNCTION, "201")).orElseThrow()
                .amount(BudgetColumn.TOTAL), "its 类 less what went (1137.923456 − 970.123456)");
        assertTrue(vm.removeRow(TableKind.GENERAL_PUBLIC_EXPENSE, 0).orElseThrow().contains("固定行"));
    }

    @Test
    void theEmptyStatementAndTheReasonsAreStored() {
        imported();
        vm.setEmptyStatement(TableKind.GOV_FUND_EXPENSE, "本镇没有政府性基金预算拨款。");
        assertEquals("本镇没有政府性基金预算拨款。",
                stored().tables().get(TableKind.GOV_FUND_EXPENSE).orElseThrow().emptyStatement());
        editor.forms().setReason(ADMIN.code(), "人员调资");
        assertEquals("人员调资", stored().tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow().row(ADMIN)
                .orElseThrow().note());
        dialogs.confirmations.add(true); // 定稿 despite what it lists
        editor.setFinal(true);
        assertTrue(vm.setCell(TableKind.GENERAL_PUBLIC_EXPENSE, at(TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN,
                BudgetColumn.PERSONNEL), "1").isPresent(), "a 定稿 is read-only");
    }
}
