package cn.gongkai.domain.model;

import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of the 机关运行经费 breakdown. The unit is the one the item was written in: an item in 元 among 万元
 * items keeps its unit so that the slip can be shown rather than silently converted.
 */
public record CostItem(String name, BigDecimal amount, MoneyUnit unit) {
    public CostItem {
        name = Objects.requireNonNullElse(name, "");
        amount = Amounts.normalize(amount);
        unit = Objects.requireNonNullElse(unit, MoneyUnit.WAN_YUAN);
    }
}
