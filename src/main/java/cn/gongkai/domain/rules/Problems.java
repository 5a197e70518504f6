package cn.gongkai.domain.rules;

import cn.gongkai.domain.Amounts;
import cn.gongkai.domain.Location;
import cn.gongkai.domain.MoneyUnit;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.Severity;

import java.math.BigDecimal;

/** Small helpers the rules share for wording their messages. */
final class Problems {
    private Problems() {
    }

    static Problem error(String rule, Location where, String message, String hint) {
        return new Problem(rule, Severity.ERROR, where, message, hint);
    }

    static Problem warning(String rule, Location where, String message, String hint) {
        return new Problem(rule, Severity.WARNING, where, message, hint);
    }

    static String money(BigDecimal v, MoneyUnit unit) {
        return Amounts.plain(Amounts.orZero(v)) + unit.label();
    }

    /** An amount converted from one unit into another (元 ↔ 万元), exactly. */
    static BigDecimal convert(BigDecimal v, MoneyUnit from, MoneyUnit to) {
        if (v == null || from == to) {
            return v;
        }
        return Amounts.normalize(from == MoneyUnit.YUAN ? v.movePointLeft(4) : v.movePointRight(4));
    }
}
