package cn.gongkai.domain;

import cn.gongkai.domain.money.MoneyUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sentence states a figure only when its clause is about that figure, this year, as budgeted. */
class StatementsTest {
    private static List<String> found(TextKey key, String text) {
        return Statements.in(key, text, 2019).stream()
                .map(s -> s.figure().name() + "=" + s.amount().toPlainString() + s.unit().label()).toList();
    }

    @Test
    void theFiguresASentenceStates() {
        assertEquals(List.of("INCOME_TOTAL=1234.567891万元", "INCOME_GENERAL_PUBLIC=1200万元", "INCOME_GOV_FUND=34.567891万元"),
                found(TextKey.INCOME, "本年收入总额1234.567891万元，其中一般公共预算拨款收入1200万元，政府性基金预算收入34.567891万元。"));
        assertEquals(List.of("INCOME_TOTAL=1234.567891万元", "INCOME_GENERAL_PUBLIC=1200万元", "INCOME_GOV_FUND=34.567891万元"),
                found(TextKey.INCOME, "本年收入总额1234.567891万元，其中一般公共预算拨款1200万元，政府性基金预算财政拨款34.567891万元。"));
        assertEquals(List.of("ASSET_TOTAL=720.7986万元"), found(TextKey.ASSETS,
                "九州镇人民政府（含所属单位）上年末固定资产金额为720.7986万元，本年度拟购置固定资产主要为计算机设备。"));
        assertEquals(List.of("ASSET_TOTAL=64.92万元"), found(TextKey.ASSETS, "截至2018年12月31日固定资产总额64.92万元。"));
        assertEquals(List.of("THREE_PUBLIC_RECEPTION=5000元"), found(TextKey.THREE_PUBLIC, "公务接待费5000元。"));
    }

    @Test
    void notAPlannedPurchaseNorLastYearNorAChange() {
        assertEquals(List.of(), found(TextKey.ASSETS, "本年度拟购置固定资产总额12万元，已列入政府采购预算。"));
        assertEquals(List.of(), found(TextKey.ASSETS, "计划购置固定资产原值3万元。"));
        assertEquals(List.of(), found(TextKey.THREE_PUBLIC, "2018年公务接待费0.06万元，本年减少0.01万元。"));
        assertEquals(List.of(), found(TextKey.THREE_PUBLIC, "上年公务接待费0.06万元。"));
        assertEquals(List.of(), found(TextKey.CHANGE, "基本支出增加391.58万元。"));
        assertEquals(List.of("THREE_PUBLIC_RECEPTION=0.05万元"),
                found(TextKey.THREE_PUBLIC, "2018年公务接待费0.06万元；2019年公务接待费0.05万元。"));
    }

    @Test
    void theEvidenceIsTheClause() {
        Statements.Statement s = Statements.first(TextKey.RUNNING_COSTS, "2019年，我部门机关运行经费共计安排6.7万元，主要用于…",
                2019, FigureKey.RUNNING_COST_TOTAL).orElseThrow();
        assertEquals("我部门机关运行经费共计安排6.7万元", s.clause());
        assertEquals(new BigDecimal("67000"), s.in(MoneyUnit.YUAN).stripTrailingZeros().setScale(0));
        assertTrue(Statements.first(TextKey.RUNNING_COSTS, "无", 2019, FigureKey.RUNNING_COST_TOTAL).isEmpty());
    }
}
