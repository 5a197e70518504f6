package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.importer.workbook.TableFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post-reform disclosures written in other units' habits, not derived from the sample (reform-units/README.md): each
 * imports with every figure, every table cell, the unit, code, year and level, and the counts of its lists its
 * {@code .expected} file gives — and nothing else; what it says wrong is on its reviewed findings list.
 */
class ReformUnitsTest {
    static final Path DIR = Path.of("src/test/resources/reform-units");
    static final String[] FILES = {"kuancheng-agri-2024", "gushanzi-town-2025", "luanping-health-2023"};

    static ImportResult imported(String name) throws Exception {
        return new DisclosureTextImporter(TableFixtures.CATALOGUE).read(Files.readString(DIR.resolve(name + ".txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kuancheng-agri-2024", "gushanzi-town-2025", "luanping-health-2023"})
    void importsWhatTheFileSays(String name) throws Exception {
        ImportResult r = imported(name);
        Draft d = r.draft();
        Map<String, String> want = OtherUnitsTest.expected(DIR, name);
        assertEquals(want.get("@unitName"), d.header().unitName());
        assertEquals(want.get("@unitCode"), d.header().unitCode());
        assertEquals(want.get("@year"), String.valueOf(d.header().budgetYear()));
        assertEquals(want.get("@level"), d.header().financeLevel().label());
        assertEquals(List.of(), d.header().unconfirmed().stream().toList(), "the level is the one the file states");
        assertTrue(d.header().profile().tablesFirst(), "a post-reform draft");
        assertEquals(want.get("@unit"), d.header().moneyUnit().label());
        assertEquals(want.get("@assetsAsOf"), String.valueOf(d.header().assetsAsOf()));

        List<String> wrong = new ArrayList<>();
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : want.entrySet()) {
            if (e.getKey().startsWith("cell ")) {
                cells.put(e.getKey().substring(5), new BigDecimal(e.getValue()));
            } else if (!e.getKey().startsWith("@")) {
                BigDecimal got = d.figures().get(FigureKey.fromCode(e.getKey()));
                if (got == null || !Amounts.same(got, new BigDecimal(e.getValue()))) {
                    wrong.add(e.getKey() + " 应为 " + e.getValue() + "，导入为 " + (got == null ? "（无）" : Amounts.plain(got)));
                }
            }
        }
        for (FigureKey k : d.figures().asMap().keySet()) {
            if (!want.containsKey(k.code())) {
                wrong.add(k.code() + " 不应有，导入为 " + Amounts.plain(d.figures().get(k)));
            }
        }
        cells.forEach((where, v) -> {
            String[] p = where.split(" ");
            BigDecimal got = d.tables().get(kind(p[0])).flatMap(t -> t.row(RowKey.parse(p[1])))
                    .map(row -> row.amount(BudgetColumn.valueOf(p[2]))).orElse(null);
            if (!Amounts.same(Amounts.orZero(got), v) || got == null && v.signum() != 0) {
                wrong.add(where + " 应为 " + Amounts.plain(v) + "，导入为 " + (got == null ? "（无）" : Amounts.plain(got)));
            }
        });
        for (BudgetTable t : d.tables().all()) {
            for (BudgetRow row : t.rows()) {
                row.amounts().forEach((c, v) -> {
                    String where = t.kind().code() + " " + row.key().id() + " " + c.name();
                    if (!cells.containsKey(where) && v.signum() != 0 && !c.reference()) {
                        wrong.add(where + " 不应有，导入为 " + Amounts.plain(v));
                    }
                });
            }
        }
        for (TableKind k : TableKind.values()) {
            String empty = want.get("@empty." + k.code());
            if (empty != null) {
                assertEquals(empty, d.tables().get(k).map(BudgetTable::emptyStatement).orElse("（无此表）"), k.title());
            }
        }
        assertEquals(List.of(), wrong, name + ": figures and cells");
        assertEquals(want.get("@glossary"), String.valueOf(d.glossary().size()), "glossary");
        assertEquals(want.get("@orgUnits"), String.valueOf(d.orgUnits().size()), "units");
        assertEquals(want.getOrDefault("@duties", "0"), String.valueOf(d.performance().duties().size()), "duties");
        assertEquals(want.getOrDefault("@activities", "0"), String.valueOf(d.performance().activityCount()));
        assertEquals(want.getOrDefault("@indicators", "0"), String.valueOf(d.performance().indicatorCount()));
        assertEquals(want.get("@procurement"), String.valueOf(d.procurement().size()), "procurement rows");
        if (want.containsKey("@orgText")) {
            assertTrue(d.texts().own(TextKey.ORG_UNITS_TEXT).startsWith(want.get("@orgText")), "机构设置 as prose");
        }
        assertEquals(want.get("@unplaced"), String.valueOf(r.unplaced().size()), "unplaced: " + r.unplaced());
    }

    private static TableKind kind(String code) {
        for (TableKind k : TableKind.values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }

    /**
     * A file that prints no tables, only its 情况说明 (many county sites publish the tables as a separate attachment):
     * what the text states comes in — income by source, 基本/项目, the 三公 items, 机关运行经费, 政府采购, vehicles —
     * with its sentence as evidence, and the spending by 功能分类 class as the 收支总表's expenditure side.
     */
    @org.junit.jupiter.api.Test
    void aFileWithoutItsTablesGivesWhatItsTextStates() throws Exception {
        String text = Files.readString(DIR.resolve("kuancheng-agri-2024.txt"));
        text = text.substring(0, text.indexOf("第四部分 附件\n"));
        ImportResult r = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text);
        Draft d = r.draft();
        assertTrue(d.header().profile().tablesFirst(), "its headings say it is today's template");
        Map<String, String> want = OtherUnitsTest.expected(DIR, "kuancheng-agri-2024");
        for (String k : List.of("income.total", "income.generalPublic", "income.govFund", "expense.total",
                "expense.basic", "expense.project", "threePublic.total", "threePublic.vehicleOperation",
                "threePublic.reception", "runningCost.total", "procurement.total", "asset.vehicleCount")) {
            BigDecimal got = d.figures().get(FigureKey.fromCode(k));
            assertTrue(got != null && Amounts.same(got, new BigDecimal(want.get(k))), k + ": " + got);
        }
        BudgetTable t1 = d.tables().get(TableKind.INCOME_EXPENSE_SUMMARY).orElseThrow();
        assertEquals(new BigDecimal(want.get("cell t1 F213 AMOUNT")), t1.value(
                new RowKey.Subject(cn.gongkai.domain.budget.Classification.FUNCTION, "213"), BudgetColumn.AMOUNT));
        assertTrue(r.recognised().stream().anyMatch(l -> l.startsWith("依据：部门收支总表“农林水支出”")), r.recognised().toString());
        assertEquals(1, d.tables().all().size(), "no other table is made up");
    }
}
