package cn.gongkai.cli;

import cn.gongkai.importer.workbook.TargetWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 27's "done when": the 2025 sample's workbook with a 项目支出绩效目标表 sheet added goes into the sample with
 * {@code import --into}; the project's targets print in the PDF and the Word file under their 一级/二级/三级
 * headings; {@code validate} gives 警告, not 错误, for the unmeasurable targets.
 */
class TargetFormsCliTest {
    @TempDir
    Path dir;

    @Test
    void theSamplesWorkbookWithAProjectSheetFillsTheFormsThatPrintAndAreChecked() throws Exception {
        Path data = dir.resolve("data");
        assertEquals(0, CliRun.in(data, "list").code());
        Path book = dir.resolve("九州镇2025年预算表格（含绩效目标）.xlsx");
        Files.copy(data.resolve("示例/九州镇2025年预算表格（示例）.xlsx"), book);
        TargetWorkbook.add(book, TargetWorkbook.Shape.BLOCKS);

        CliRun imported = CliRun.in(data, "import", "--into", "2", book.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("项目“农村人居环境整治”，年度资金总额 180（C5）"), imported.err());

        List<String> found = CliRun.in(data, "validate", "2").lines();
        List<String> targets = found.stream().filter(l -> l.contains("项目支出绩效目标表")).toList();
        assertEquals(List.of(
                "警告\t项目支出绩效目标表 › 农村人居环境整治 › 效益指标 › 村容村貌",
                "警告\t项目支出绩效目标表 › 农村人居环境整治 › 效益指标 › 长效管护机制",
                "警告\t项目支出绩效目标表 › 乡村振兴产业扶持 › 产出指标 › 资金拨付及时性"),
                targets.stream().map(l -> l.substring(0, l.indexOf('\t', 3))).toList(), String.join("\n", found));
        assertTrue(targets.get(1).contains("“有效提升”无法衡量") && targets.get(1).contains("如“≥95%”"), targets.get(1));
        assertFalse(found.stream().anyMatch(l -> l.startsWith("错误") && l.contains("绩效目标")), String.join("\n", found));

        Path pdf = dir.resolve("公开.pdf");
        assertEquals(0, CliRun.in(data, "export", "2", pdf.toString()).code());
        String text = pdftotext(pdf);
        assertTrue(text.contains("四、项目支出绩效目标表"), "listed in the 目录 and titled");
        for (String s : List.of("一级指标", "二级指标", "三级指标", "指标值", "农村人居环境整治", "乡村振兴产业扶持",
                "垃圾清运覆盖村数", "≥22个", "服务对象满意度指标", "受益农户满意度", "其他资金")) {
            assertTrue(text.contains(s), s + " in the PDF");
        }

        Path docx = dir.resolve("公开.docx");
        assertEquals(0, CliRun.in(data, "export", "2", docx.toString()).code());
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (XWPFTable t : doc.getTables()) {
                t.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText().strip()).toList()));
            }
        }
        assertTrue(rows.contains(List.of("一级指标", "二级指标", "三级指标", "指标值")), "the headings row in Word");
        assertTrue(rows.contains(List.of("产出指标", "数量指标", "垃圾清运覆盖村数", "≥22个")), rows.toString());
        assertTrue(rows.contains(List.of("", "", "坑塘整治数量", "15个")), "一级/二级 on the first row of a group");
        assertTrue(rows.contains(List.of("", "可持续影响指标", "长效管护机制", "有效提升")), "a new 二级 under the same 一级");

        // the printed forms read back from both files as the projects and indicators they print
        Path json = dir.resolve("原.json");
        assertEquals(0, CliRun.in(data, "export", "2", json.toString()).code());
        var want = new cn.gongkai.exchange.ExchangeReader().read(json).performance().targets();
        for (Path printed : List.of(pdf, docx)) {
            CliRun back = CliRun.in(data, "import", printed.toString());
            assertEquals(0, back.code(), back.err());
            Path again = dir.resolve("回读.json");
            assertEquals(0, CliRun.in(data, "export", back.out().strip(), again.toString()).code());
            var got = new cn.gongkai.exchange.ExchangeReader().read(again).performance().targets();
            assertEquals(want.projects(), got.projects(), printed.getFileName().toString());
            assertEquals(want.unit(), got.unit(), printed.getFileName().toString());
            Files.delete(again);
        }
    }

    private static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return out.replaceAll("[ \\t]+", "");
    }
}
