package cn.gongkai.domain.performance;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.Objects;

/** What a duty and an activity both have: 名称, 年度预算数 (may be absent), 内容描述 and 绩效目标. */
public record WorkFields(String name, BigDecimal amount, String description, String target) {
    public WorkFields {
        name = Objects.requireNonNullElse(name, "");
        amount = Amounts.normalize(amount);
        description = Objects.requireNonNullElse(description, "");
        target = Objects.requireNonNullElse(target, "");
    }

    public static WorkFields named(String name) {
        return new WorkFields(name, null, "", "");
    }

    public WorkFields withName(String n) {
        return new WorkFields(n, amount, description, target);
    }

    public WorkFields withAmount(BigDecimal a) {
        return new WorkFields(name, a, description, target);
    }

    public WorkFields withDescription(String d) {
        return new WorkFields(name, amount, d, target);
    }

    public WorkFields withTarget(String t) {
        return new WorkFields(name, amount, description, t);
    }
}
