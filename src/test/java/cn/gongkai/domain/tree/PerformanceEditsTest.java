package cn.gongkai.domain.tree;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerformanceEditsTest {
    private static Indicator ind(String n) {
        return new Indicator(n, "≥90%", "≥80%", "≥70%", "<70%", GradeScale.FOUR);
    }

    private static Activity act(String n, Indicator... i) {
        return new Activity(n, BigDecimal.ONE, "描述" + n, "目标" + n, List.of(i));
    }

    private static Performance tree() {
        return new Performance(MoneyUnit.WAN_YUAN, List.of(
                new Duty("甲", new BigDecimal("3"), "", "", List.of(act("a1", ind("x"), ind("y")), act("a2", ind("z")))),
                new Duty("乙", null, "", "", List.of(act("b1", ind("w"))))));
    }

    private static List<String> names(Performance p) {
        List<String> out = new java.util.ArrayList<>();
        for (Duty d : p.duties()) {
            out.add(d.name());
            for (Activity a : d.activities()) {
                out.add(" " + a.name());
                for (Indicator i : a.indicators()) {
                    out.add("  " + i.name());
                }
            }
        }
        return out;
    }

    @Test
    void moveUpAndDownAmongSiblingsOnly() {
        var m = PerformanceEdits.move(tree(), PerfPath.indicator(0, 0, 0), 1).orElseThrow();
        assertEquals(List.of("甲", " a1", "  y", "  x", " a2", "  z", "乙", " b1", "  w"), names(m.performance()));
        assertEquals(PerfPath.indicator(0, 0, 1), m.at());
        assertTrue(PerformanceEdits.move(tree(), PerfPath.indicator(0, 0, 1), 1).isEmpty());
        assertTrue(PerformanceEdits.move(tree(), PerfPath.duty(0), -1).isEmpty());
    }

    @Test
    void indentAndOutdentWorkLikeAnOutline() {
        // a2 under a1 becomes an indicator of a1; z follows it into a1
        var in = PerformanceEdits.indent(tree(), PerfPath.activity(0, 1)).orElseThrow();
        assertEquals(List.of("甲", " a1", "  x", "  y", "  a2", "  z", "乙", " b1", "  w"), names(in.performance()));
        assertEquals(PerfPath.indicator(0, 0, 2), in.at());
        // and back: the indicator becomes an activity again, z stays its indicator
        var out = PerformanceEdits.outdent(in.performance(), in.at()).orElseThrow();
        assertEquals(List.of("甲", " a1", "  x", "  y", " a2", "  z", "乙", " b1", "  w"), names(out.performance()));
        assertTrue(PerformanceEdits.indent(tree(), PerfPath.duty(0)).isEmpty(), "the first duty has nothing above");
        assertTrue(PerformanceEdits.outdent(tree(), PerfPath.duty(1)).isEmpty());
    }

    @Test
    void dragAnIndicatorOntoAnotherActivity() {
        var m = PerformanceEdits.moveTo(tree(), PerfPath.indicator(0, 0, 0), PerfPath.activity(1, 0)).orElseThrow();
        assertEquals(List.of("甲", " a1", "  y", " a2", "  z", "乙", " b1", "  w", "  x"), names(m.performance()));
        assertEquals(PerfPath.indicator(1, 0, 1), m.at());
        var before = PerformanceEdits.moveTo(tree(), PerfPath.duty(1), PerfPath.duty(0)).orElseThrow();
        assertEquals("乙", before.performance().duties().get(0).name());
        assertTrue(PerformanceEdits.moveTo(tree(), PerfPath.duty(0), PerfPath.indicator(0, 0, 0)).isEmpty());
    }

    @Test
    void copyAndPasteASubtree() {
        var a1 = PerformanceEdits.node(tree(), PerfPath.activity(0, 0)).orElseThrow();
        var m = PerformanceEdits.paste(tree(), PerfPath.duty(1), a1).orElseThrow();
        assertEquals(List.of("甲", " a1", "  x", "  y", " a2", "  z", "乙", " b1", "  w", " a1", "  x", "  y"),
                names(m.performance()));
        assertEquals(PerfPath.activity(1, 1), m.at());
    }

    @Test
    void presetsApplyToEveryChosenIndicator() {
        GradePreset two = GradePreset.STANDARD.get(4);
        Performance p = PerformanceEdits.applyGrades(tree(), List.of(PerfPath.indicator(0, 0, 0),
                PerfPath.indicator(1, 0, 0), PerfPath.duty(0)), two.grades(), two.scale());
        Indicator x = PerformanceEdits.indicator(p, PerfPath.indicator(0, 0, 0)).orElseThrow();
        Indicator y = PerformanceEdits.indicator(p, PerfPath.indicator(0, 0, 1)).orElseThrow();
        assertEquals(List.of("完成", "未完成", "", ""), x.grades());
        assertEquals(GradeScale.TWO, x.scale());
        assertEquals("≥90%", y.excellent());
    }


    @Test
    void aNodeGoesOnlyWhereItsLevelIs() {
        assertThrows(IllegalArgumentException.class,
                () -> PerformanceEdits.insert(tree(), PerfPath.duty(0), ind("孤立的指标")));
        assertThrows(IllegalArgumentException.class,
                () -> PerformanceEdits.replace(tree(), PerfPath.indicator(0, 0, 0), act("错位的活动")));
        var pasted = PerformanceEdits.paste(tree(), PerfPath.indicator(0, 0, 0), act("c1", ind("v"))).orElseThrow();
        assertEquals(PerfPath.activity(0, 1), pasted.at(), "an activity pasted on an indicator goes after its activity");
    }

    @Test
    void columnsReadAndWriteEachKindOfNode() {
        Performance p = tree();
        var duty = PerformanceEdits.node(p, PerfPath.duty(0)).orElseThrow();
        var indicator = PerformanceEdits.node(p, PerfPath.indicator(0, 0, 0)).orElseThrow();
        assertEquals("3", PerfColumn.AMOUNT.read(duty));
        assertEquals("", PerfColumn.EXCELLENT.read(duty));
        assertEquals("≥90%", PerfColumn.EXCELLENT.read(indicator));
        assertTrue(PerfColumn.AMOUNT.write(indicator, "5", MoneyUnit.WAN_YUAN).isEmpty(), "an indicator has no amount");
        var written = PerfColumn.AMOUNT.write(duty, "１２．５", MoneyUnit.WAN_YUAN).orElseThrow();
        assertEquals(new BigDecimal("12.5"), written.work().amount(), "full-width digits from an input method");
        Performance after = PerformanceEdits.replace(p, PerfPath.duty(0), written);
        assertEquals(2, after.duties().get(0).activities().size());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> PerfColumn.AMOUNT.write(duty, "12,3a", MoneyUnit.WAN_YUAN));
        assertTrue(bad.getMessage().contains("不是有效的金额"), bad.getMessage());
        var two = PerformanceEdits.indicator(p, PerfPath.indicator(0, 0, 0)).orElseThrow()
                .withGrades(List.of("完成", "未完成", "", ""), GradeScale.TWO);
        assertTrue(PerfColumn.GOOD.appliesTo(two));
        assertTrue(!PerfColumn.FAIR.appliesTo(two) && !PerfColumn.POOR.appliesTo(two), "a two-grade scale has no 中/差");
        assertEquals("达标", PerfColumn.POOR.write(indicator, " 达标 ", MoneyUnit.WAN_YUAN).orElseThrow()
                .fold(d -> "", a -> "", Indicator::poor));
    }
}
