package cn.gongkai.importer;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts in published text: changes in sentences ("增加393.11万元") and table cells; stated figures are read by Statements. */
final class Amount {
    static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    static final String UNIT = "\\s*(万元|元)";

    private Amount() {
    }

    /** A change "增加393.11万元" / "减少0.23万元" after a label; signed; "持平/无增减/无变化" reads as zero. */
    static Optional<BigDecimal> change(String text, String label) {
        Matcher m = Pattern.compile(label + "[^，。；;]{0,30}?(增加|减少|增长|下降)\\s*" + NUMBER + UNIT).matcher(text);
        if (m.find()) {
            int n = m.groupCount();
            BigDecimal v = Amounts.normalize(new BigDecimal(m.group(n - 1)));
            String word = m.group(n - 2);
            return Optional.of(word.equals("减少") || word.equals("下降") ? v.negate() : v);
        }
        Matcher same = Pattern.compile(label + "[^。；;]{0,30}?(持平|无增减|无变化)").matcher(text);
        return same.find() ? Optional.of(BigDecimal.ZERO) : Optional.empty();
    }

    /** A cell of a table: "5.75", "0.35", "" or "——". */
    static BigDecimal cell(String s) {
        String t = s.replaceAll("[\\s\u3000,，]", "");
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Amounts.normalize(new BigDecimal(t));
        }
        return null;
    }

    static Integer count(String s) {
        String t = s.replaceAll("[\\s\u3000]", "");
        return t.matches("\\d{1,9}") ? Integer.valueOf(t) : null;
    }
}
