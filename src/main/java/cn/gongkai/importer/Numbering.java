package cn.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a heading or list item opens with, in the styles published disclosures use: "第二部分", "二、",
 * "（二）", "2、", "2.", "（2）". Read as a style and an ordinal, so that a document's own top-level style can be
 * told from the sub-headings inside its sections.
 */
record Numbering(Style style, int ordinal, int length) {
    enum Style {
        PART, CHINESE, CHINESE_PAREN, ARABIC, ARABIC_DOT, ARABIC_PAREN
    }

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    private static final Pattern[] PATTERNS = {
            Pattern.compile("^第(" + CN + ")(?:部分|章|节|篇)[、.．：:\\s]*"),
            Pattern.compile("^(" + CN + ")\\s*[、.．]\\s*"),
            Pattern.compile("^[（(]\\s*(" + CN + ")\\s*[)）][、.．]?\\s*"),
            Pattern.compile("^(\\d{1,2})\\s*、\\s*"),
            Pattern.compile("^(\\d{1,2})\\s*[.．](?!\\d)\\s*"),
            Pattern.compile("^[（(]\\s*(\\d{1,2})\\s*[)）][、.．]?\\s*")};

    /** The numbering {@code text} opens with, if any. */
    static Optional<Numbering> of(String text) {
        for (Style s : Style.values()) {
            Matcher m = PATTERNS[s.ordinal()].matcher(text);
            if (m.find()) {
                int n = s == Style.ARABIC || s == Style.ARABIC_DOT || s == Style.ARABIC_PAREN
                        ? Integer.parseInt(m.group(1)) : chinese(m.group(1));
                if (n > 0) {
                    return Optional.of(new Numbering(s, n, m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** {@code text} without the numbering it opens with. */
    static String strip(String text) {
        return of(text).map(n -> text.substring(n.length())).orElse(text);
    }

    /** 一 … 九十九; 0 for what is not a numeral ("十十"). */
    static int chinese(String s) {
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digits.indexOf(s.charAt(0)) + 1 : 0;
        }
        if (s.indexOf('十', ten + 1) >= 0 || ten > 1) {
            return 0;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        String rest = s.substring(ten + 1);
        int ones = rest.isEmpty() ? 0 : rest.length() == 1 ? digits.indexOf(rest.charAt(0)) + 1 : -100;
        return tens > 0 && ones >= 0 ? tens * 10 + ones : 0;
    }
}
