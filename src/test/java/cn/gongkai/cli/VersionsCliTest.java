package cn.gongkai.cli;

import cn.gongkai.TestData;
import cn.gongkai.export.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Versions and compare from the command line, on a real data folder: an export leaves a version that `versions`
 * lists; a seed and a copy differing in one figure, one paragraph and one threshold compare as three lines, and
 * --report prints them; the draft compared with its last export; a version restored, the state before kept.
 */
class VersionsCliTest {
    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    @Test
    void anExportLeavesAVersionAndTheDraftComparesWithIt() throws Exception {
        String id = run("import", TestData.seed("jiuzhou-town-2019.txt").toString()).out().strip();
        assertEquals(List.of(), run("versions", id).lines(), "no version before an export");
        assertEquals(0, run("export", id, dir.resolve("公开.pdf").toString()).code());
        List<String> versions = run("versions", id).lines();
        assertEquals(1, versions.size(), versions.toString());
        assertTrue(versions.get(0).matches("1\t\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\t导出PDF\t公开\\.pdf"), versions.get(0));
        CliRun same = run("compare", id, "--last-export");
        assertEquals(0, same.code(), same.err());
        assertEquals(List.of(), same.lines(), "nothing changed since the export");
        assertEquals("2", run("save-version", id, "--note", "送领导审阅").out().strip());
    }

    @Test
    void threeChangesAreThreeLinesAndTheReportPrintsThem() throws Exception {
        String a = run("import", TestData.seed("jiuzhou-town-2019.txt").toString()).out().strip();
        Path json = dir.resolve("a.json");
        assertEquals(0, run("export", a, json.toString()).code());
        String text = Files.readString(json)
                .replace("\"threePublic.reception\" : \"0\"", "\"threePublic.reception\" : \"1.5\"")
                .replace("负责本镇的行政管理工作", "负责本镇的行政管理和服务工作")
                .replaceFirst("\"≥90%\"", "\"≥95%\"");
        Path copy = Files.writeString(dir.resolve("b.json"), text);
        String b = run("import", copy.toString()).out().strip();
        Path pdf = dir.resolve("对比.pdf");
        CliRun r = run("compare", a, b, "--report", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(3, r.lines().size(), r.out());
        assertEquals("四、公务接待费\t0.00万元\t1.50万元（增加1.50万元）", r.lines().get(0));
        String report = PdfText.squeezed(PdfText.of(pdf, "-raw"));
        assertTrue(report.contains("共3处变化"), report);
        for (String s : List.of("四、公务接待费", "1.50万元", "行政管理【和服务】工作", "政务公开率", "优：≥95%")) {
            assertTrue(report.contains(PdfText.squeezed(s)), s + " in the report");
        }

        assertEquals(0, run("export", b, dir.resolve("b.pdf").toString()).code()); // version 1 of b
        CliRun restored = run("restore-version", b, "1");
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.err().contains("恢复前的草稿保存为第 2 版"), restored.err());
        assertEquals(List.of(), run("compare", "1@" + b, b).lines(), "the draft is version 1 again");
        CliRun none = run("restore-version", b, "9");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("没有第 9 版"), none.err());
    }
}
