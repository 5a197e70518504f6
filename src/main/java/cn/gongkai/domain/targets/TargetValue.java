package cn.gongkai.domain.targets;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 指标值 as read: a number with its comparison and 计量单位 ("≥95%", "20个", "≤5万元"), or words (定性: "12月底前",
 * "按时完成", "有效提升"). Printed back the way budget systems print it; "=" is not printed.
 */
public sealed interface TargetValue permits TargetValue.Measured, TargetValue.Words {
    TargetValue NONE = new Words("");

    /** The value as printed in the 指标值 column (without a separate unit column). */
    String text();

    record Measured(Comparison comparison, BigDecimal number, String unit) implements TargetValue {
        public Measured {
            Objects.requireNonNull(comparison, "comparison");
            number = cn.gongkai.domain.money.Amounts.normalize(Objects.requireNonNull(number, "number"));
            unit = Objects.requireNonNullElse(unit, "").strip();
        }

        @Override
        public String text() {
            return (comparison == Comparison.EQUAL ? "" : comparison.symbol()) + number.stripTrailingZeros()
                    .toPlainString() + unit;
        }

        public boolean percent() {
            return unit.equals("%");
        }
    }

    record Words(String words) implements TargetValue {
        public Words {
            words = Objects.requireNonNullElse(words, "").strip();
        }

        @Override
        public String text() {
            return words;
        }
    }

    /** The measured value, if it is one. */
    default Optional<Measured> measured() {
        return this instanceof Measured m ? Optional.of(m) : Optional.empty();
    }

    Pattern WRITTEN = Pattern.compile("^(≥|≤|>|<|=|不低于|不少于|不小于|大于等于|小于等于|不高于|不超过|不多于|不大于"
            + "|大于|小于|高于|低于|超过|达到|)\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*([^\\d\\s]{0,6}?)\\s*(及以上|以上|以下|以内|)$");

    /**
     * Reads a 指标值 as written, with the unit of a separate 计量单位 column when there is one: "≥95%" → ≥ 95 %,
     * "95" with unit "%" → = 95 %, "不少于20个" → ≥ 20 个, "5天以内" → ≤ 5 天; anything else is words.
     */
    static TargetValue parse(String written, String unitColumn) {
        String t = Objects.requireNonNullElse(written, "").strip().replace('≧', '≥').replace('≦', '≤')
                .replace('＞', '>').replace('＜', '<').replace(">=", "≥").replace("<=", "≤").replace('＝', '=')
                .replace('％', '%').replace("，", "").replace(",", "").replace('．', '.');
        String unitCol = Objects.requireNonNullElse(unitColumn, "").strip().replace('％', '%');
        Matcher m = WRITTEN.matcher(t);
        if (t.isEmpty()) {
            return NONE;
        }
        if (!m.matches()) {
            return new Words(written);
        }
        String unit = m.group(3).isEmpty() ? unitCol : m.group(3);
        if ((Units.PHRASE.matcher(unit).matches() && !Units.LONG_UNIT.matcher(unit).matches())
                || Units.DATE.matcher(unit).matches()) {
            return new Words(written); // "12月底前", "3日内办结": a date or a phrase, not a unit
        }
        Comparison c = switch (m.group(1)) {
            case "≥", "不低于", "不少于", "不小于", "大于等于", "达到" -> Comparison.AT_LEAST;
            case "≤", "小于等于", "不高于", "不超过", "不多于", "不大于" -> Comparison.AT_MOST;
            case ">", "大于", "高于", "超过" -> Comparison.ABOVE;
            case "<", "小于", "低于" -> Comparison.BELOW;
            default -> switch (m.group(4)) {
                case "及以上", "以上" -> Comparison.AT_LEAST;
                case "以下", "以内" -> Comparison.AT_MOST;
                default -> Comparison.EQUAL;
            };
        };
        return new Measured(c, new BigDecimal(m.group(2)), unit);
    }
}
