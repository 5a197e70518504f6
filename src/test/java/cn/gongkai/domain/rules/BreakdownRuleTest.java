package cn.gongkai.domain.rules;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.TextKey;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parts of a total listed in a sentence: more than the total is an 错误, less a 警告 naming both sums. */
class BreakdownRuleTest {
    private static List<Problem> check(String text) {
        Draft d = TestData.sample();
        d = d.withTexts(d.texts().with(TextKey.EXPENSE, Narrative.own(text)));
        return new BreakdownRule().check(d);
    }

    @Test
    void partsThatAddUpSayNothing() {
        assertEquals(List.of(), check("2024年支出预算1500万元，其中：一般公共服务支出1000万元，社会保障和就业支出500万元。"));
        assertEquals(List.of(), check("2025年支出预算1599.22万元，其中：基本支出1299.22万元，占81.24%；项目支出300万元，占18.76%。"));
        assertEquals(List.of(), check("支出预算1599.22万元，其中基本支出1299.22万元，包括人员经费1121.42万元和日常公用经费177.8万元；"
                + "项目支出300万元，比上年增加20万元。"), "a part's own breakdown and a change are not parts");
        assertEquals(List.of(), check("支出预算合计2,345.67万元，其中：基本支出1,890.12万元（人员支出1,702.32万元，公用支出187.80万元），"
                + "项目支出455.55万元，主要用于食品安全抽检。"), "a part's breakdown in brackets");
        assertEquals(List.of(), check("2019年预算支出为329.37万元，其中：基本支出141.78万元，主要是人员经费128.45万元和日常公用经费"
                + "13.33万元；项目支出187.59万元，主要为社区管理工作，例如综合业务事务管理项目安排60.95万元。"),
                "主要是…, 例如…: a part's own parts and an example");
        assertEquals(List.of(), check("支出合计100万元，其中：甲33.33万元，乙33.33万元，丙33.33万元。"),
                "rounded parts may be off by half a unit of their last decimal each");
    }

    @Test
    void partsThatFallShortAreAWarningNamingBothSums() {
        List<Problem> p = check("2024年支出预算1500万元，其中：一般公共服务支出1000万元，社会保障和就业支出400万元。");
        assertEquals(1, p.size(), p.toString());
        assertEquals(Severity.WARNING, p.get(0).severity());
        assertTrue(p.get(0).message().contains("其中所列2项合计1400万元，少于总数1500万元（少100万元）"), p.get(0).message());
    }

    @Test
    void partsThatExceedTheTotalAreAnError() {
        List<Problem> p = check("支出预算1500万元，其中：一般公共服务支出1000万元，社会保障和就业支出600万元。");
        assertEquals(1, p.size(), p.toString());
        assertEquals(Severity.ERROR, p.get(0).severity());
        assertTrue(p.get(0).message().contains("多于总数1500万元（多100万元）"), p.get(0).message());
        assertEquals(Severity.ERROR, check("收入预算1500万元，其中一般公共预算拨款1400万元，单位资金2000000元。").get(0).severity(),
                "parts in 元 under a total in 万元");
    }
}
