package cn.gongkai.importer;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds amounts in published sentences ("预算收入5176.58万元", "公务接待费为 0.05 万元"). */
final class Amount {
    static final String NUMBER = "(\\d+(?:\\.\\d+)?)";
    static final String UNIT = "\\s*(万元|元)";

    private Amount() {
    }

    record Found(BigDecimal value, MoneyUnit unit, int end) {
    }

    /** The first amount after {@code label} (allowing 为/是/共/安排 and blanks between), searching from {@code from}. */
    static Optional<Found> after(String text, String label, int from) {
        Matcher m = Pattern.compile(label + "[为是共计安排达:：\\s]{0,6}" + NUMBER + UNIT).matcher(text);
        if (m.find(Math.max(0, from))) {
            return Optional.of(new Found(Amounts.normalize(new BigDecimal(m.group(m.groupCount() - 1))),
                    m.group(m.groupCount()).equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN, m.end()));
        }
        return Optional.empty();
    }

    static Optional<BigDecimal> value(String text, String label) {
        return after(text, label, 0).map(Found::value);
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
