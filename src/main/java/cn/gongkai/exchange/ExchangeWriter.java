package cn.gongkai.exchange;

import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PlannedWork;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes a draft as an exchange file (docs/exchange-format.md): UTF-8 JSON, fixed key order, LF line ends, amounts
 * as exact decimal strings. The same draft always gives the same bytes.
 */
public final class ExchangeWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public byte[] write(Draft d) {
        return write(d, java.util.List.of());
    }

    /** The draft, and the officer's own library entries so they go where the file goes (version 7; none: absent). */
    public byte[] write(Draft d, java.util.List<cn.gongkai.domain.targets.LibraryEntry> own) {
        ObjectNode root = F.objectNode();
        root.put("format", ExchangeFormat.FORMAT);
        root.put("version", ExchangeFormat.VERSION);
        root.set("header", header(d.header()));
        ObjectNode figures = root.putObject("figures");
        d.figures().asMap().forEach((k, v) -> figures.put(k.code(), Amounts.plain(v)));
        ObjectNode texts = root.putObject("texts");
        d.texts().asMap().forEach((k, v) -> {
            ObjectNode t = texts.putObject(k.code());
            t.put("custom", v.custom());
            t.put("text", v.text());
        });
        root.put("showStaffing", d.showStaffing());
        ArrayNode units = root.putArray("orgUnits");
        for (OrgUnit u : d.orgUnits()) {
            units.add(orgUnit(u));
        }
        ArrayNode costs = root.putArray("runningCostItems");
        for (CostItem c : d.runningCostItems()) {
            ObjectNode o = costs.addObject();
            o.put("name", c.name());
            amount(o, "amount", c.amount());
            o.put("unit", c.unit().label());
        }
        ArrayNode projects = root.putArray("majorProjects");
        for (NamedAmount p : d.majorProjects()) {
            ObjectNode o = projects.addObject();
            o.put("name", p.name());
            amount(o, "amount", p.amount());
        }
        ArrayNode targets = root.putArray("dutyTargets");
        for (DutyTarget t : d.dutyTargets()) {
            ObjectNode o = targets.addObject();
            o.put("name", t.name());
            o.put("text", t.text());
        }
        ObjectNode perf = root.putObject("performance");
        perf.put("unit", d.performance().unit().label());
        ArrayNode duties = perf.putArray("duties");
        for (Duty duty : d.performance().duties()) {
            duties.add(duty(duty));
        }
        if (!d.performance().targets().isNone()) { // version 7: only where there are three-level forms
            perf.set("targets", ExchangeTargets.write(d.performance().targets()));
        }
        ArrayNode procurement = root.putArray("procurement");
        for (ProcurementRow r : d.procurement()) {
            procurement.add(procurementRow(r));
        }
        ArrayNode glossary = root.putArray("glossary");
        for (GlossaryEntry g : d.glossary()) {
            ObjectNode o = glossary.addObject();
            o.put("term", g.term());
            o.put("definition", g.definition());
        }
        root.set("tables", ExchangeTables.write(d.tables()));
        if (!d.reviewMarks().isEmpty()) { // version 6: only where there are marks
            ArrayNode marks = root.putArray("reviewMarks");
            for (cn.gongkai.domain.model.ReviewMark m : d.reviewMarks()) {
                ObjectNode o = marks.addObject();
                o.put("item", m.item());
                o.put("note", m.note());
                o.put("at", m.at().toString());
            }
        }
        if (!own.isEmpty()) {
            ArrayNode library = root.putArray("library");
            for (cn.gongkai.domain.targets.LibraryEntry e : own) {
                ObjectNode o = library.addObject();
                o.put("category", e.category());
                o.put("level1", e.level1().label());
                o.put("level2", e.level2());
                o.put("name", e.name());
                o.put("target", e.target());
                o.put("unit", e.unit());
            }
        }
        try {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            String json = MAPPER.writer(pp).writeValueAsString(root) + "\n";
            return json.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON 生成失败", e);
        }
    }

    private static ObjectNode header(DraftHeader h) {
        ObjectNode o = F.objectNode();
        o.put("unitName", h.unitName());
        o.put("unitCode", h.unitCode());
        o.put("budgetYear", h.budgetYear());
        o.put("financeLevel", h.financeLevel().label());
        o.put("status", h.status().label());
        o.put("approvalDate", h.approvalDate() == null ? null : h.approvalDate().toString());
        o.put("moneyUnit", h.moneyUnit().label());
        o.put("assetsAsOf", h.assetsAsOf() == null ? null : h.assetsAsOf().toString());
        o.put("templateProfile", ExchangeTables.profileCode(h.profile()));
        ArrayNode unconfirmed = o.putArray("unconfirmed");
        h.unconfirmed().forEach(g -> unconfirmed.add(g.label()));
        ObjectNode amounts = o.putObject("amounts");
        h.amountStyle().places().ifPresent(p -> amounts.put("decimals", p));
        amounts.put("blankZero", h.amountStyle().blankZero());
        return o;
    }

    private static ObjectNode orgUnit(OrgUnit u) {
        ObjectNode o = F.objectNode();
        o.put("name", u.name());
        o.put("nature", u.nature());
        o.put("rank", u.rank());
        o.put("fundingForm", u.fundingForm());
        ArrayNode staffing = o.putArray("staffing");
        for (Integer n : u.staffing().columns()) {
            staffing.add(n == null ? F.nullNode() : F.numberNode(n));
        }
        return o;
    }

    private static ObjectNode duty(Duty duty) {
        ObjectNode o = work(duty);
        ArrayNode activities = o.putArray("activities");
        for (Activity a : duty.activities()) {
            ObjectNode ao = work(a);
            ArrayNode indicators = ao.putArray("indicators");
            for (Indicator i : a.indicators()) {
                ObjectNode io = indicators.addObject();
                io.put("name", i.name());
                io.put("scale", i.scale() == GradeScale.TWO ? "two" : "four");
                ArrayNode grades = io.putArray("grades");
                i.grades().forEach(grades::add);
            }
            activities.add(ao);
        }
        return o;
    }

    /** A duty's or activity's own fields: name, amount, description, target. */
    private static ObjectNode work(PlannedWork w) {
        ObjectNode o = F.objectNode();
        o.put("name", w.name());
        amount(o, "amount", w.amount());
        o.put("description", w.description());
        o.put("target", w.target());
        return o;
    }

    private static ObjectNode procurementRow(ProcurementRow r) {
        ObjectNode o = F.objectNode();
        o.put("projectName", r.projectName());
        amount(o, "projectBudget", r.projectBudget());
        o.put("itemName", r.itemName());
        o.put("catalogCode", r.catalogCode());
        o.put("quantityUnit", r.quantityUnit());
        amount(o, "quantity", r.quantity());
        amount(o, "unitPrice", r.unitPrice());
        amount(o, "amount", r.amount());
        amount(o, "fundGeneral", r.fundGeneral());
        amount(o, "fundGovFund", r.fundGovFund());
        amount(o, "fundSpecial", r.fundSpecial());
        amount(o, "fundOtherIncome", r.fundOtherIncome());
        amount(o, "otherChannel", r.otherChannel());
        return o;
    }

    static void amount(ObjectNode o, String field, BigDecimal value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, Amounts.plain(value));
        }
    }
}
