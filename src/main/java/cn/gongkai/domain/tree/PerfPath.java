package cn.gongkai.domain.tree;

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

    /** The path the validator's {@code Location} uses ("perf:2/1/3", one-based). */
    public static PerfPath fromLocation(String path) {
        String[] p = path.substring("perf:".length()).split("/");
        int d = Integer.parseInt(p[0]) - 1;
        int a = p.length > 1 ? Integer.parseInt(p[1]) - 1 : -1;
        int i = p.length > 2 ? Integer.parseInt(p[2]) - 1 : -1;
        return new PerfPath(d, a, i);
    }
}
