package cn.gongkai.exchange;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The standard tables in the exchange file (since version 2; rows' notes since 3): written in a fixed order, read with every complaint placed. */
final class ExchangeTables {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ExchangeTables() {
    }

    static String profileCode(TemplateProfile p) {
        return p == TemplateProfile.HEBEI_2018 ? "hebei-2018" : "hebei-2021";
    }

    static TemplateProfile profile(String code) {
        return switch (code) {
            case "hebei-2018" -> TemplateProfile.HEBEI_2018;
            case "hebei-2021" -> TemplateProfile.HEBEI_2021;
            default -> throw new IllegalArgumentException("未知的模板：" + code + "（应为 hebei-2018 或 hebei-2021）");
        };
    }

    static ArrayNode write(BudgetTables tables) {
        ArrayNode out = F.arrayNode();
        for (BudgetTable t : tables.all()) {
            ObjectNode o = out.addObject();
            o.put("kind", t.kind().code());
            o.put("title", t.kind().title());
            o.put("unit", t.unit().label());
            ArrayNode columns = o.putArray("columns");
            t.columns().forEach(c -> columns.add(c.name()));
            o.put("emptyStatement", t.emptyStatement());
            ArrayNode rows = o.putArray("rows");
            for (BudgetRow r : t.rows()) {
                ObjectNode ro = rows.addObject();
                ro.put("key", r.key().id());
                ro.put("name", r.name());
                ObjectNode amounts = ro.putObject("amounts");
                r.amounts().forEach((c, v) -> amounts.put(c.name(), Amounts.plain(v)));
                if (!r.sources().isEmpty()) {
                    ObjectNode sources = ro.putObject("sources");
                    r.sources().forEach((c, s) -> sources.put(c.name(), s));
                }
                if (!r.note().isEmpty()) {
                    ro.put("note", r.note());
                }
            }
        }
        return out;
    }

    static BudgetTables read(Field f) {
        List<BudgetTable> tables = f.list(ExchangeTables::table);
        try {
            return BudgetTables.of(tables);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
    }

    private static BudgetTable table(Field f) {
        f.object();
        TableKind kind = f.child("kind").choice(TableKind::fromCode);
        MoneyUnit unit = f.child("unit").choice(MoneyUnit::fromLabel);
        List<BudgetColumn> columns = f.child("columns").list(c -> c.choice(BudgetColumn::valueOf));
        List<BudgetRow> rows = f.child("rows").list(r -> row(r, unit));
        try {
            return new BudgetTable(kind, unit, columns, rows, f.text("emptyStatement"));
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
    }

    private static BudgetRow row(Field f, MoneyUnit unit) {
        f.object();
        RowKey key = f.child("key").choice(RowKey::parse);
        Map<BudgetColumn, BigDecimal> amounts = new EnumMap<>(BudgetColumn.class);
        for (Map.Entry<String, Field> e : f.child("amounts").members()) {
            amounts.put(column(e), e.getValue().amount(unit));
        }
        Map<BudgetColumn, String> sources = new EnumMap<>(BudgetColumn.class);
        for (Map.Entry<String, Field> e : f.child("sources").members()) {
            sources.put(column(e), e.getValue().string());
        }
        return new BudgetRow(key, f.text("name"), amounts, sources, f.text("note"));
    }

    private static BudgetColumn column(Map.Entry<String, Field> e) {
        try {
            return BudgetColumn.valueOf(e.getKey());
        } catch (IllegalArgumentException ex) {
            throw e.getValue().error("未知的表格列");
        }
    }
}
