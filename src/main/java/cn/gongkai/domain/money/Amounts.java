package cn.gongkai.domain.money;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * Exact money arithmetic. Amounts are {@link BigDecimal}s kept in a canonical form (no trailing zeros, never a
 * negative scale) so that equal amounts are {@code equals} and a stored amount reads back exactly as written.
 */
public final class Amounts {
    private Amounts() {
    }

    /** Canonical form of an amount; null stays null (a figure not entered). */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Parses an amount as an officer writes it ("5176.58", "0", "9998.838787"); rejects anything else. */
    public static BigDecimal parse(String text, MoneyUnit unit) {
        Objects.requireNonNull(unit);
        String t = text == null ? "" : text.strip();
        if (!t.matches("-?\\d{1,15}(\\.\\d+)?")) {
            throw new IllegalArgumentException("“" + t + "”不是有效的金额");
        }
        BigDecimal value = normalize(new BigDecimal(t));
        if (value.scale() > unit.maxScale()) {
            throw new IllegalArgumentException("“" + t + "”的小数位超过" + unit.label() + "允许的" + unit.maxScale() + "位");
        }
        return value;
    }

    /**
     * What an officer typed or pasted, trimmed: full-width digits, points and commas from a Chinese input method made
     * ASCII, thousands separators as Excel and WPS copy them ("1,000.50") dropped, and the accounting format's "-"
     * for zero read as 0.
     */
    public static String typed(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                sb.append('.');
            } else if (c == '，') {
                sb.append(',');
            } else {
                sb.append(c);
            }
        }
        String t = sb.toString();
        if (t.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return t.replace(",", "");
        }
        return t.equals("-") ? "0" : t;
    }

    /**
     * An amount typed into a field: blank is null (not entered); anything else as {@link #parse}, refused with a
     * message that says what to type.
     */
    public static BigDecimal parseTyped(String text, MoneyUnit unit) {
        String t = typed(text);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return parse(t, unit);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "：请只填数字，如 5176.58（单位" + unit.label() + "，最多"
                    + unit.maxScale() + "位小数）");
        }
    }

    /** Sum treating missing figures as zero. */
    public static BigDecimal sum(Collection<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            if (v != null) {
                total = total.add(v);
            }
        }
        return normalize(total);
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /**
     * An amount where its exact value matters (a finding, an import report): at least two decimals, more where it has
     * them — never rounded, never padded past two ("154.56", "180.00", "1599.223456", "0.00").
     */
    public static String shown(BigDecimal value) {
        return AmountStyle.AS_ENTERED.exact(value == null ? BigDecimal.ZERO : value);
    }

    /** Plain text without exponent, as written in the disclosure ("5176.58", "0"). */
    public static String plain(BigDecimal value) {
        return value == null ? "" : normalize(value).toPlainString();
    }

    /** An amount converted from one unit into another (元 ↔ 万元), exactly; null stays null. */
    public static BigDecimal convert(BigDecimal v, MoneyUnit from, MoneyUnit to) {
        if (v == null || from == to) {
            return v;
        }
        return normalize(from == MoneyUnit.YUAN ? v.movePointLeft(4) : v.movePointRight(4));
    }

    /**
     * Whether an amount stated in a sentence is {@code exact} as written: equal, or {@code exact} rounded to the
     * stated amount's decimals when it has more (a text that says 1599.22万元 of 1599.223456). A stated amount with as
     * many decimals as the exact one must equal it: every real difference is found.
     */
    public static boolean statedAs(BigDecimal exact, BigDecimal stated) {
        if (same(exact, stated)) {
            return true;
        }
        if (exact == null || stated == null) {
            return false;
        }
        int places = normalize(stated).scale();
        return normalize(exact).scale() > places
                && exact.setScale(places, java.math.RoundingMode.HALF_UP).compareTo(stated) == 0;
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return orZero(a).compareTo(orZero(b)) == 0;
    }
}
