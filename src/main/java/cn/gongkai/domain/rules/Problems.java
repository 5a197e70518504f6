package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

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
        return Amounts.shown(v) + unit.label();
    }
}
