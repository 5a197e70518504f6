package cn.gongkai.ui;

import cn.gongkai.ui.drafts.DraftListViewModel;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts JavaFX without an Application subclass: the window appears first, the data folder opens in the
 * background, and the draft list fills in when it is ready.
 */
public final class EditorLauncher {
    private EditorLauncher() {
    }

    /** Opens the editor and blocks until it is closed; returns the process exit code. */
    public static int run(Callable<EditorServices> opener, boolean startupProbe) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exit = new AtomicInteger(0);
        EditorServices[] services = new EditorServices[1];
        Platform.setImplicitExit(true);
        Platform.startup(() -> {
            Background background = Background.forFx();
            DraftListViewModel vm = new DraftListViewModel(background);
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, vm, FxFonts.uiFamily());
            stage.setOnHidden(e -> {
                Platform.exit();
                closed.countDown();
            });
            if (startupProbe) {
                vm.setOnLoaded(() -> {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + ms);
                    System.out.flush();
                    stage.hide();
                });
            }
            window.show();
            background.run(() -> {
                try {
                    return opener.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, s -> {
                services[0] = s;
                vm.connect(s.drafts());
            }, e -> {
                vm.failed(e.getMessage());
                exit.set(2);
                if (startupProbe) {
                    System.err.println(e.getMessage());
                    stage.hide();
                }
            });
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (services[0] != null) {
            try {
                services[0].resources().close();
            } catch (Exception e) {
                System.err.println("关闭数据文件时出错：" + e.getMessage());
            }
        }
        return exit.get();
    }
}
