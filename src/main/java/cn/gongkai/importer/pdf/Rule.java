package cn.gongkai.importer.pdf;

/**
 * A ruling line of a page, horizontal or vertical, in the page's reading coordinates (y from the top): a stroked
 * line, the side of a stroked rectangle, or a thin filled rectangle (how Word and LibreOffice draw table borders).
 */
record Rule(boolean horizontal, float at, float from, float to) {
    static final float THIN = 2.5f;

    Rule {
        if (from > to) {
            float f = from;
            from = to;
            to = f;
        }
    }

    float length() {
        return to - from;
    }
}
