package cn.gongkai.export.pdf;

import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.io.font.otf.GlyphLine;
import com.itextpdf.layout.splitting.ISplitCharacters;

/**
 * Chinese line breaking (禁则) for iText, which does not apply it by itself: a line may break between two hanzi,
 * but no line starts with closing punctuation (，。、；：？！）》” …) and none ends with opening punctuation
 * （《“ …; digits, Latin letters and the percent sign of one number stay together.
 */
final class ChineseSplitCharacters implements ISplitCharacters {
    static final String NO_LINE_START = "，。、；：？！）》”’』」】〕〉…％%,.;:?!)]}>‰℃";
    static final String NO_LINE_END = "（《“‘『「【〔〈([{<￥$≥≤≧≦＞＜>";

    @Override
    public boolean isSplitCharacter(GlyphLine text, int glyphPos) {
        int current = unicode(text.get(glyphPos));
        int next = glyphPos + 1 < text.getEnd() ? unicode(text.get(glyphPos + 1)) : -1;
        return current >= 0 && breakAfter(current, next);
    }

    /** Whether a line may break after {@code current} when {@code next} follows (-1: nothing follows). */
    static boolean breakAfter(int current, int next) {
        if (NO_LINE_END.indexOf(current) >= 0 || (next >= 0 && NO_LINE_START.indexOf(next) >= 0)) {
            return false;
        }
        if (Character.isWhitespace(current) || current == '-' || current == '/') {
            return true;
        }
        return isWide(current) || (next >= 0 && isWide(next));
    }

    private static int unicode(Glyph g) {
        return g == null || !g.hasValidUnicode() ? -1 : g.getUnicode();
    }

    /** Hanzi, CJK punctuation and full-width forms: a line may break next to them. */
    static boolean isWide(int c) {
        return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF)
                || (c >= 0x3000 && c <= 0x303F) || c == '“' || c == '”' || c == '‘' || c == '’' || c == '…'
                || c == '—' || c == '≥' || c == '≤' || c == '≧' || c == '≦';
    }
}
