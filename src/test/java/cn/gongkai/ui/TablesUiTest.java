package cn.gongkai.ui;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TableLayout;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import cn.gongkai.ui.editor.EditorViewModel;
import javafx.scene.Node;
import javafx.scene.control.TablePosition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.spreadsheet.SpreadsheetView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static cn.gongkai.ui.EditorFixture.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 公开表 in the editor at 1366×768, headless under Monocle, on a real data folder: a budget workbook imported
 * into the open draft as one undo step, a cell typed with its totals and the checks following, a block pasted from
 * Excel, a problem's jump to its cell.
 */
@ExtendWith(ApplicationExtension.class)
class TablesUiTest {
    private static final RowKey.Subject ADMIN = new RowKey.Subject(Classification.FUNCTION, "2010301");
    private static final RowKey.Subject SECTION = new RowKey.Subject(Classification.FUNCTION, "20103");

    @TempDir
    static Path tmp;
    private EditorFixture fx;
    private Path book;

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1366);
        stage.setHeight(768);
        Path folder = Files.createTempDirectory(tmp, "data");
        book = TownshipWorkbook.write(Files.createTempDirectory(tmp, "book").resolve("预算.xlsx"),
                TownshipWorkbook.Shape.standard());
        fx = new EditorFixture(stage, folder);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    /** A new 2025 draft, opened, with the township workbook imported into it through the editor. */
    private EditorViewModel openWithWorkbook(FxRobot robot) {
        long id = fx.context.drafts().create("某某县某某镇人民政府", 2025, FinanceLevel.TOWNSHIP);
        robot.interact(() -> fx.vm.open(id));
        waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        EditorViewModel vm = fx.vm.editor();
        assertFalse(vm.draft().tables().has(TableKind.GENERAL_PUBLIC_EXPENSE));
        robot.interact(() -> vm.tables().importWorkbook(book));
        waitFor(() -> vm.draft().tables().has(TableKind.GENERAL_PUBLIC_EXPENSE));
        fx.waitSaved();
        waitFor(() -> report().isPresent());
        assertTrue(report().orElseThrow().getScene().getRoot().lookup(".text-area") instanceof javafx.scene.control.TextArea a
                && a.getText().contains("5 一般公共预算支出表"), "the import report shows what was read");
        robot.interact(() -> report().ifPresent(javafx.stage.Window::hide));
        return vm;
    }

    private static java.util.Optional<javafx.stage.Window> report() {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage st
                && "导入报告".equals(st.getTitle()) && w.isShowing()).findFirst();
    }

    private SpreadsheetView sheet(FxRobot robot, TableKind k) {
        robot.interact(() -> fx.window.editorView().showTable(k));
        return robot.lookup("#sheet-" + k.code()).queryAs(SpreadsheetView.class);
    }

    /** The grid row and column of a row's cell in a column, as the grid lays the table out. */
    private static int[] at(EditorViewModel vm, TableKind k, RowKey key, BudgetColumn c) {
        TableLayout l = vm.tables().layout(k);
        for (int i = 0; i < l.body().size(); i++) {
            for (int j = 0; j < l.body().get(i).size(); j++) {
                TableLayout.Cell cell = l.body().get(i).get(j);
                if (cell.isAmount() && cell.row().key().equals(key) && cell.column() == c) {
                    return new int[] {l.headerRows() + i, j};
                }
            }
        }
        throw new AssertionError("no cell " + key + " " + c);
    }

    private static String text(SpreadsheetView s, int[] at) {
        return Objects.toString(s.getGrid().getRows().get(at[0]).get(at[1]).getItem(), "");
    }

    private static BigDecimal stored(EditorFixture fx, EditorViewModel vm, RowKey key, BudgetColumn c) {
        Draft d = fx.context.drafts().load(vm.id());
        return d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow().row(key).orElseThrow().amount(c);
    }

    @Test
    void importTypeAndUndo(FxRobot robot) {
        EditorViewModel vm = openWithWorkbook(robot);
        assertTrue(fx.context.drafts().load(vm.id()).tables().has(TableKind.GENERAL_PUBLIC_EXPENSE),
                "the import is stored");
        SpreadsheetView s = sheet(robot, TableKind.GENERAL_PUBLIC_EXPENSE);
        int[] personnel = at(vm, TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN, BudgetColumn.PERSONNEL);
        int[] sectionTotal = at(vm, TableKind.GENERAL_PUBLIC_EXPENSE, SECTION, BudgetColumn.TOTAL);
        assertEquals("700.123456", text(s, personnel));
        assertEquals("970.123456", text(s, sectionTotal));
        assertTrue(s.getGrid().getRows().get(sectionTotal[0]).get(sectionTotal[1]).getStyleClass()
                .contains("grid-computed"), "a 款 is a total: grey, not typed");
        assertTrue(s.getFixedRows().containsAll(List.of(0, 1)), "the heading rows stay on screen");
        assertTrue(s.getColumns().get(0).isFixed() && s.getColumns().get(1).isFixed(), "code and name stay too");
        assertTrue(vm.problems().stream().noneMatch(p -> p.rule().equals("table-links")), vm.problems().toString());

        robot.interact(() -> {
            s.getSelectionModel().clearAndSelect(personnel[0], s.getColumns().get(personnel[1]));
            s.getChildrenUnmodifiable().get(0).requestFocus(); // the cells inside the sheet
        });
        robot.write("701.123456");
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(s, sectionTotal).equals("971.123456"));
        assertEquals(null, s.getEditingCell(), "Enter keeps the value and moves on without editing the next cell");
        assertEquals(personnel[0] + 1, s.getSelectionModel().getFocusedCell().getRow());
        fx.waitSaved();
        assertEquals(new BigDecimal("701.123456"), stored(fx, vm, ADMIN, BudgetColumn.PERSONNEL));
        assertEquals(new BigDecimal("851.123456"), stored(fx, vm, ADMIN, BudgetColumn.TOTAL), "the row's 合计");
        assertEquals(new BigDecimal("971.123456"), stored(fx, vm, SECTION, BudgetColumn.TOTAL), "its 款");
        waitFor(() -> vm.problems().stream().anyMatch(p -> p.rule().equals("table-links")));
        Problem link = vm.problems().stream().filter(p -> p.rule().equals("table-links")).findFirst().orElseThrow();
        assertTrue(link.message().contains("一般公共预算"), link.message());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> text(s, sectionTotal).equals("970.123456"));
        waitFor(() -> vm.problems().stream().noneMatch(p -> p.rule().equals("table-links")));
        fx.waitSaved();
        assertEquals(new BigDecimal("700.123456"), stored(fx, vm, ADMIN, BudgetColumn.PERSONNEL));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> !vm.draft().tables().has(TableKind.GENERAL_PUBLIC_EXPENSE));
        fx.waitSaved();
        assertFalse(fx.context.drafts().load(vm.id()).tables().has(TableKind.GENERAL_PUBLIC_EXPENSE),
                "the whole import was one undo step");
    }

    @Test
    void aBlockPastedFromExcelIsOneEditAndTotalsAreSkipped(FxRobot robot) {
        EditorViewModel vm = openWithWorkbook(robot);
        SpreadsheetView s = sheet(robot, TableKind.GENERAL_PUBLIC_EXPENSE);
        int[] personnel = at(vm, TableKind.GENERAL_PUBLIC_EXPENSE, ADMIN, BudgetColumn.PERSONNEL);
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString("1,000.5\t200\r\n");
            Clipboard.getSystemClipboard().setContent(c);
            s.getSelectionModel().clearAndSelect(personnel[0], s.getColumns().get(personnel[1]));
            s.getChildrenUnmodifiable().get(0).requestFocus(); // the cells inside the sheet
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        waitFor(() -> new BigDecimal("1200.5").equals(vm.draft().tables().get(TableKind.GENERAL_PUBLIC_EXPENSE)
                .orElseThrow().row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL)));
        assertEquals("已粘贴 2 格", vm.tables().noteProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitFor(() -> new BigDecimal("850.123456").equals(vm.draft().tables().get(TableKind.GENERAL_PUBLIC_EXPENSE)
                .orElseThrow().row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL)));
    }

    @Test
    void aProblemJumpsToItsCell(FxRobot robot) {
        EditorViewModel vm = openWithWorkbook(robot);
        robot.interact(() -> vm.tables().setCell(TableKind.GENERAL_PUBLIC_BASIC,
                new cn.gongkai.ui.editor.tables.TablesViewModel.Position(cellRow(vm), 3), "999"));
        waitFor(() -> vm.problems().stream().anyMatch(p -> p.location().place() instanceof Place.Cell c
                && c.table() == TableKind.GENERAL_PUBLIC_BASIC));
        Problem p = vm.problems().stream().filter(x -> x.location().place() instanceof Place.Cell c
                && c.table() == TableKind.GENERAL_PUBLIC_BASIC).findFirst().orElseThrow();
        robot.interact(() -> fx.window.editorView().showSection(cn.gongkai.domain.model.Section.DUTIES, false));
        robot.interact(() -> vm.jumpTo(p.location()));
        waitFor(() -> robot.lookup("#sheet-t6").tryQuery().map(Node::isVisible).orElse(false));
        SpreadsheetView s = robot.lookup("#sheet-t6").queryAs(SpreadsheetView.class);
        Place.Cell cell = (Place.Cell) p.location().place();
        waitFor(() -> {
            TablePosition<?, ?> f = s.getSelectionModel().getFocusedCell();
            return f != null && f.getRow() >= 0 && vm.tables().layout(TableKind.GENERAL_PUBLIC_BASIC).body()
                    .get(f.getRow() - vm.tables().layout(TableKind.GENERAL_PUBLIC_BASIC).headerRows())
                    .stream().anyMatch(c -> c.isAmount() && c.row().key().equals(cell.row()));
        });
        assertTrue(s.isFocused() || s.getScene().getFocusOwner() != null);
    }

    /** The body row of 30201 办公费 in 基本支出表. */
    private static int cellRow(EditorViewModel vm) {
        TableLayout l = vm.tables().layout(TableKind.GENERAL_PUBLIC_BASIC);
        for (int i = 0; i < l.body().size(); i++) {
            if (l.body().get(i).get(0).text().equals("30201")) {
                return i;
            }
        }
        throw new AssertionError("no 30201");
    }
}
