package cn.gongkai.cli;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.budget.TownshipBudget;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import cn.gongkai.service.Services;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The budget system's workbook through the command line, as the "done when" reads. */
class WorkbookCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err), new Composition(), (folder, probe) -> {
            throw new AssertionError("the editor must not open for a subcommand");
        });
        return new Run(code, out.toString().replace("\r\n", "\n"), err.toString());
    }

    private List<String> errors(String id) {
        return run("validate", id).out().lines().filter(l -> l.startsWith("错误")).toList();
    }

    @Test
    void aConsistentWorkbookBecomesADraftWithNoErrorInItsTables() {
        Path book = TownshipWorkbook.write(dir.resolve("2025年部门预算.xlsx"), TownshipWorkbook.Shape.standard());
        Run imported = run("import", book.toString());
        assertEquals(0, imported.code(), imported.err());
        String id = imported.out().strip();
        assertTrue(imported.err().contains("部门收支总表"), imported.err());
        // a draft made from tables alone: only what no workbook holds is left to write
        assertEquals(List.of(
                        "错误\t一、部门职责\t没有填写部门职责（写明本部门的主要职责）",
                        "错误\t三、机关运行经费\t尚未填写机关运行经费（填写本年度的数字；没有的填 0）",
                        "错误\t四、“三公”经费增减原因\t“三公”经费比上年减少2.50万元，但没有说明增减原因（写明增减变化的主要原因）",
                        "错误\t五、总体绩效目标\t没有填写总体绩效目标（写明本年度的总体绩效目标）",
                        "错误\t五、部门职责-工作活动绩效目标\t绩效表没有任何职责（按职责列出工作活动和绩效指标）"),
                errors(id));
        assertTrue(run("list").out().contains(id + "\t2025\t" + TownshipBudget.UNIT_NAME + "\t草稿"));
    }

    @Test
    void oneChangedCellIsAnErrorNamingItsTableAndRow() {
        Path book = TownshipWorkbook.write(dir.resolve("改过一格.xlsx"), TownshipWorkbook.Shape.standard(), wb -> {
            Sheet s = wb.getSheet("1.3部门支出总表");
            for (Row r : s) {
                if (r.getCell(0) != null && "2010301".equals(r.getCell(0).toString())) {
                    r.getCell(3).setCellValue(850.133456); // 基本支出 of 行政运行, 0.01 more
                }
            }
        });
        Run imported = run("import", book.toString());
        assertEquals(0, imported.code(), imported.err());
        List<String> tableErrors = errors(imported.out().strip()).stream()
                .filter(l -> l.contains("部门支出总表")).toList();
        assertTrue(tableErrors.stream().anyMatch(l -> l.contains("2010301") && l.contains("行政运行")), tableErrors
                .toString());
        assertEquals(1, run("validate", imported.out().strip()).code());
    }

    @Test
    void importIntoARolledForwardSeedFillsItsFiguresFromTheTables() throws Exception {
        String seed = run("import", TestData.seed("jiuzhou-town-2019.txt").toString()).out().strip();
        String next = run("roll-forward", seed, "2025").out().strip();
        Path book = TownshipWorkbook.write(dir.resolve("预算.xls"), TownshipWorkbook.Shape.standard().xls(true));
        Run into = run("import", "--into", next, book.toString());
        assertEquals(0, into.code(), into.err());
        assertEquals(next, into.out().strip(), "the same draft, not a new one");
        try (Services s = new Composition().open(dir.resolve("data"))) {
            Draft d = s.drafts().load(Long.parseLong(next));
            assertEquals(TemplateProfile.HEBEI_2021, d.header().profile());
            assertEquals(9, d.tables().all().size());
            assertEquals(0, TownshipBudget.basic().compareTo(d.figures().get(FigureKey.EXPENSE_BASIC)));
            assertEquals(0, TownshipBudget.project().compareTo(d.figures().get(FigureKey.EXPENSE_PROJECT)));
            assertEquals(0, TownshipBudget.total().compareTo(d.figures().get(FigureKey.INCOME_GENERAL_PUBLIC)));
            assertEquals(new BigDecimal("17"), d.figures().get(FigureKey.THREE_PUBLIC_TOTAL));
            assertTrue(d.texts().own(cn.gongkai.domain.model.TextKey.DUTIES).contains("九州镇"), "the seed's words stay");
        }
        Run wrongYear = run("import", "--into", seed, book.toString());
        assertEquals(2, wrongYear.code());
        assertTrue(wrongYear.err().contains("2025 年的预算，草稿是 2019 年的"), wrongYear.err());
        Run notAWorkbook = run("import", "--into", next, TestData.seed("jiuzhou-town-2019.txt").toString());
        assertEquals(2, notAWorkbook.code());
    }
}
