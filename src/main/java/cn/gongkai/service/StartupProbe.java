package cn.gongkai.service;

import java.util.OptionalLong;

/**
 * What an editor start measures about itself and prints before it exits (the benchmarks' probes): nothing, the time
 * to the draft list drawn, or in addition the time to one draft opened at its 绩效 tree.
 */
public sealed interface StartupProbe {
    /** An ordinary start: nothing measured. */
    record Off() implements StartupProbe {
    }

    /** {@code startup-ms} and {@code jvm-startup-ms} once the list is drawn, then exit. */
    record ListShown() implements StartupProbe {
    }

    /** As {@link ListShown}, then draft {@code id} opened at its 绩效 tree: {@code open-ms} once that is drawn. */
    record DraftOpened(long id) implements StartupProbe {
        @Override
        public OptionalLong draftToOpen() {
            return OptionalLong.of(id);
        }
    }

    StartupProbe OFF = new Off();
    StartupProbe LIST = new ListShown();

    /** Whether anything is measured (the editor then exits after the measurement). */
    default boolean on() {
        return !equals(OFF);
    }

    /** The draft to open once the list is drawn, for {@link DraftOpened}. */
    default OptionalLong draftToOpen() {
        return OptionalLong.empty();
    }
}
