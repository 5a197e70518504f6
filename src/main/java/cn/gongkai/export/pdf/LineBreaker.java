package cn.gongkai.export.pdf;

import com.itextpdf.kernel.font.PdfFont;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks a table cell's text into lines that fit a width, with the Chinese rules of {@link ChineseSplitCharacters}
 * (between hanzi, never before closing or after opening punctuation, a number kept whole) and a hard break at every
 * newline; a run with no break in it wider than the line is broken where it overflows (closing marks hanging). Widths come from one font's
 * advance widths, cached for the document (iText's own lookup costs a map access per character).
 */
final class LineBreaker {
    /** One line: its text and width in points. */
    record Line(String text, float width) {
    }

    private final PdfFont font;
    private final float[] widths = new float[0x10000];

    LineBreaker(PdfFont font) {
        this.font = font;
        Arrays.fill(widths, Float.NaN);
    }

    PdfFont font() {
        return font;
    }

    /** The advance width of {@code cp} at 1 pt. */
    float width(int cp) {
        if (cp >= widths.length) {
            return font.getWidth(cp) / 1000f;
        }
        float w = widths[cp];
        if (Float.isNaN(w)) {
            w = font.getWidth(cp) / 1000f;
            widths[cp] = w;
        }
        return w;
    }

    /** The width of {@code text} at {@code size}. */
    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }

    /** The widest run of {@code text} that no line may break (a number, a Latin word, one hanzi) at {@code size}. */
    float longestRun(String text, float size) {
        float widest = 0;
        float run = 0;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] == '\n') {
                run = 0;
                continue;
            }
            run += width(cps[i]) * size;
            widest = Math.max(widest, run);
            if (ChineseSplitCharacters.breakAfter(cps[i], i + 1 < cps.length ? cps[i + 1] : -1)) {
                run = 0;
            }
        }
        return widest;
    }

    /** {@code text}'s lines at {@code size} within {@code max} points (an empty text is one empty line). */
    List<Line> lines(String text, float size, float max) {
        List<Line> out = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            paragraph(para.strip(), size, max, out);
        }
        return out;
    }

    /** One paragraph's lines, its first line {@code first} points wide (after its indent), the others {@code max}. */
    List<Line> lines(String paragraph, float size, float first, float max) {
        List<Line> out = new ArrayList<>();
        paragraph(paragraph.strip(), size, first, max, out);
        return out;
    }

    private void paragraph(String text, float size, float max, List<Line> out) {
        paragraph(text, size, max, max, out);
    }

    private void paragraph(String text, float size, float firstMax, float otherMax, List<Line> out) {
        int[] cps = text.codePoints().toArray();
        int start = 0;
        while (true) {
            float max = start == 0 ? firstMax : otherMax;
            float w = 0;
            int breakAt = -1;   // the last position after which the line may end
            float breakWidth = 0;
            int i = start;
            for (; i < cps.length; i++) {
                float cw = width(cps[i]) * size;
                if (w + cw > max && i > start) {
                    break;
                }
                w += cw;
                if (ChineseSplitCharacters.breakAfter(cps[i], i + 1 < cps.length ? cps[i + 1] : -1)) {
                    breakAt = i + 1;
                    breakWidth = w;
                }
            }
            if (i >= cps.length) {
                out.add(line(cps, start, cps.length, w, size));
                return;
            }
            int end = breakAt > start ? breakAt : i; // no break opportunity: break where it overflows
            if (end == i) {
                // a forced break still keeps the rules: closing marks hang at the line's end, an opening mark moves on
                while (end < cps.length && ChineseSplitCharacters.NO_LINE_START.indexOf(cps[end]) >= 0) {
                    w += width(cps[end++]) * size;
                }
                while (end - 1 > start && ChineseSplitCharacters.NO_LINE_END.indexOf(cps[end - 1]) >= 0) {
                    w -= width(cps[--end]) * size;
                }
            }
            out.add(line(cps, start, end, end == breakAt ? breakWidth : w, size));
            start = end;
            while (start < cps.length && Character.isWhitespace(cps[start])) {
                start++;
            }
            if (start >= cps.length) {
                return;
            }
        }
    }

    private Line line(int[] cps, int from, int to, float width, float size) {
        int end = to;
        while (end > from && Character.isWhitespace(cps[end - 1])) {
            width -= width(cps[end - 1]) * size;
            end--;
        }
        return new Line(new String(cps, from, end - from), Math.max(0, width));
    }
}
