package cn.gongkai.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a draft's amounts are published: with a fixed number of decimals (万元 with two, the usual; 元 with none or
 * two), rounded half up, or each as entered — as the budget system's workbook shows a cell of its General format, at
 * least two decimals and more only where the amount has them. Zero prints as digits or as a blank cell. The amounts
 * themselves stay exact; only what is printed is rounded, and the checks allow rounding where amounts were read back
 * rounded ({@link #agrees}).
 */
public record AmountStyle(Decimals decimals, boolean blankZero) {
    /** The decimals an amount is printed with. */
    public sealed interface Decimals permits Fixed, AsEntered {
    }

    /** Every amount with {@code places} decimals, rounded half up. */
    public record Fixed(int places) implements Decimals {
        public Fixed {
            if (places < 0 || places > 6) {
                throw new IllegalArgumentException("小数位数应在 0 至 6 之间：" + places);
            }
        }
    }

    /** Each amount with its own decimals, at least two: nothing rounded, nothing padded past two. */
    public record AsEntered() implements Decimals {
    }

    /** A new draft's: two decimals, zero as 0.00. */
    public static final AmountStyle DEFAULT = new AmountStyle(new Fixed(2), false);
    /** Drafts read from a file, and those made before the setting existed: each amount as it was written. */
    public static final AmountStyle AS_ENTERED = new AmountStyle(new AsEntered(), false);

    private static final int MIN_ENTERED = 2;

    public AmountStyle {
        Objects.requireNonNull(decimals);
    }

    /** The printed decimals, or empty when each amount has its own. */
    public OptionalInt places() {
        return decimals instanceof Fixed f ? OptionalInt.of(f.places()) : OptionalInt.empty();
    }

    /** An amount in a printed table's cell: rounded to the style; blank for none, and for zero where so chosen. */
    public String cell(BigDecimal v) {
        if (v == null || (blankZero && v.signum() == 0)) {
            return "";
        }
        return inText(v);
    }

    /** An amount in a printed sentence: rounded to the style (a zero always as digits). */
    public String inText(BigDecimal v) {
        BigDecimal n = Amounts.normalize(Amounts.orZero(v));
        if (decimals instanceof Fixed f) {
            return n.setScale(f.places(), RoundingMode.HALF_UP).toPlainString();
        }
        return n.setScale(Math.max(MIN_ENTERED, n.scale())).toPlainString();
    }

    /**
     * An amount where its exact value matters — a finding, an import report, a field being edited: the style's
     * decimals, and more where the amount has them (never rounded, never padded past the style).
     */
    public String exact(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal n = Amounts.normalize(v);
        int min = decimals instanceof Fixed f ? f.places() : MIN_ENTERED;
        return n.setScale(Math.max(min, n.scale())).toPlainString();
    }

    /** Whether printing {@code v} rounds it (it has more decimals than the style prints). */
    public boolean rounds(BigDecimal v) {
        return v != null && decimals instanceof Fixed f && Amounts.normalize(v).scale() > f.places();
    }

    /**
     * Whether a total and its parts agree: exactly, or — where every one of them has no more decimals than the style
     * prints, as amounts read back from a printed file have — within half a unit of the last printed decimal per part
     * (the 尾差 of rounding; never more). Exact amounts (more decimals than printed) must add up exactly.
     */
    public boolean agrees(BigDecimal total, Collection<BigDecimal> parts) {
        BigDecimal sum = Amounts.sum(parts);
        if (Amounts.same(total, sum)) {
            return true;
        }
        if (!(decimals instanceof Fixed f) || rounds(total) || parts.stream().anyMatch(this::rounds)) {
            return false;
        }
        long counted = Math.max(1, parts.stream().filter(Objects::nonNull).count());
        BigDecimal allowed = BigDecimal.ONE.movePointLeft(f.places()).divide(BigDecimal.valueOf(2))
                .multiply(BigDecimal.valueOf(counted));
        return Amounts.orZero(total).subtract(sum).abs().compareTo(allowed) <= 0;
    }

    /** The words of the setting, as the editor offers it. */
    public String label() {
        String d = decimals instanceof Fixed f ? (f.places() == 0 ? "取整数" : "保留" + f.places() + "位小数") : "按原数（至少两位小数）";
        return d + (blankZero ? "，零显示为空白" : "");
    }
}
