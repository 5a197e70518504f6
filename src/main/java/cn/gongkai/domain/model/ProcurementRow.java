package cn.gongkai.domain.model;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of 部门政府采购预算. {@code amount} is the row's 总计; the four funding sources make up 当年部门预算安排资金,
 * and {@code otherChannel} is 其他渠道资金.
 */
public record ProcurementRow(String projectName, BigDecimal projectBudget, String itemName, String catalogCode,
                             String quantityUnit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
                             BigDecimal fundGeneral, BigDecimal fundGovFund, BigDecimal fundSpecial,
                             BigDecimal fundOtherIncome, BigDecimal otherChannel) {
    public ProcurementRow {
        projectName = Objects.requireNonNullElse(projectName, "");
        itemName = Objects.requireNonNullElse(itemName, "");
        catalogCode = Objects.requireNonNullElse(catalogCode, "");
        quantityUnit = Objects.requireNonNullElse(quantityUnit, "");
        projectBudget = Amounts.normalize(projectBudget);
        quantity = Amounts.normalize(quantity);
        unitPrice = Amounts.normalize(unitPrice);
        amount = Amounts.normalize(amount);
        fundGeneral = Amounts.normalize(fundGeneral);
        fundGovFund = Amounts.normalize(fundGovFund);
        fundSpecial = Amounts.normalize(fundSpecial);
        fundOtherIncome = Amounts.normalize(fundOtherIncome);
        otherChannel = Amounts.normalize(otherChannel);
    }

    /** 当年部门预算安排资金 合计: the sum of the four funding sources; null when none is entered. */
    public BigDecimal fundSubtotal() {
        java.util.List<BigDecimal> funds = java.util.Arrays.asList(fundGeneral, fundGovFund, fundSpecial,
                fundOtherIncome);
        return funds.stream().allMatch(java.util.Objects::isNull) ? null : Amounts.sum(funds);
    }
}
