package cn.gongkai.importer.workbook;

import cn.gongkai.domain.money.AmountStyle;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number formats of a workbook's amount cells, counted: the one most cells have says how the budget system
 * shows the amounts — General (or none) each as entered, "0.00" or "#,##0.00" two decimals, "0" or "#,##0" none.
 */
final class Formats {
    private static final Pattern DECIMALS = Pattern.compile("[0#,]*\\.([0#]+)");
    private final Map<Integer, Integer> counts = new HashMap<>(); // places (-1: General) → cells

    void count(String format) {
        counts.merge(places(format), 1, Integer::sum);
    }

    /** The decimals a format shows, -1 for General or a format that shows a number as it is. */
    static int places(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return -1;
        }
        String first = format.split(";", -1)[0].replaceAll("\"[^\"]*\"|\\[[^]]*]|_.|\\\\.", "");
        Matcher m = DECIMALS.matcher(first);
        if (m.find()) {
            return Math.min(6, m.group(1).length());
        }
        return first.matches(".*[0#].*") ? 0 : -1;
    }

    AmountStyle style() {
        int most = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(-1);
        return most < 0 ? AmountStyle.AS_ENTERED : new AmountStyle(new AmountStyle.Fixed(most), false);
    }
}
