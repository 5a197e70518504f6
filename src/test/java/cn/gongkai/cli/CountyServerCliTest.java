package cn.gongkai.cli;

import cn.gongkai.TestData;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.server.PostgresCluster;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 29's "done when", on a private PostgreSQL: the bureau prepares the database and adds units 912 and 914 with
 * the command line; a seed imported through u912 exports exactly as the same seed imported into a local folder;
 * u914 neither lists, exports nor reads it with plain SQL, nor imports or rolls forward a draft of unit 912; the
 * bureau's login lists it, and its overview has a line per unit.
 */
class CountyServerCliTest {
    @TempDir
    Path dir;

    @Test
    void aUnitsDraftOnTheServerIsItsAloneAndPrintsAsFromAFolder() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String db = cluster.newDatabase();
        String bureau = url(cluster, PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD, db);
        CliRun init = CliRun.on(bureau, "server", "init");
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains("结构版本 无 → 9"), init.out());
        CliRun again = CliRun.on(bureau, "server", "init");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("已是最新"), "idempotent: " + again.out());
        for (String code : List.of("912", "914")) {
            CliRun added = CliRun.withInput("pw-" + code + "-secret\n", "--server", bureau, "server", "add-unit", code);
            assertEquals(0, added.code(), added.err());
            assertTrue(added.out().contains("登录名 u" + code), added.out());
        }
        String u912 = url(cluster, "u912", "pw-912-secret", db);
        String u914 = url(cluster, "u914", "pw-914-secret", db);

        Path seed = TestData.seed("jiuzhou-town-2019.txt");
        CliRun imported = CliRun.on(u912, "import", seed.toString());
        assertEquals(0, imported.code(), imported.err());
        String id = imported.out().strip();
        Path data = dir.resolve("data");
        CliRun local = CliRun.in(data, "import", seed.toString());
        assertEquals(0, local.code(), local.err());
        String localId = local.out().strip();

        for (String ext : List.of("pdf", "docx", "json")) {
            Path server = dir.resolve("server." + ext);
            Path folder = dir.resolve("folder." + ext);
            assertEquals(0, CliRun.on(u912, "export", id, server.toString()).code());
            assertEquals(0, CliRun.in(data, "export", localId, folder.toString()).code());
            assertEquals(text(folder), text(server), ext + " exported from the server as from a folder");
        }
        assertEquals(new ExchangeReader().read(dir.resolve("folder.json")),
                new ExchangeReader().read(dir.resolve("server.json")), "the same draft, field for field");

        // another unit's login: nothing to list, to export, to read with plain SQL, to import or roll forward
        CliRun other = CliRun.on(u914, "list");
        assertEquals(0, other.code(), other.err());
        assertEquals("", other.out());
        CliRun export = CliRun.on(u914, "export", id, dir.resolve("x.pdf").toString());
        assertEquals(2, export.code());
        assertTrue(export.err().contains("没有编号为 " + id + " 的草稿"), export.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        CliRun foreign = CliRun.on(u914, "import", seed.toString());
        assertEquals(2, foreign.code(), "a draft of unit 912 imported by u914");
        assertTrue(foreign.err().contains("登录 u914 只能保存单位编码为 914 的草稿"), foreign.err());
        CliRun rolled = CliRun.on(u914, "roll-forward", id, "2020");
        assertEquals(2, rolled.code(), rolled.err());
        try (Connection c = cluster.connect(db, "u914", "pw-914-secret"); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "SELECT COUNT(*) FROM draft"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM perf_node"));
            assertEquals(0, s.executeUpdate("UPDATE draft SET unit_name = 'x'"));
            assertEquals(0, s.executeUpdate("DELETE FROM draft_text"));
        }
        try (Connection c = cluster.connect(db, "u912", "pw-912-secret"); Statement s = c.createStatement()) {
            assertEquals(1, count(s, "SELECT COUNT(*) FROM draft"));
            assertTrue(count(s, "SELECT COUNT(*) FROM perf_node") > 100, "its own tree");
        }

        CliRun all = CliRun.on(bureau, "list");
        assertEquals(List.of(id + "\t2019\t廊坊市广阳区九州镇人民政府\t草稿"), all.lines());
        CliRun overview = CliRun.on(bureau, "server", "overview");
        assertEquals(0, overview.code(), overview.err());
        List<String> lines = overview.lines();
        assertEquals(2, lines.size(), overview.out());
        assertTrue(lines.get(0).startsWith("912\t廊坊市广阳区九州镇人民政府\t2019\t草稿\t"), lines.get(0));
        assertEquals(7, lines.get(0).split("\t", -1).length);
        assertEquals("914\t\t\t无草稿\t\t\t", lines.get(1));
        CliRun unitsView = CliRun.on(u914, "server", "overview");
        assertEquals(0, unitsView.code(), unitsView.err());
        assertEquals(List.of("914\t\t\t无草稿\t\t\t"), unitsView.lines(), "a unit's overview shows itself only");
    }

    @Test
    void aBadAddressOrPasswordIsSaidWithoutThePassword() {
        PostgresCluster cluster = PostgresCluster.shared();
        String db = cluster.newDatabase();
        CliRun wrong = CliRun.on(url(cluster, PostgresCluster.BUREAU, "not-the-password", db), "list");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("县级服务器拒绝了登录 bureau"), wrong.err());
        assertFalse(wrong.err().contains("not-the-password"), wrong.err());
        CliRun unprepared = CliRun.on(url(cluster, PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD, db), "list");
        assertEquals(2, unprepared.code());
        assertTrue(unprepared.err().contains("还没有准备好") && unprepared.err().contains("server init"),
                unprepared.err());
        CliRun garbled = CliRun.on("postgresql://u912:secret-pw@host-without-db", "list");
        assertEquals(2, garbled.code());
        assertTrue(garbled.err().contains("看不懂") && !garbled.err().contains("secret-pw"), garbled.err());
        CliRun both = CliRun.of("--data", dir.toString(), "--server", url(cluster, "u912", "x", db), "list");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("--data 和 --server 只能选一个"), both.err());
        CliRun noServer = CliRun.in(dir.resolve("d"), "server", "overview");
        assertEquals(2, noServer.code());
        assertTrue(noServer.err().contains("要给出服务器地址"), noServer.err());
    }

    @Test
    void aDatabaseHoldingSomethingElseIsRefusedUntouched() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        String db = cluster.newDatabase();
        try (Connection c = cluster.connect(db, PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE payroll (id INT)");
        }
        CliRun init = CliRun.on(url(cluster, PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD, db),
                "server", "init");
        assertEquals(2, init.code());
        assertTrue(init.err().contains("不属于 Gongkai 的表（payroll）"), init.err());
        try (Connection c = cluster.connect(db, PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD);
             Statement s = c.createStatement()) {
            assertEquals(1, count(s, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        }
    }

    /**
     * A command that read a draft and writes it back after someone else saved it in between (an editor saving
     * while {@code import --into} reads the workbook) is refused with the conflict's message, exit 2, and the
     * other's save stands.
     */
    @Test
    void aCommandOvertakenByAnEditorExitsTwoAndOverwritesNothing() throws Exception {
        cn.gongkai.server.County county = cn.gongkai.server.County.prepared();
        String code = cn.gongkai.domain.budget.TownshipBudget.UNIT_CODE; // the workbook's unit
        county.addUnit(code);
        String login = cn.gongkai.persistence.CountyAdmin.loginOf(code);
        String unit = url(county.cluster(), login, cn.gongkai.server.County.password(code), county.database());
        Path book = cn.gongkai.importer.workbook.TownshipWorkbook.write(dir.resolve("表格.xlsx"),
                cn.gongkai.importer.workbook.TownshipWorkbook.Shape.standard());
        CliRun made = CliRun.on(unit, "import", book.toString());
        assertEquals(0, made.code(), made.err());
        long id = Long.parseLong(made.out().strip());
        var at = new cn.gongkai.service.StoreLocation.Server(county.unit(code),
                cn.gongkai.server.County.password(code));
        try (cn.gongkai.service.Services editor = new cn.gongkai.app.Composition().open(at)) {
            cn.gongkai.service.EditSession session = editor.drafts().open(id);
            java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger saved = new java.util.concurrent.atomic.AtomicInteger();
            Thread typing = new Thread(() -> {
                for (int i = 1; !done.get(); i++) {
                    int n = i;
                    session.apply("其他事项", d -> d.withTexts(d.texts().with(cn.gongkai.domain.model.TextKey.OTHER_MATTERS,
                            cn.gongkai.domain.model.Narrative.own("编辑中的说明 " + n)))).ifPresent(session::save);
                    saved.incrementAndGet();
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            typing.start();
            while (saved.get() < 3) {
                Thread.sleep(5);
            }
            CliRun into = CliRun.on(unit, "import", "--into", String.valueOf(id), book.toString());
            done.set(true);
            typing.join();
            assertEquals(2, into.code(), into.out() + into.err());
            assertTrue(into.err().contains("已被拒绝，以免覆盖对方的修改") && into.err().contains(login), into.err());
            assertEquals(session.draft(), editor.drafts().load(id), "the editor's saves stand");
        }
    }

    static String url(PostgresCluster c, String login, String password, String db) {
        return "postgresql://" + login + ":" + password + "@127.0.0.1:" + c.port() + "/" + db;
    }

    private static int count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** What a reader sees of an exported file: the PDF's text, the Word file's text, the exchange file itself. */
    private static String text(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            Process p = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            return out;
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
                return x.getText();
            }
        }
        return Files.readString(file);
    }
}
