package cn.gongkai.export.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;

/**
 * A line of body text filled to its measure as Chinese text is justified: the space left over is shared among the
 * gaps next to a hanzi or a CJK mark; a number ("1599.22", "11.90%") or a Latin word keeps its characters together.
 * The line is then set flush left as a run of {@link Text}s, each with the character spacing its gaps take.
 */
final class Justified {
    /** Slack so that rounding never pushes the line's last character onto another line. */
    private static final float SLACK = 0.05f;

    private Justified() {
    }

    /** The line as a paragraph; {@code measure} 0 sets it as it is (a paragraph's last line). */
    static Paragraph line(LineBreaker.Line line, float measure) {
        Paragraph p = new Paragraph();
        int[] cps = line.text().codePoints().toArray();
        if (cps.length == 0) {
            return p.add(new Text(""));
        }
        boolean[] gap = new boolean[cps.length];
        int gaps = 0;
        for (int i = 0; i + 1 < cps.length; i++) {
            gap[i] = spreadable(cps[i], cps[i + 1]);
            gaps += gap[i] ? 1 : 0;
        }
        float spacing = measure > 0 && gaps > 0 ? Math.max(0, measure - line.width() - SLACK) / gaps : 0;
        int from = 0;
        for (int i = 1; i <= cps.length; i++) {
            if (i == cps.length || gap[i] != gap[from]) {
                Text t = new Text(new String(cps, from, i - from));
                if (gap[from] && spacing > 0) {
                    t.setCharacterSpacing(spacing);
                }
                p.add(t);
                from = i;
            }
        }
        return p;
    }

    /** Whether the justified line may widen the gap between {@code a} and {@code b}: not inside a number or word. */
    static boolean spreadable(int a, int b) {
        return ChineseSplitCharacters.isWide(a) || ChineseSplitCharacters.isWide(b) || Character.isWhitespace(a)
                || Character.isWhitespace(b);
    }
}
