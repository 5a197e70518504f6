package cn.gongkai.domain.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One grade's threshold as a band of values, read from the text as written: "≥90%", "＜70%", "90%-80%", "100%",
 * "≥4", "延迟5天以内", "90%以上", "无故障". {@code exact} bounds come from symbols and ranges; bounds from words
 * (以上, 以下, 以内) are only used for the order, never for overlap or gap, since their edges are read both ways.
 */
record Band(Kind kind, double lo, boolean loIncl, double hi, boolean hiIncl, boolean percent, boolean exact) {
    enum Kind { LOWER, UPPER, RANGE, POINT }

    private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(亿|千万|百万|万|千|百)?");
    private static final Pattern RATIO = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[:：]\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern RANGE = Pattern.compile("(\\d+(?:\\.\\d+)?)%?\\s*-\\s*(\\d+(?:\\.\\d+)?)");
    /** "90%≤X<95%", "90≤数量<95": the value between two bounds, the lower written first. */
    private static final Pattern BETWEEN = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)%?\\s*([≤<])\\s*[^\\d≤<≥>]{0,6}?\\s*([≤<])\\s*(\\d+(?:\\.\\d+)?)");
    /** "95%>X≥90%": the same with the upper bound first. */
    private static final Pattern BETWEEN_DOWN = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)%?\\s*([≥>])\\s*[^\\d≤<≥>]{0,6}?\\s*([≥>])\\s*(\\d+(?:\\.\\d+)?)");
    /** "≥90%且<95%", ">80%，≤90%": two bounds joined. */
    private static final Pattern BOTH = Pattern.compile(
            "([≥>])\\s*(\\d+(?:\\.\\d+)?)%?\\s*(?:且|并且|而|,|，|、|;|；)?\\s*([≤<])\\s*(\\d+(?:\\.\\d+)?)");
    // the words of a bound, compiled once (every grade of every indicator is read after every edit)
    private static final Pattern AT_LEAST = Pattern.compile("大于等于|不低于|不少于");
    private static final Pattern ABOVE = Pattern.compile("大于|超过|多于|高于");
    private static final Pattern AT_MOST = Pattern.compile("小于等于|不超过|不高于|不多于");
    private static final Pattern BELOW = Pattern.compile("小于|低于|少于|不足");
    private static final Pattern OR_MORE = Pattern.compile("以上|及以上");
    private static final Pattern OR_LESS = Pattern.compile("以下|以内");
    private static final Pattern ZERO = Pattern.compile("^(无故障|按时完成|零|无|0次|无错误|无差错|零差错|无失误|零失误)$");

    /** The value that stands for the band when grades are put in order. */
    double representative() {
        return switch (kind) {
            case LOWER -> lo;
            case UPPER -> hi;
            case RANGE -> (lo + hi) / 2;
            case POINT -> lo;
        };
    }

    private static double magnitude(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word) {
            case "亿" -> 1e8;
            case "千万" -> 1e7;
            case "百万" -> 1e6;
            case "万" -> 1e4;
            case "千" -> 1e3;
            default -> 1e2;
        };
    }

    /** The band, or null when the text states no number (完成, 及时出台…). */
    static Band parse(String text) {
        String t = text.strip().replace('≧', '≥').replace('≦', '≤').replace('＞', '>').replace('＜', '<')
                .replace(">=", "≥").replace("<=", "≤").replace('％', '%').replace('－', '-').replace('—', '-')
                .replace('~', '-').replace('～', '-').replace("至", "-").replace('．', '.');
        if (ZERO.matcher(t).matches()) {
            return new Band(Kind.POINT, 0, true, 0, true, false, true);
        }
        boolean percent = t.contains("%");
        Matcher between = BETWEEN.matcher(t);
        if (between.find()) {
            return new Band(Kind.RANGE, Double.parseDouble(between.group(1)), between.group(2).equals("≤"),
                    Double.parseDouble(between.group(4)), between.group(3).equals("≤"), percent, true);
        }
        Matcher down = BETWEEN_DOWN.matcher(t);
        if (down.find()) {
            return new Band(Kind.RANGE, Double.parseDouble(down.group(4)), down.group(3).equals("≥"),
                    Double.parseDouble(down.group(1)), down.group(2).equals("≥"), percent, true);
        }
        Matcher both = BOTH.matcher(t);
        if (both.find()) {
            return new Band(Kind.RANGE, Double.parseDouble(both.group(2)), both.group(1).equals("≥"),
                    Double.parseDouble(both.group(4)), both.group(3).equals("≤"), percent, true);
        }
        Matcher range = RANGE.matcher(t);
        if (range.find()) {
            double a = Double.parseDouble(range.group(1));
            double b = Double.parseDouble(range.group(2));
            return new Band(Kind.RANGE, Math.min(a, b), true, Math.max(a, b), true, percent, true);
        }
        double v;
        Matcher ratio = RATIO.matcher(t);
        Matcher m = NUMBER.matcher(t);
        if (ratio.find() && Double.parseDouble(ratio.group(1)) > 0) {
            v = Double.parseDouble(ratio.group(2)) / Double.parseDouble(ratio.group(1)); // "1：10" is ten to one
        } else if (m.find()) {
            v = Double.parseDouble(m.group(1)) * magnitude(m.group(2));
        } else {
            return null;
        }
        if (t.contains("≥") || AT_LEAST.matcher(t).find()) {
            return new Band(Kind.LOWER, v, true, Double.POSITIVE_INFINITY, false, percent, true);
        }
        if (t.contains(">") || ABOVE.matcher(t).find()) {
            return new Band(Kind.LOWER, v, false, Double.POSITIVE_INFINITY, false, percent, true);
        }
        if (t.contains("≤") || AT_MOST.matcher(t).find()) {
            return new Band(Kind.UPPER, Double.NEGATIVE_INFINITY, false, v, true, percent, true);
        }
        if (t.contains("<") || BELOW.matcher(t).find()) {
            return new Band(Kind.UPPER, Double.NEGATIVE_INFINITY, false, v, false, percent, true);
        }
        if (OR_MORE.matcher(t).find()) {
            return new Band(Kind.LOWER, v, true, Double.POSITIVE_INFINITY, false, percent, false);
        }
        if (OR_LESS.matcher(t).find()) {
            return new Band(Kind.UPPER, Double.NEGATIVE_INFINITY, false, v, true, percent, false);
        }
        return new Band(Kind.POINT, v, true, v, true, percent, true);
    }
}
