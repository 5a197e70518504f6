package cn.gongkai.ui.tasks;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs database and file work off the UI thread, one job at a time and in the order given (so saves never overtake
 * each other), and hands the result or the failure back on the UI thread. View models take this interface; the
 * editor passes {@link FxTasks}, unit tests a same-thread runner.
 */
public interface Tasks {
    <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError);

    /** Runs {@code action} on the UI thread after {@code delay} (e.g. to try a failed save again). */
    void later(java.time.Duration delay, Runnable action);

    /**
     * Work that must not wait behind the saves nor hold them up (the live preview's typesetting): a worker of its
     * own where there are workers; the same runner in unit tests.
     */
    default Tasks separate() {
        return this;
    }
}
