package cn.gongkai.ui;

import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.domain.model.Section;
import cn.gongkai.service.AuditService;
import cn.gongkai.service.BackupService;
import cn.gongkai.service.Services;
import cn.gongkai.service.StartupProbe;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.ui.dialogs.FxDialogs;
import cn.gongkai.ui.tasks.FxTasks;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Starts JavaFX without an Application subclass: the window appears first, the data folder opens in the
 * background, and the draft list fills in when it is ready.
 */
public final class EditorLauncher {
    private final Callable<Services> opener;
    private final StartupProbe probe;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger exit = new AtomicInteger(0);
    private final Supplier<BackupService> closedBackups;
    private final Supplier<AuditService> audits;
    private final java.nio.file.Path samples;
    private final Where where;
    private final AtomicReference<OpenFolder> folder = new AtomicReference<>();
    private final CompletableFuture<Services> opening = new CompletableFuture<>();
    private FxTasks tasks;

    /**
     * Where the editor starts ({@code start}), this PC's data folder ({@code home}), and how a folder or the
     * county's server is opened ({@code open}, for 文件 › 连接县级服务器…).
     */
    public record Where(StoreLocation start, StoreLocation.Folder home,
                        java.util.function.Function<StoreLocation, Services> open) {
    }

    private EditorLauncher(Callable<Services> opener, Supplier<BackupService> closedBackups,
                           Supplier<AuditService> audits, java.nio.file.Path samples, StartupProbe probe, Where where) {
        this.where = where;
        this.opener = opener;
        this.closedBackups = closedBackups;
        this.audits = audits;
        this.samples = samples;
        this.probe = probe;
    }

    /**
     * Opens the editor and blocks until it is closed; returns the process exit code. {@code opener} opens the data
     * folder (again after a restore); {@code closedBackups} are its backups while it is closed, for 从备份恢复;
     * {@code audits} makes a batch checker for 批量检查; {@code samples} is where file choosers open the first time.
     */
    public static int run(Callable<Services> opener, Supplier<BackupService> closedBackups,
                          Supplier<AuditService> audits, java.nio.file.Path samples, StartupProbe probe, Where where) {
        return new EditorLauncher(opener, closedBackups, audits, samples, probe, where).run();
    }

    private int run() {
        // the data folder opens while JavaFX starts and the window is built: both take half a second or more
        Thread openerThread = new Thread(() -> {
            try {
                opening.complete(open());
            } catch (RuntimeException e) {
                opening.completeExceptionally(e);
            }
        }, "gongkai-open");
        openerThread.setDaemon(true);
        openerThread.start();
        // JavaFX on the classpath (one runnable jar) works; its warning about it only confuses officers
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        // the program's own words are Chinese; JavaFX's (确定/取消, the date picker's months) follow the default locale
        java.util.Locale.setDefault(java.util.Locale.SIMPLIFIED_CHINESE);
        Platform.setImplicitExit(true);
        try {
            Platform.startup(this::showWindow);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            throw new GongkaiException("无法打开图形界面：" + e.getMessage()
                    + "。在 Linux 上需要图形桌面以及 GTK 3 和 OpenGL 运行库（libgtk-3-0、libgl1）。", e);
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tasks.close(); // lets the last save finish before the database closes
        Services s = folder.get() == null ? null : folder.get().services();
        if (s == null && opening.isDone() && !opening.isCompletedExceptionally()) {
            s = opening.join(); // the window closed before the data folder was handed to it
        }
        if (s != null) {
            try {
                s.close();
            } catch (RuntimeException e) {
                System.err.println("关闭数据文件时出错：" + e.getMessage());
            }
        }
        return exit.get();
    }

    private void showWindow() {
        tasks = new FxTasks();
        Stage stage = new Stage();
        UiSettings settings = UiSettings.forUser();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        FxDialogs dialogs = new FxDialogs(stage, tasks, () -> window.get().fontStyle(), settings, () -> samples);
        MainWindowViewModel vm = new MainWindowViewModel(tasks, dialogs, settings, audits);
        window.set(new MainWindow(stage, vm, FxFonts.uiFamily(), settings));
        stage.setOnHidden(e -> {
            Platform.exit();
            closed.countDown();
        });
        if (probe.on()) {
            vm.list().setOnLoaded(() -> atNextPulse(stage, () -> {
                printStartup();
                probe.draftToOpen().ifPresentOrElse(id -> openAndMeasure(stage, vm, window.get(), id),
                        this::exitAfterPulse);
            }));
        }
        window.get().show();
        tasks.run(this::opened, s -> {
            OpenFolder open = new OpenFolder(opener, closedBackups, s, where.open(), where.home(), where.start());
            folder.set(open);
            vm.setFolderBackups(open);
            vm.setPlaces(open);
            vm.connect(s, !probe.on() && where.start().ownBackups()); // a draft number is a folder's own
        }, e -> {
            vm.list().failed(e.getMessage());
            exit.set(2);
            if (probe.on()) {
                System.err.println(e.getMessage());
                stage.hide();
            }
        });
    }

    /**
     * The list is drawn at the pulse after it loads: measured there, from the OS process's start (what the user
     * waits for, including a native launcher's work before the JVM) and from the JVM's.
     */
    private static void printStartup() {
        long now = System.currentTimeMillis();
        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime();
        long process = ProcessAge.now().map(java.time.Duration::toMillis).orElse(now - jvm);
        System.out.println("startup-ms=" + Math.max(process, now - jvm));
        System.out.println("jvm-startup-ms=" + (now - jvm));
        System.out.flush();
    }

    /** Opens draft {@code id} as 打开 does and prints {@code open-ms} at the pulse that draws its 绩效 tree. */
    private void openAndMeasure(Stage stage, MainWindowViewModel vm, MainWindow window, long id) {
        if (vm.list().drafts().stream().noneMatch(d -> d.id() == id)) {
            System.err.println("没有编号为 " + id + " 的草稿。");
            exit.set(2);
            exitAfterPulse();
            return;
        }
        long t0 = System.nanoTime();
        vm.editorProperty().addListener((o, was, now) -> {
            if (now != null) {
                if (window.editorView() != null) {
                    window.editorView().showSection(Section.PERFORMANCE, true);
                }
                atNextPulse(stage, () -> {
                    System.out.println("open-ms=" + (System.nanoTime() - t0) / 1_000_000);
                    System.out.flush();
                    exitAfterPulse();
                });
            }
        });
        vm.list().setOnLoaded(() -> { });
        vm.open(id);
    }

    private static void atNextPulse(Stage stage, Runnable then) {
        stage.getScene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                then.run();
            }
        });
        Platform.requestNextPulse();
    }

    /**
     * After this pulse, not inside it (the pulse would go on on a toolkit that has let go of its thread), and not
     * stage.hide(): GTK refuses a hide from inside the first frame's callbacks.
     */
    private void exitAfterPulse() {
        Platform.runLater(() -> {
            Platform.exit();
            closed.countDown();
        });
    }

    private Services opened() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private Services open() {
        try {
            return opener.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new GongkaiException("无法打开数据：" + e.getMessage(), e);
        }
    }
}
