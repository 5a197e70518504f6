package cn.gongkai.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** {@link Tasks} for unit tests: the work and its callback run at once, on the caller's thread. */
public final class SameThreadTasks implements Tasks {
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
