package cn.gongkai.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link Tasks} on one background worker thread, with results handed back on the JavaFX thread. */
public final class FxTasks implements Tasks {
    private final ExecutorService worker;
    private FxTasks separate;

    public FxTasks() {
        this("gongkai-io");
    }

    private FxTasks(String name) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** One more worker, made once, for work that must not queue with the saves (the preview). */
    @Override
    public synchronized Tasks separate() {
        if (separate == null) {
            separate = new FxTasks("gongkai-preview");
        }
        return separate;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
        worker.execute(() -> {
            try {
                T result = work.get();
                javafx.application.Platform.runLater(() -> onDone.accept(result));
            } catch (RuntimeException e) {
                javafx.application.Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    @Override
    public void later(java.time.Duration delay, Runnable action) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(delay.toMillis());
                javafx.application.Platform.runLater(action);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gongkai-later");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for queued work (the last saves) to finish, then stops the worker. */
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
