package cn.gongkai.exchange;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.Comparison;
import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;
import cn.gongkai.domain.targets.Targets;
import cn.gongkai.domain.targets.UnitTarget;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The three-level 绩效目标表 in the exchange file (since version 7, {@code performance.targets}, written only when the
 * draft has one): the unit's form and the projects', each indicator with its 一级/二级 as printed and its value as a
 * comparison, number and unit, or as words.
 */
final class ExchangeTargets {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ExchangeTargets() {
    }

    static ObjectNode write(Targets t) {
        ObjectNode o = F.objectNode();
        if (!t.unit().isNone()) {
            ObjectNode u = o.putObject("unit");
            u.put("goal", t.unit().goal());
            ExchangeWriter.amount(u, "budget", t.unit().budget());
            u.set("indicators", indicators(t.unit().indicators()));
        }
        ArrayNode projects = o.putArray("projects");
        for (ProjectTarget p : t.projects()) {
            ObjectNode n = projects.addObject();
            n.put("name", p.name());
            n.put("department", p.department());
            n.put("implementer", p.implementer());
            ExchangeWriter.amount(n, "total", p.total());
            ExchangeWriter.amount(n, "fiscal", p.fiscal());
            n.put("goal", p.goal());
            n.set("indicators", indicators(p.indicators()));
        }
        return o;
    }

    private static ArrayNode indicators(List<TargetIndicator> list) {
        ArrayNode a = F.arrayNode();
        for (TargetIndicator i : list) {
            ObjectNode o = a.addObject();
            o.put("level1", i.level1().label());
            o.put("level2", i.level2());
            o.put("name", i.name());
            i.value().measured().ifPresentOrElse(m -> {
                o.put("comparison", m.comparison().symbol());
                o.put("number", m.number().toPlainString());
                o.put("unit", m.unit());
            }, () -> o.put("words", i.value().text()));
            if (i.weight() != null) {
                o.put("weight", i.weight().toPlainString());
            }
            if (!i.explanation().isEmpty()) {
                o.put("explanation", i.explanation());
            }
        }
        return a;
    }

    static Targets read(Field f, MoneyUnit unit) {
        if (f.missing()) {
            return Targets.NONE;
        }
        f.object();
        Field u = f.child("unit");
        UnitTarget whole = u.missing() ? UnitTarget.NONE : new UnitTarget(u.object().text("goal"),
                u.child("budget").amount(unit), u.child("indicators").list(ExchangeTargets::indicator));
        return new Targets(whole, f.child("projects").list(p -> new ProjectTarget(p.object().text("name"),
                p.text("department"), p.text("implementer"), p.child("total").amount(unit),
                p.child("fiscal").amount(unit), p.text("goal"), p.child("indicators").list(
                ExchangeTargets::indicator))));
    }

    /** An own entry of the indicator library (the file's {@code library}, version 7). */
    static cn.gongkai.domain.targets.LibraryEntry libraryEntry(Field f) {
        f.object();
        Level1 level1 = level1(f);
        try {
            return new cn.gongkai.domain.targets.LibraryEntry(f.text("category"), level1, f.text("level2"),
                    f.text("name"), f.text("target"), f.text("unit"), true);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
    }

    private static Level1 level1(Field f) {
        return f.child("level1").choice(s -> Level1.parse(s).orElseThrow(() -> new IllegalArgumentException(
                "一级指标应为产出指标、成本指标、效益指标或满意度指标，实际是“" + s + "”")));
    }

    private static TargetIndicator indicator(Field f) {
        f.object();
        Level1 level1 = level1(f);
        TargetValue value;
        if (f.child("comparison").missing()) {
            value = new TargetValue.Words(f.text("words"));
        } else {
            Comparison c = f.child("comparison").choice(s -> Arrays.stream(Comparison.values())
                    .filter(x -> x.symbol().equals(s)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                            "比较符应为 ≥ ≤ > < = 之一，实际是“" + s + "”")));
            value = new TargetValue.Measured(c, f.child("number").choice(BigDecimal::new), f.text("unit"));
        }
        BigDecimal weight = f.child("weight").missing() ? null : f.child("weight").choice(BigDecimal::new);
        return new TargetIndicator(level1, f.text("level2"), f.text("name"), value, weight, f.text("explanation"));
    }
}
