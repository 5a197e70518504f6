package cn.gongkai.cli;

import cn.gongkai.app.Composition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line's words and exit codes, against a real data folder. */
class CliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    @Test
    void aNewDataFolderListsTheSampleDrafts() {
        CliRun r = run("list");
        assertEquals(0, r.code(), r.err());
        assertEquals("2\t2025\t廊坊市广阳区九州镇人民政府\t草稿\n1\t2019\t廊坊市广阳区九州镇人民政府\t草稿\n",
                r.out().replace("\r\n", "\n"), "today's template and the 2018–2020 one");
        assertTrue(Files.isRegularFile(dir.resolve("data").resolve(Composition.SAMPLE_WORKBOOK_FILE)),
                "the sample workbook to import 2025's tables from");
    }

    @Test
    void exportImportExportGivesIdenticalFiles() throws Exception {
        run("list");
        Path x = dir.resolve("x.json");
        Path y = dir.resolve("y.json");
        assertEquals(0, run("export", "1", x.toString()).code());
        CliRun imported = run("import", x.toString());
        assertEquals(0, imported.code(), imported.err());
        String newId = imported.out().strip();
        assertEquals("3", newId);
        assertEquals(0, run("export", newId, y.toString()).code());
        assertArrayEquals(Files.readAllBytes(x), Files.readAllBytes(y));
        assertTrue(run("list").out().contains("3\t2019\t廊坊市广阳区九州镇人民政府\t草稿"));
    }

    @Test
    void aBadExchangeFileGetsExitCode2AndAMessageAndNothingIsImported() throws Exception {
        run("list");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"gongkai-draft\", \"version\": 1, \"header\": {\"unitName\": \"某单位\", "
                + "\"budgetYear\": 2020, \"financeLevel\": \"县级\"}, \"figures\": {\"income.total\": \"abc\"}}",
                StandardCharsets.UTF_8);
        CliRun r = run("import", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("figures[\"income.total\"]") && r.err().contains("abc"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(2, run("list").out().strip().lines().count(), "nothing half-imported");
    }

    @Test
    void validateExitsWith1OnErrorsAnd0Otherwise() throws Exception {
        run("list");
        CliRun ok = run("validate", "1");
        // the sample's real findings are asserted in the validation tests; here only the contract
        for (String line : ok.out().strip().lines().toList()) {
            assertEquals(3, line.split("\t", -1).length, line);
            assertTrue(line.startsWith("错误\t") || line.startsWith("警告\t"), line);
        }
        assertEquals(ok.out().contains("错误\t") ? 1 : 0, ok.code());
        CliRun rolled = run("roll-forward", "1", "2020");
        assertEquals(0, rolled.code(), rolled.err());
        CliRun next = run("validate", rolled.out().strip());
        assertEquals(1, next.code(), "a rolled-forward draft lacks this year's figures");
        assertTrue(next.out().contains("尚未填写预算收入合计"), next.out());
    }

    @Test
    void usageAndUnknownDraftsGetExitCode2() {
        assertEquals(2, run("export").code());
        assertEquals(2, run("frobnicate").code());
        CliRun r = run("export", "99", dir.resolve("z.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("没有编号为 99 的草稿"), r.err());
        CliRun ext = run("export", "1", dir.resolve("z.doc").toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains(".json、.pdf 或 .docx"), ext.err());
        CliRun missing = run("import", dir.resolve("nope.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("找不到文件"), missing.err());
    }

    /** picocli's own English never reaches the officer: each kind of usage error is said in Chinese, with the usage. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "export abc out.pdf | 参数“编号” 的值“abc”应当是整数",
        "frobnicate | 多余或不认识的参数：frobnicate",
        "export | 缺少参数“编号”",
        "audit --out | 选项 --out 后面缺少值",
        "-x | 不认识的选项：-x",
        "list extra | 多余或不认识的参数：extra"})
    void usageErrorsAreChinese(String args, String said) {
        CliRun r = run(args.split(" "));
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("命令用法有误：" + said), r.err());
        assertTrue(r.err().contains("用法：gongkai"), r.err());
        assertFalse(r.err().matches("(?s).*\\b(Invalid|Missing|Unmatched|Usage|Commands|Options)\\b.*"), r.err());
    }

    @Test
    void exportToADocxFileWritesAWordDocument() throws Exception {
        java.nio.file.Path x = dir.resolve("x.docx");
        assertEquals(0, run("export", "1", x.toString()).code());
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(x);
             org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertTrue(doc.getTables().size() > 3, "the disclosure's tables");
            assertTrue(doc.getParagraphs().get(0).getText().contains("部门预算信息公开"), "the title first");
        }
    }

    @Test
    void restoreListsBackupsAndRestoresOne() {
        run("roll-forward", "1", "2020"); // a writing command takes a backup first
        CliRun list = run("restore");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("\t2019\t廊坊市广阳区九州镇人民政府\t草稿"), "each backup lists its drafts: " + list.out());
        String[] first = list.out().strip().lines().findFirst().orElseThrow().split("\t");
        String backup = first[0];
        assertTrue(backup.endsWith(".zip"), backup);
        assertTrue(first[1].matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), "each backup with its time: " + first[1]);
        run("roll-forward", "1", "2021");
        CliRun restored = run("restore", backup);
        assertEquals(0, restored.code(), restored.err());
        assertEquals(2, run("list").out().strip().lines().count(), "back to the state before the first roll-forward");
        assertEquals(2, run("restore", "no-such.zip").code());
    }
}
