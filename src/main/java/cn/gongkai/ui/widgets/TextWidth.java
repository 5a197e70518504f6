package cn.gongkai.ui.widgets;

/**
 * How wide a text is in the editor's 14 px type, with some room: a hanzi (or CJK mark) an em, a digit or Latin
 * letter 0.62 em. An estimate that errs wide, for sizing columns and lists so that their texts show whole — made
 * before the controls have their font (a Text measured then has the default family, narrower than the CJK font).
 */
public final class TextWidth {
    private static final double EM = 16.5;

    private TextWidth() {
    }

    public static double of(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            w += ch >= 0x2E80 || (ch >= 0x2010 && ch <= 0x206F) ? EM : 0.62 * EM;
        }
        return w;
    }
}
