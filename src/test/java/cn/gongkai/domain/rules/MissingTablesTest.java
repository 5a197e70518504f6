package cn.gongkai.domain.rules;

import cn.gongkai.TestData;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbook that holds only some of the nine tables: each missing one is listed once by the import and said once by
 * the checks ("缺少部门收入总表": an 错误 where another table carries amounts that belong in it), and an absent table
 * is never compared with the others as if it were zeros.
 */
class MissingTablesTest {
    @TempDir
    Path dir;

    /** The township workbook with only the sheets whose names contain one of {@code keep}. */
    private WorkbookTables only(String... keep) {
        Path file = TownshipWorkbook.write(dir.resolve("部分.xlsx"), TownshipWorkbook.Shape.standard(), (Workbook wb) -> {
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                String name = wb.getSheetName(i);
                if (java.util.Arrays.stream(keep).noneMatch(name::contains)) {
                    wb.removeSheetAt(i);
                }
            }
        });
        return TableFixtures.read(file);
    }

    private static List<Problem> check(Draft d) {
        return Validator.standard(Clock.systemDefaultZone(), () -> TableFixtures.CATALOGUE).validate(d);
    }

    private static Draft into(WorkbookTables w) {
        Draft sample = TestData.sample();
        Draft reform = sample.withHeader(sample.header().withProfile(cn.gongkai.domain.budget.TemplateProfile.HEBEI_2021));
        return WorkbookDrafts.into(reform, w);
    }

    @Test
    void onlyTheSummaryGivesOneLinePerMissingTableAndNoMismatch() {
        WorkbookTables w = only("部门收支总表");
        assertEquals(1, w.tables().all().size(), w.recognised().toString());
        long missing = w.recognised().stream().filter(l -> l.startsWith("缺少 ")).count();
        assertEquals(8, missing, w.recognised().toString());
        Draft d = into(w);
        assertEquals(List.of(TableKind.INCOME_EXPENSE_SUMMARY), d.tables().all().stream().map(t -> t.kind()).toList());
        List<Problem> problems = check(d);
        assertEquals(List.of(), problems.stream().filter(p -> p.rule().equals("table-links")).toList(),
                "no table is compared with one that is not there");
        List<Problem> said = problems.stream().filter(p -> p.message().startsWith("缺少")).toList();
        assertEquals(8, said.size(), said.toString());
        assertTrue(said.stream().anyMatch(p -> p.message().startsWith("缺少部门收入总表：部门收支总表有收入")
                && p.severity() == Severity.ERROR), said.toString());
        assertTrue(said.stream().anyMatch(p -> p.message().startsWith("缺少政府性基金预算支出表，导出时将印为空表")
                && p.severity() == Severity.WARNING), "nothing says the township has 政府性基金: a 警告");
    }

    @Test
    void aMissingBasicTableIsOwedWhereTable5HasBasicSpending() {
        Draft d = into(only("部门收支总表", "收入总表", "支出总表", "财政拨款", "一般公共预算支出表", "三公", "政府性基金", "国有资本"));
        List<Problem> said = check(d).stream().filter(p -> p.message().startsWith("缺少")).toList();
        assertEquals(1, said.size(), said.toString());
        assertEquals(Severity.ERROR, said.get(0).severity());
        assertTrue(said.get(0).message().startsWith("缺少一般公共预算基本支出表：一般公共预算支出表有基本支出"), said.toString());
        assertEquals(List.of(), check(d).stream().filter(p -> p.rule().equals("table-links")).toList());
    }
}
