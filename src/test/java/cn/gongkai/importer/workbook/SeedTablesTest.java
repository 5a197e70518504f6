package cn.gongkai.importer.workbook;

import cn.gongkai.TestData;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.importer.DisclosureTextImporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three published disclosures' stated figures laid out as the nine tables, written as a workbook, imported
 * into the draft made from the text: the 2018–2020 template's income categories, the tables read back, and the
 * figures the tables determine are the figures the disclosure states.
 */
class SeedTablesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void theSeedsFiguresAsTablesReadBackAndDetermineTheSameFigures(String seed) throws Exception {
        Draft d = new DisclosureTextImporter().read(Files.readString(TestData.seed(seed))).draft();
        assertEquals(TemplateProfile.HEBEI_2018, d.header().profile());
        BudgetTables tables = TablesWorkbook.fromFigures(d);
        Path file = TablesWorkbook.write(dir.resolve(seed + ".xlsx"), tables, d.header().unitCode()
                + d.header().unitName(), d.header().budgetYear());
        WorkbookTables w = new cn.gongkai.importer.workbook.WorkbookImporter().read(file, TableFixtures.CATALOGUE,
                d.header().budgetYear());
        for (BudgetTable t : tables.all()) {
            BudgetTable back = w.tables().get(t.kind()).orElseThrow(() -> new AssertionError(t.kind() + " " + w.recognised()));
            assertEquals(t.rows().stream().map(r -> r.key().id() + r.amounts()).toList(),
                    back.rows().stream().map(r -> r.key().id() + r.amounts()).toList(), seed + " " + t.kind());
        }
        Draft filled = WorkbookDrafts.into(d, w);
        Map<FigureKey, BigDecimal> derived = TableFigures.derive(filled);
        for (FigureKey k : List.of(FigureKey.INCOME_GENERAL_PUBLIC, FigureKey.INCOME_TOTAL, FigureKey.EXPENSE_TOTAL,
                FigureKey.EXPENSE_BASIC, FigureKey.EXPENSE_PROJECT, FigureKey.THREE_PUBLIC_TOTAL,
                FigureKey.THREE_PUBLIC_RECEPTION, FigureKey.LAST_THREE_PUBLIC_VEHICLE_OPERATION)) {
            if (d.figures().has(k) && !(k == FigureKey.EXPENSE_TOTAL && !Amounts.same(d.figures().get(k),
                    Amounts.orZero(d.figures().get(FigureKey.EXPENSE_BASIC)).add(Amounts.orZero(
                            d.figures().get(FigureKey.EXPENSE_PROJECT)))))) {
                assertTrue(Amounts.same(d.figures().get(k), derived.get(k)), seed + " " + k + ": stated "
                        + d.figures().get(k) + ", tables " + derived.get(k));
            }
        }
        List<Problem> tableErrors = TableFixtures.errors(filled).stream()
                .filter(p -> p.rule().startsWith("table-")).toList();
        assertEquals(List.of(), tableErrors.stream().map(Problem::toLine).toList(), seed);
    }
}
