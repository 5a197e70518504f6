package cn.gongkai.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Amounts in a table column are printed with one fixed number of decimals: at least two, more when an amount of
 * the column has more (never rounding away a 分).
 */
public final class AmountFormat {
    private final int decimals;

    private AmountFormat(int decimals) {
        this.decimals = decimals;
    }

    public static AmountFormat forValues(Collection<BigDecimal> values) {
        int scale = values.stream().filter(Objects::nonNull).mapToInt(BigDecimal::scale).max().orElse(2);
        return new AmountFormat(Math.max(2, Math.min(6, scale)));
    }

    public String format(BigDecimal v) {
        return v == null ? "" : v.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
    }
}
