package cn.gongkai.ui.tasks;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link Tasks} for unit tests: the work and its callback run at once, on the caller's thread; what is asked for
 * later waits until the test calls {@link #runLater()}.
 */
public final class SameThreadTasks implements Tasks {
    private final java.util.List<Runnable> later = new java.util.ArrayList<>();

    @Override
    public void later(java.time.Duration delay, Runnable action) {
        later.add(action);
    }

    /** Runs what was asked for later, as if its time had come; returns how many there were. */
    public int runLater() {
        java.util.List<Runnable> due = new java.util.ArrayList<>(later);
        later.clear();
        due.forEach(Runnable::run);
        return due.size();
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }
}
