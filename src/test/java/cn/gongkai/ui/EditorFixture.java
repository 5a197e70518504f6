package cn.gongkai.ui;

import cn.gongkai.app.AppContext;
import cn.gongkai.domain.DraftSummary;
import cn.gongkai.ui.drafts.DraftListViewModel;
import cn.gongkai.ui.editor.EditorViewModel;
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
 * window on a Monocle stage, and settings in a throw-away preferences node.
 */
final class EditorFixture implements AutoCloseable {
    final AppContext context;
    final Background background;
    final DraftListViewModel list;
    final MainWindow window;
    final Stage stage;
    private final Preferences prefs;

    EditorFixture(Stage stage, Path folder) {
        this.stage = stage;
        this.context = AppContext.open(folder);
        this.background = Background.forFx();
        this.list = new DraftListViewModel(background);
        this.prefs = Preferences.userRoot().node("cn/gongkai/test/" + UUID.randomUUID());
        this.window = new MainWindow(stage, list, FxFonts.uiFamily(), new UiSettings(prefs), background);
        EditorServices services = new EditorServices(context.drafts(), context.exports(), context);
        window.connect(services);
        list.connect(context.drafts());
        window.show();
    }

    /** Opens the first draft of the list (the sample in a new folder) and waits for the editor. */
    EditorViewModel openFirst() {
        waitFor(() -> !list.drafts().isEmpty());
        DraftSummary d = list.drafts().get(0);
        Platform.runLater(() -> window.open(d.id()));
        waitFor(() -> window.editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window.editor();
    }

    /** Waits until the editor's queued saves are written ("已保存"). */
    void waitSaved() {
        waitFor(() -> !window.editor().saving() && window.editor().statusProperty().get().startsWith("已保存"));
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
        background.close();
        context.close();
        prefs.removeNode();
    }
}
