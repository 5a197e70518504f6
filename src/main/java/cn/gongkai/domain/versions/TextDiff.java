package cn.gongkai.domain.versions;

/**
 * What changed in a paragraph, by characters (Chinese has no spaces to split words at): the run between the common
 * beginning and the common end, with a few characters of context either side — "…比上年增加【10】万元…" against
 * "…比上年增加【12】万元…".
 */
final class TextDiff {
    static final int CONTEXT = 8;

    private TextDiff() {
    }

    /** The two sides of the change, each with its changed run in 【】 and up to {@link #CONTEXT} characters around. */
    static String[] of(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int start = 0;
        while (start < x.length && start < y.length && x[start] == y[start]) {
            start++;
        }
        int endX = x.length;
        int endY = y.length;
        while (endX > start && endY > start && x[endX - 1] == y[endY - 1]) {
            endX--;
            endY--;
        }
        return new String[] {shown(x, start, endX), shown(y, start, endY)};
    }

    private static String shown(int[] cps, int from, int to) {
        int left = Math.max(0, from - CONTEXT);
        int right = Math.min(cps.length, to + CONTEXT);
        return (left > 0 ? "…" : "") + new String(cps, left, from - left) + "【" + new String(cps, from, to - from) + "】"
                + new String(cps, to, right - to) + (right < cps.length ? "…" : "");
    }
}
