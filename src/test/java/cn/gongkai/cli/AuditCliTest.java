package cn.gongkai.cli;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 批量检查 from the command line: a folder (with a sub-folder) holding the seeds as .txt, .docx and .pdf, the sample
 * workbook and a damaged file — a line for each, the damaged one with its reason, exit 1 because a seed has a real
 * 错误, the summary workbook written, and nothing written to the data folder.
 */
class AuditCliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    private Path folder() throws Exception {
        Path files = dir.resolve("各单位");
        Path sub = files.resolve("街道");
        Files.createDirectories(sub);
        for (String seed : List.of("jiuzhou-town-2019", "qinglong-county-office-2018", "xiguan-subdistrict-2019")) {
            String text = Files.readString(TestData.seed(seed + ".txt"));
            Files.writeString((seed.startsWith("xiguan") ? sub : files).resolve(seed + ".txt"), text);
            Draft d = new DisclosureTextImporter().read(text).draft();
            var problems = Validator.standard().validate(d);
            try (OutputStream o = Files.newOutputStream(files.resolve(seed + ".docx"))) {
                new DocxDisclosureRenderer().render(d, problems, Map.of(), o);
            }
            try (OutputStream o = Files.newOutputStream(files.resolve(seed + ".pdf"))) {
                new PdfDisclosureRenderer().render(d, problems, o);
            }
        }
        Files.copy(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"), files.resolve("九州镇2025年预算表格.xlsx"));
        byte[] pdf = Files.readAllBytes(files.resolve("jiuzhou-town-2019.pdf"));
        Files.write(files.resolve("损坏.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        Files.writeString(files.resolve("说明.md"), "不是要检查的文件");
        return files;
    }

    @Test
    void aFolderOfFilesIsCheckedInOneRun() throws Exception {
        Path files = folder();
        Path summary = dir.resolve("汇总.xlsx");
        CliRun r = run("audit", "--out", summary.toString(), files.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(11, lines.size(), r.out());
        for (String l : lines) {
            assertEquals(6, l.split("\t", -1).length, "文件、单位、年度、错误数、警告数、说明: " + l);
        }
        String damaged = lines.stream().filter(l -> l.contains("损坏.pdf")).findFirst().orElseThrow();
        assertTrue(damaged.endsWith("无法读取：文件 损坏.pdf 不是可以读取的 PDF：文件不完整或已损坏（请重新下载或重新导出）"), damaged);
        String qinglong = lines.stream().filter(l -> l.contains("qinglong-county-office-2018.pdf")).findFirst()
                .orElseThrow();
        assertEquals("1", qinglong.split("\t")[3], "青龙's blank 差 grade, a real fault, is found in its PDF too");
        assertTrue(lines.stream().anyMatch(l -> l.contains("街道") && l.contains("山海关区西关街道办事处\t2019")),
                "the sub-folder searched");
        assertTrue(lines.stream().anyMatch(l -> l.contains("九州镇2025年预算表格.xlsx\t廊坊市广阳区九州镇人民政府\t2025")));
        assertEquals(1, r.code(), "a file has 错误");
        assertTrue(r.err().contains("[11/11]") && r.err().contains("1 个无法读取"), r.err());
        assertFalse(Files.exists(dir.resolve("data")), "nothing written to a data folder");

        try (Workbook wb = WorkbookFactory.create(summary.toFile(), null, true)) {
            Sheet s = wb.getSheet("汇总");
            assertEquals(List.of("文件", "单位", "年度", "错误数", "警告数", "说明"), List.of(0, 1, 2, 3, 4, 5).stream()
                    .map(c -> s.getRow(0).getCell(c).getStringCellValue()).toList());
            assertEquals(11, s.getLastRowNum());
            assertEquals(12, wb.getNumberOfSheets(), "a sheet per file");
            Sheet q = wb.getSheet(wb.getSheetName(1 + lines.indexOf(qinglong)));
            assertTrue(q.getRow(4).getCell(0).getStringCellValue().equals("错误"), "its findings, 错误 first");
        }
    }

    @Test
    void noFileReadableIsExit2AndAFileWithoutErrorsIsExit0() throws Exception {
        Files.writeString(dir.resolve("坏.docx"), "not a zip");
        assertEquals(2, run("audit", dir.resolve("坏.docx").toString()).code());
        Path seed = dir.resolve("jiuzhou.txt");
        Files.writeString(seed, Files.readString(TestData.seed("jiuzhou-town-2019.txt")));
        CliRun ok = run("audit", seed.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(2, run("audit", dir.resolve("空").toString()).code(), "a path that is not there");
    }
}
