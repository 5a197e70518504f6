package cn.gongkai.domain.model;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.Objects;

/** A named amount, e.g. a major project within 项目支出 ("综合业务事务管理项目", 60.95). */
public record NamedAmount(String name, BigDecimal amount) {
    public NamedAmount {
        name = Objects.requireNonNullElse(name, "");
        amount = Amounts.normalize(amount);
    }
}
