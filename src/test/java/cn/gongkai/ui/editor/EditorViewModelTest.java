package cn.gongkai.ui.editor;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.service.Services;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's view model without a screen: drafts kept in memory, work run on the test's thread. */
class EditorViewModelTest {
    private final cn.gongkai.ui.dialogs.ScriptedDialogs dialogs = new cn.gongkai.ui.dialogs.ScriptedDialogs();
    @TempDir
    Path dir;
    /** One store for the class; every test works on its own copy of the sample draft. */
    private static Services services;
    private EditorViewModel vm;

    @BeforeAll
    static void openFolder() {
        services = new Composition().inMemory();
    }

    @AfterAll
    static void closeFolder() {
        services.close();
    }

    @BeforeEach
    void open() {
        long id = services.drafts().duplicate(1);
        vm = new EditorViewModel(new SameThreadTasks(), services.drafts(), services.exports(),
                services.drafts().open(id), dialogs);
    }

    private Draft stored() {
        return services.drafts().load(vm.id());
    }

    @Test
    void aTypedAmountUpdatesItsTotalIsStoredAndSaysSaved() {
        assertTrue(vm.forms().setFigure(FigureKey.INCOME_OTHER, "１００.5").isEmpty(), "full-width digits are taken");
        assertEquals(new BigDecimal("5277.08"), vm.draft().figures().get(FigureKey.INCOME_TOTAL));
        assertEquals(vm.draft(), stored());
        assertTrue(vm.statusProperty().get().startsWith("已保存"), vm.statusProperty().get());
        assertFalse(vm.saving());
    }

    @Test
    void aBadAmountIsRefusedWithAMessageAndNothingChanges() {
        Draft before = vm.draft();
        String msg = vm.forms().setFigure(FigureKey.EXPENSE_PERSONNEL, "12,3a").orElseThrow();
        assertTrue(msg.contains("不是有效的金额"), msg);
        assertTrue(vm.forms().setFigure(FigureKey.EXPENSE_PERSONNEL, "1.1234567").orElseThrow().contains("小数位"));
        assertEquals(before, vm.draft());
        assertEquals(before, stored());
    }

    @Test
    void theProblemsFollowEachEditAndUndo() {
        long errors = vm.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        vm.forms().setFigure(FigureKey.EXPENSE_PERSONNEL, "1");
        assertTrue(vm.problems().stream().anyMatch(p -> p.rule().equals("balanced-budget")), vm.problems().toString());
        vm.undo();
        assertEquals(errors, vm.problems().stream().filter(p -> p.severity() == Severity.ERROR).count());
        assertEquals(vm.draft(), stored());
        vm.redo();
        assertEquals(new BigDecimal("1"), stored().figures().get(FigureKey.EXPENSE_PERSONNEL));
    }

    @Test
    void ownWordsAndBackToTheGeneratedWording() {
        vm.forms().setText(TextKey.OTHER_MATTERS, Narrative.own("本单位无其他需要说明的事项。"));
        assertEquals("本单位无其他需要说明的事项。", stored().texts().get(TextKey.OTHER_MATTERS).text());
        vm.forms().setText(TextKey.INCOME, Narrative.GENERATED);
        assertFalse(stored().texts().get(TextKey.INCOME).custom());
    }

    @Test
    void aFinalDraftIsReadOnlyAndSaysSo() {
        vm.setFinal(true); // the sample has 错误 not marked 已核对: 定稿 asks first, and the officer goes back
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).startsWith("确认：定稿前还有"), dialogs.shown.toString());
        assertFalse(vm.readOnlyProperty().get());
        dialogs.confirmations.add(true);
        vm.setFinal(true);
        assertTrue(vm.readOnlyProperty().get());
        assertEquals(DraftStatus.FINAL, stored().header().status());
        Draft before = vm.draft();
        vm.forms().setFigure(FigureKey.INCOME_OTHER, "1");
        assertEquals(before, vm.draft());
        assertTrue(vm.statusProperty().get().contains("已定稿"), vm.statusProperty().get());
        vm.setFinal(false);
        assertFalse(vm.readOnlyProperty().get());
    }

    @Test
    void aJumpShowsTheSectionAndNamesThePlace() {
        Location at = Location.of(FigureKey.ASSET_TOTAL);
        vm.jumpTo(at);
        assertEquals(Section.ASSETS, vm.sectionProperty().get());
        assertEquals(at, vm.jumpProperty().get());
    }

    @Test
    void exportWritesThePdfAndCallsBack() throws Exception {
        Path pdf = dir.resolve("出.pdf");
        AtomicReference<Path> done = new AtomicReference<>();
        vm.exportPdf(pdf, done::set);
        assertEquals(pdf, done.get());
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(vm.statusProperty().get().startsWith("已导出"));
        Path notAFolder = Files.writeString(dir.resolve("不是文件夹"), "x");
        vm.exportPdf(notAFolder.resolve("x.pdf"), p -> done.set(null));
        assertTrue(vm.statusProperty().get().startsWith("导出失败"), vm.statusProperty().get());
        assertEquals(pdf, done.get());
    }

    @Test
    void exportWordWritesTheDocxOfTheCurrentVersionAndCallsBack() throws Exception {
        vm.forms().setFigure(FigureKey.INCOME_OTHER, "2");
        Path docx = dir.resolve("出.docx");
        AtomicReference<Path> done = new AtomicReference<>();
        vm.exportWord(docx, done::set);
        assertEquals(docx, done.get());
        assertTrue(vm.statusProperty().get().startsWith("已导出"), vm.statusProperty().get());
        try (java.io.InputStream in = Files.newInputStream(docx);
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().contains("部门职责及机构设置")));
        }
        Path notAFolder = Files.writeString(dir.resolve("不是文件夹2"), "x");
        vm.exportWord(notAFolder.resolve("x.docx"), p -> done.set(null));
        assertTrue(vm.statusProperty().get().startsWith("导出失败"), vm.statusProperty().get());
        assertEquals(docx, done.get());
    }

    @Test
    void nothingIsPendingAfterSavesOnTheSameThread() {
        vm.forms().setFigure(FigureKey.INCOME_OTHER, "2");
        vm.forms().setFigure(FigureKey.INCOME_OTHER, "");
        assertNull(stored().figures().get(FigureKey.INCOME_OTHER), "an emptied field clears the figure");
        assertFalse(vm.saving());
    }
}
