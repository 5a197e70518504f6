package cn.gongkai.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs database and file work off the FX thread, one job at a time and in order (so saves never overtake each
 * other), and hands results back on the UI thread. Tests pass same-thread executors.
 */
public final class Background {
    private final Executor worker;
    private final Executor ui;

    public Background(Executor worker, Executor ui) {
        this.worker = worker;
        this.ui = ui;
    }

    public static Background forFx() {
        ExecutorService single = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gongkai-io");
            t.setDaemon(true);
            return t;
        });
        return new Background(single, javafx.application.Platform::runLater);
    }

    /** Waits for queued work (the last saves) to finish, then stops the worker. */
    public void close() {
        if (worker instanceof ExecutorService es) {
            es.shutdown();
            try {
                es.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
        worker.execute(() -> {
            try {
                T result = work.get();
                ui.execute(() -> onDone.accept(result));
            } catch (RuntimeException e) {
                ui.execute(() -> onError.accept(e));
            }
        });
    }
}
