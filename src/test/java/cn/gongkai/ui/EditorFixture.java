package cn.gongkai.ui;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.FxDialogs;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.FxTasks;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * The real editor on a real data folder: the composition root's services, a real background worker, the main
 * window on a Monocle stage with real dialogs, and settings in a throw-away preferences node.
 */
final class EditorFixture implements AutoCloseable {
    final Services context;
    final FxTasks tasks;
    final MainWindowViewModel vm;
    final MainWindow window;
    final Stage stage;
    final Path folder;
    final UiSettings settings;
    private final Preferences prefs;

    EditorFixture(Stage stage, Path folder) {
        this(stage, folder, null);
    }

    /** With {@code dialogs} answering instead of real windows (file choosers cannot be driven under Monocle). */
    EditorFixture(Stage stage, Path folder, cn.gongkai.ui.dialogs.Dialogs dialogs) {
        this.stage = stage;
        this.folder = folder;
        this.context = new Composition().open(folder);
        this.tasks = new FxTasks();
        this.prefs = Preferences.userRoot().node("cn/gongkai/test/" + UUID.randomUUID());
        this.settings = new UiSettings(prefs);
        this.vm = new MainWindowViewModel(tasks, dialogs != null ? dialogs : new FxDialogs(stage, tasks, () -> "", settings, () -> folder),
                settings, new Composition()::audit);
        this.window = new MainWindow(stage, vm, FxFonts.uiFamily(), settings);
        cn.gongkai.service.StoreLocation.Folder home = new cn.gongkai.service.StoreLocation.Folder(folder);
        OpenFolder open = new OpenFolder(() -> new Composition().open(folder), () -> new Composition().backupsOf(folder),
                context, new Composition()::open, home, home);
        vm.setFolderBackups(open);
        vm.setPlaces(open);
        vm.connect(context, false);
        window.show();
    }

    /** Opens the 2019 sample of a new folder and waits for the editor. */
    EditorViewModel openFirst() {
        waitFor(() -> !vm.list().drafts().isEmpty());
        DraftSummary d = vm.list().drafts().stream().filter(x -> x.budgetYear() == 2019).findFirst().orElseThrow();
        Platform.runLater(() -> vm.open(d.id()));
        waitFor(() -> vm.editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return vm.editor();
    }

    /** Waits until the editor's queued saves are written ("已保存"). */
    void waitSaved() {
        waitFor(() -> !vm.editor().saving() && vm.editor().statusProperty().get().startsWith("已保存"));
    }

    static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("界面在 20 秒内没有到达预期状态", e);
        }
    }

    @Override
    public void close() throws Exception {
        tasks.close();
        context.close();
        prefs.removeNode();
    }
}
