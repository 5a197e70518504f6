package cn.gongkai.importer.pdf;

/**
 * One character as a page shows it: its text, where it stands (x from the left, y of its baseline from the top, in
 * points, as the page is read — a landscape page already turned) and how large it is.
 */
record Glyph(String text, float x, float y, float width, float height, float size) {
    float right() {
        return x + width;
    }

    /** The top of the character box (its baseline less its height). */
    float top() {
        return y - height;
    }

    boolean blank() {
        return text.isBlank();
    }
}
