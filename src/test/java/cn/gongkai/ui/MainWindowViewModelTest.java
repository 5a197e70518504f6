package cn.gongkai.ui;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.Dialogs;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The main window's commands without a screen: scripted answers to its dialogs, drafts kept in memory. */
class MainWindowViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private ScriptedDialogs dialogs;
    private Preferences prefs;
    private UiSettings settings;
    private MainWindowViewModel vm;

    @BeforeEach
    void open() {
        services = new Composition().inMemory();
        dialogs = new ScriptedDialogs();
        prefs = Preferences.userRoot().node("cn/gongkai/test/" + UUID.randomUUID());
        settings = new UiSettings(prefs);
        vm = new MainWindowViewModel(new SameThreadTasks(), dialogs, settings, new Composition()::audit);
        vm.connect(services, true);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        prefs.removeNode();
    }

    /** The 2019 sample (a new folder lists the 2025 sample first). */
    private DraftSummary first() {
        return vm.list().drafts().stream().filter(d -> d.budgetYear() == 2019).findFirst().orElseThrow();
    }

    @Test
    void openAndCloseADraftTheTitleAndStatusFollow() {
        assertEquals("共 2 份草稿", vm.statusProperty().get());
        vm.selectedProperty().set(first());
        vm.openSelected();
        assertNotNull(vm.editor());
        assertTrue(vm.titleProperty().get().startsWith("廊坊市广阳区九州镇人民政府 2019"), vm.titleProperty().get());
        assertEquals(first().id(), settings.lastDraft());
        vm.editor().forms().setFigure(FigureKey.INCOME_OTHER, "1");
        assertTrue(vm.statusProperty().get().startsWith("已保存"), "the status line is the editor's while it is open");
        vm.closeEditor();
        assertNull(vm.editor());
        assertEquals(MainWindowViewModel.APP_TITLE, vm.titleProperty().get());
        assertEquals(-1, settings.lastDraft());
    }

    @Test
    void theLastDraftOpensAgainAtTheNextStart() {
        vm.open(first().id());
        MainWindowViewModel next = new MainWindowViewModel(new SameThreadTasks(), dialogs, settings, new Composition()::audit);
        next.connect(services, true);
        assertNotNull(next.editor());
        assertEquals(first().id(), next.editor().id());
    }

    @Test
    void commandsThatNeedADraftSaySoWhenThereIsNone() {
        vm.duplicate();
        vm.exportPdf();
        assertEquals(2, dialogs.shown.size());
        assertTrue(dialogs.shown.get(0).contains("请先在草稿列表中选中"), dialogs.shown.toString());
        assertTrue(dialogs.shown.get(1).contains("请先打开一份草稿"), dialogs.shown.toString());
    }

    @Test
    void newDraftImportAndBinGoThroughTheDialogs() throws Exception {
        dialogs.newDrafts.push(Optional.of(new Dialogs.NewDraft("测试镇人民政府", 2027, FinanceLevel.TOWNSHIP)));
        vm.newDraft();
        assertEquals(3, vm.list().drafts().size());
        dialogs.files.push(Optional.of(TestData.seed("qinglong-county-office-2018.txt")));
        vm.importFile();
        assertEquals(1, dialogs.reports.size());
        assertEquals(4, vm.list().drafts().size());
        vm.importFile(); // cancelled chooser
        assertEquals(4, vm.list().drafts().size());

        vm.selectedProperty().set(first());
        dialogs.confirmations.push(false);
        vm.moveToBin();
        assertEquals(4, vm.list().drafts().size(), "not confirmed: nothing moves");
        dialogs.confirmations.push(true);
        vm.moveToBin();
        assertEquals(3, vm.list().drafts().size());
        dialogs.binPicks.push(0);
        vm.showBin();
        assertEquals(4, vm.list().drafts().size());
    }

    @Test
    void rollingAnOldDraftIntoTodaysYearAsksTheYearAndSaysWhatMoved() {
        vm.selectedProperty().set(first());
        vm.rollForward(); // cancelled: nothing happens
        assertEquals(2, vm.list().drafts().size());
        dialogs.years.push(Optional.of(2026));
        vm.rollForward();
        assertEquals(3, vm.list().drafts().size());
        DraftSummary rolled = vm.list().drafts().stream().filter(d -> d.budgetYear() == 2026).findFirst().orElseThrow();
        assertEquals(cn.gongkai.domain.budget.TemplateProfile.HEBEI_2021,
                services.drafts().load(rolled.id()).header().profile());
        String told = dialogs.shown.get(dialogs.shown.size() - 1);
        assertTrue(told.startsWith("提示：已生成 2026 年度草稿") && told.contains("模板改为"), told);
    }

    @Test
    void exportPdfShowsThePreviewAndF8WalksTheProblems() throws Exception {
        vm.open(first().id());
        Path pdf = dir.resolve("公开.pdf");
        dialogs.files.push(Optional.of(pdf));
        vm.exportPdf();
        assertEquals(java.util.List.of(pdf), dialogs.previews);
        assertTrue(Files.size(pdf) > 10_000);
        int problems = vm.editor().problems().size();
        assertTrue(problems >= 2);
        vm.nextProblem();
        assertEquals(vm.editor().problems().get(0).location(), vm.editor().jumpProperty().get());
        vm.nextProblem();
        assertEquals(vm.editor().problems().get(1).location(), vm.editor().jumpProperty().get());
    }

    @Test
    void undoRedoAndFinalActOnTheOpenDraft() {
        vm.open(first().id());
        BigDecimal before = services.drafts().load(first().id()).figures().get(FigureKey.INCOME_OTHER);
        vm.editor().forms().setFigure(FigureKey.INCOME_OTHER, "3");
        vm.undo();
        assertEquals(before, services.drafts().load(first().id()).figures().get(FigureKey.INCOME_OTHER));
        vm.redo();
        assertEquals(new BigDecimal("3"), services.drafts().load(first().id()).figures().get(FigureKey.INCOME_OTHER));
        dialogs.confirmations.add(true); // the sample has 错误 not marked 已核对: 定稿 asks, the officer goes on
        vm.setFinal(true);
        assertTrue(vm.editor().readOnlyProperty().get());
    }
}
