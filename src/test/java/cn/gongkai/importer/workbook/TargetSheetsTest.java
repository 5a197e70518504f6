package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.Comparison;
import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;
import cn.gongkai.domain.targets.Targets;
import cn.gongkai.domain.targets.UnitTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three-level 绩效目标表 read from workbooks laid out in the shapes budget systems export. */
class TargetSheetsTest {
    @TempDir
    Path dir;

    private WorkbookTables read(TargetWorkbook.Shape... shapes) throws Exception {
        Path book = dir.resolve("预算.xlsx");
        Files.copy(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"), book,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        for (TargetWorkbook.Shape s : shapes) {
            TargetWorkbook.add(book, s);
        }
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        return new WorkbookImporter().read(book, catalogue, 2025);
    }

    @ParameterizedTest
    @EnumSource(value = TargetWorkbook.Shape.class, names = {"BLOCKS", "SHEET_PER_PROJECT", "FLAT"})
    void everyShapeGivesTheSameProjectsAndIndicators(TargetWorkbook.Shape shape) throws Exception {
        WorkbookTables w = read(shape);
        assertEquals(9, w.tables().all().size(), "the standard tables are still read beside the forms");
        List<ProjectTarget> projects = w.targets().projects().orElseThrow();
        assertEquals(List.of("农村人居环境整治", "乡村振兴产业扶持"), projects.stream().map(ProjectTarget::name).toList());
        for (int p = 0; p < 2; p++) {
            TargetWorkbook.Project want = TargetWorkbook.PROJECTS.get(p);
            List<TargetIndicator> got = projects.get(p).indicators();
            assertEquals(want.rows().size(), got.size(), shape + " " + got);
            for (int i = 0; i < got.size(); i++) {
                TargetWorkbook.Row4 x = want.rows().get(i);
                assertEquals(Level1.parse(x.l1()).orElseThrow(), got.get(i).level1(), x.name());
                assertEquals(x.l2(), got.get(i).level2(), x.name());
                assertEquals(x.name(), got.get(i).name());
                assertEquals(x.value(), got.get(i).value().text(), x.name());
            }
            if (shape != TargetWorkbook.Shape.FLAT) { // the flat grid has no money or goal columns
                assertEquals(0, new BigDecimal(want.total()).compareTo(projects.get(p).total()));
                assertEquals(0, new BigDecimal(want.fiscal()).compareTo(projects.get(p).fiscal()));
                assertEquals(want.goal(), projects.get(p).goal());
                assertEquals(TargetWorkbook.UNIT, projects.get(p).implementer());
            }
        }
        assertTrue(w.recognised().stream().anyMatch(l -> l.contains("项目“农村人居环境整治”") && l.contains("8 个指标")
                && l.contains("行")), w.recognised().toString());
        assertTrue(w.unplaced().isEmpty(), w.unplaced().toString());
        assertTrue(w.targets().unit().isEmpty(), "no unit sheet: the unit's form is left as it was");
    }

    @Test
    void aSeparateDirectionValueAndUnitColumnMakeOneMeasuredValueWithItsWeight() throws Exception {
        TargetIndicator rate = read(TargetWorkbook.Shape.SHEET_PER_PROJECT).targets().projects().orElseThrow().get(0)
                .indicators().get(2);
        assertEquals(new TargetValue.Measured(Comparison.AT_LEAST, new BigDecimal("95"), "%"), rate.value());
        assertEquals(0, BigDecimal.TEN.compareTo(rate.weight()));
    }

    @Test
    void theUnitsFormAndTheProjectsComeTogetherAndGoOntoADraftsFormsByWhatIsPresent() throws Exception {
        WorkbookTables w = read(TargetWorkbook.Shape.UNIT, TargetWorkbook.Shape.BLOCKS);
        UnitTarget unit = w.targets().unit().orElseThrow();
        assertEquals("保障机关正常运转，完成全镇经济社会发展各项任务。", unit.goal());
        assertEquals(0, new BigDecimal("1599.223456").compareTo(unit.budget()));
        assertEquals(4, unit.indicators().size());

        Targets before = new Targets(new UnitTarget("旧目标", null, List.of()), List.of(ProjectTarget.named("旧项目")));
        Targets after = read(TargetWorkbook.Shape.BLOCKS).targets().onto(before, MoneyUnit.YUAN);
        assertEquals("旧目标", after.unit().goal(), "no unit sheet: kept");
        assertEquals(2, after.projects().size(), "a project sheet replaces the projects");
        assertEquals(0, new BigDecimal("1800000").compareTo(after.projects().get(0).total()), "万元 into 元");
    }
}
