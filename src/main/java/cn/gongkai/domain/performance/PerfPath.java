package cn.gongkai.domain.performance;

/**
 * The place of a node in the performance tree, by zero-based indices: a duty (activity = indicator = -1), an
 * activity (indicator = -1) or an indicator.
 */
public record PerfPath(int duty, int activity, int indicator) {
    public static PerfPath duty(int d) {
        return new PerfPath(d, -1, -1);
    }

    public static PerfPath activity(int d, int a) {
        return new PerfPath(d, a, -1);
    }

    public static PerfPath indicator(int d, int a, int i) {
        return new PerfPath(d, a, i);
    }

    /** 1 for a duty, 2 for an activity, 3 for an indicator. */
    public int depth() {
        return indicator >= 0 ? 3 : activity >= 0 ? 2 : 1;
    }

    /** The index among its siblings. */
    public int index() {
        return indicator >= 0 ? indicator : activity >= 0 ? activity : duty;
    }

    public PerfPath withIndex(int i) {
        return switch (depth()) {
            case 1 -> duty(i);
            case 2 -> activity(duty, i);
            default -> indicator(duty, activity, i);
        };
    }

    public PerfPath parent() {
        return depth() == 3 ? activity(duty, activity) : duty(duty);
    }
}
