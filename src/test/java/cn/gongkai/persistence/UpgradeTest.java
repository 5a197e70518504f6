package cn.gongkai.persistence;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data folder written by every earlier release opens with today's code, every draft intact: each fixture
 * (written by {@link WriteUpgradeFixture} with that release) is loaded into a fresh folder as it was, opened by
 * the composition root (which migrates it), and every draft is compared field for field with that release's
 * exchange file of it.
 */
class UpgradeTest {
    static final Path FIXTURES = Path.of("src/test/resources/upgrade");

    @TempDir
    Path tmp;

    static Stream<String> releases() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The fixture's data folder as the old release left it. */
    static Path restoreFixture(String release, Path into) throws Exception {
        Path folder = into.resolve(release);
        Files.createDirectories(folder);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("gongkai").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + FIXTURES.resolve(release).resolve("gongkai.sql").toAbsolutePath() + "'");
        }
        return folder;
    }

    static Map<Long, Draft> expected(String release) throws IOException {
        Map<Long, Draft> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(FIXTURES.resolve(release).resolve("drafts"))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                out.put(Long.parseLong(name.substring(0, name.indexOf('.'))), new ExchangeReader().read(f));
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("releases")
    void everyDraftOfAnEarlierReleaseOpensIntact(String release) throws Exception {
        Path folder = restoreFixture(release, tmp);
        Map<Long, Draft> expected = expected(release);
        try (Services ctx = new Composition().open(folder)) {
            List<DraftSummary> listed = ctx.drafts().list();
            List<DraftSummary> binned = ctx.drafts().listDeleted();
            assertEquals(expected.size(), listed.size() + binned.size(), "every draft of " + release + " is there");
            assertFalse(binned.isEmpty(), "the fixture's 回收站 draft stays in the 回收站");
            for (DraftSummary s : listed) {
                Draft want = expected.get(s.id());
                Draft got = ctx.drafts().load(s.id());
                assertEquals(want.header(), got.header(), release + " draft " + s.id());
                assertEquals(want.figures(), got.figures(), release + " draft " + s.id());
                assertEquals(want.texts(), got.texts(), release + " draft " + s.id());
                assertEquals(want.performance(), got.performance(), release + " draft " + s.id());
                assertEquals(want, got, release + " draft " + s.id());
            }
            assertTrue(listed.stream().anyMatch(s -> s.status() == DraftStatus.FINAL), "the 定稿 draft is still 定稿");
            for (DraftSummary s : binned) {
                ctx.drafts().restoreFromBin(s.id());
                assertEquals(expected.get(s.id()), ctx.drafts().load(s.id()));
            }
        }
        try (Services again = new Composition().open(folder)) {
            assertEquals(expected.size(), again.drafts().list().size(), "a second open finds the same drafts");
        }
    }

    /** Versions kept by a release that keeps them (schema 6 on) read back as drafts with today's code. */
    @ParameterizedTest
    @MethodSource("releases")
    void keptVersionsReadBack(String release) throws Exception {
        Path folder = restoreFixture(release, tmp);
        try (Services ctx = new Composition().open(folder)) {
            int versions = 0;
            for (var s : ctx.drafts().list()) {
                for (var v : ctx.versions().versions(s.id())) {
                    assertEquals(s.unitName(), ctx.versions().version(s.id(), v.number()).header().unitName());
                    versions++;
                }
            }
            assertEquals(release.compareTo("v6") >= 0, versions > 0, release + ": versions kept " + versions);
        }
    }

    /** The officer's own indicators (schema 8 on) are still in the library; three-level forms read back intact. */
    @ParameterizedTest
    @MethodSource("releases")
    void ownIndicatorsAndTargetFormsReadBack(String release) throws Exception {
        Path folder = restoreFixture(release, tmp);
        try (Services ctx = new Composition().open(folder)) {
            boolean v8 = release.compareTo("v8") >= 0;
            assertEquals(v8, ctx.library().own().stream().anyMatch(e -> e.name().equals("设施农业新增面积")),
                    release + ": " + ctx.library().own());
            assertEquals(v8, ctx.drafts().list().stream().anyMatch(s -> !ctx.drafts().load(s.id()).performance()
                    .targets().projects().isEmpty()), release + ": a draft with project forms");
        }
    }

    @ParameterizedTest
    @MethodSource("releases")
    void anUpgradeIsBackedUpFirstAndLeavesNoCopyBehind(String release) throws Exception {
        Path folder = restoreFixture(release, tmp);
        try (Services ctx = new Composition().open(folder)) {
            String latest = releases().reduce((a, b) -> b).orElseThrow(); // written by this schema: no upgrade
            assertEquals(release.equals(latest) ? 0 : 1, ctx.backups().list().size(),
                    "a backup taken before an upgrade, none without");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<String> left = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gongkai-upgrade"))
                    .toList();
            assertEquals(List.of(), left, "nothing of the upgrade's copy is left");
        }
    }

    @Test
    void aFailedUpgradeLeavesTheFileAsItWasAndSaysSo() throws Exception {
        Path folder = restoreFixture("v2", tmp);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("gongkai").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE budget_row ADD COLUMN note CLOB"); // what V3 adds: its migration now fails
        }
        GongkaiException e = assertThrows(GongkaiException.class, () -> new Composition().open(folder));
        assertTrue(e.getMessage().contains("升级") && e.getMessage().contains("原数据文件没有改动"), e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("gongkai").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            assertTrue(r.next());
            assertEquals(2, r.getInt(1), "the file is still the earlier release's");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("gongkai-upgrade")));
        }
        assertEquals(1, cn.gongkai.persistence.DataFolder.backupsOf(folder).list().size(), "the backup taken first");
    }
}
