package cn.gongkai.domain.budget;

import java.util.regex.Pattern;

/**
 * Labels as they are compared: the same words written with other spaces, numbering ("一、", "（一）", "1.3"),
 * quotes or full-width brackets are the same label.
 */
public final class Labels {
    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[（(][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+(?:[.．]\\d+)*[、.．]?|其中[:：]?)");

    private Labels() {
    }

    /** Without blanks, quotes and leading numbering; full-width brackets made half-width. */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = s.replaceAll("[\\s\u3000\u00a0]+", "").replaceAll("[“”\"'‘’「」]", "")
                .replace('（', '(').replace('）', ')').replace('：', ':');
        String before;
        do {
            before = t;
            t = NUMBERING.matcher(t).replaceFirst("");
        } while (!t.equals(before) && !t.isEmpty());
        return t;
    }
}
