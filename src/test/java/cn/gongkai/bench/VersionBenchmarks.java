package cn.gongkai.bench;

import cn.gongkai.SyntheticDraft;
import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.versions.DraftCompare;
import cn.gongkai.domain.versions.VersionSource;
import cn.gongkai.service.Services;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Issue 28's measures, not a test: 100 versions of a seed-size draft kept in a data folder (the folder's growth), the
 * 100 listed, one read back; two 5,000-indicator drafts compared. Run with
 * {@code java -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.VersionBenchmarks}.
 */
public final class VersionBenchmarks {
    private VersionBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("gongkai-versions").resolve("data");
        try (Services s = new Composition().open(folder)) {
            long id = s.drafts().importFile(TestData.seed("jiuzhou-town-2019.txt")).id();
            long before = size(folder);
            for (int i = 0; i < 100; i++) {
                Draft d = s.drafts().load(id);
                s.drafts().save(id, d.withFigures(d.figures().with(FigureKey.THREE_PUBLIC_RECEPTION,
                        BigDecimal.valueOf(i)))); // each version a little different, as in use
                s.versions().keep(id, VersionSource.MANUAL, "第 " + i + " 次");
            }
            s.versions().versions(id); // warm
            long[] list = new long[20];
            for (int i = 0; i < list.length; i++) {
                long t0 = System.nanoTime();
                s.versions().versions(id);
                list[i] = (System.nanoTime() - t0) / 1_000;
            }
            long t0 = System.nanoTime();
            s.versions().version(id, 50);
            long read = (System.nanoTime() - t0) / 1_000_000;
            Arrays.sort(list);
            System.out.printf("100 versions: data folder grew %.2f MB while open; list 100: median %d µs, max %d µs; "
                    + "read one %d ms%n", (size(folder) - before) / 1e6, list[list.length / 2], list[list.length - 1], read);
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("gongkai").toAbsolutePath(),
                "sa", ""); var r = c.createStatement().executeQuery(
                "SELECT COUNT(*), SUM(OCTET_LENGTH(\"SNAPSHOT\")) FROM \"DRAFT_VERSION\"")) {
            r.next();
            System.out.printf("stored: %d versions, %.2f MB of snapshots (gzipped exchange files); folder after close %.2f MB%n",
                    r.getInt(1), r.getLong(2) / 1e6, size(folder) / 1e6);
        }
        Draft a = SyntheticDraft.of(50, 10, 10);
        Draft b = SyntheticDraft.of(50, 10, 10).withFigures(a.figures().with(FigureKey.THREE_PUBLIC_RECEPTION,
                BigDecimal.ONE));
        for (int i = 0; i < 5; i++) {
            DraftCompare.of(a, b); // warm
        }
        long[] ms = new long[10];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            int n = DraftCompare.of(a, b).size();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            if (n != 1) {
                throw new IllegalStateException("expected one change, got " + n);
            }
        }
        Arrays.sort(ms);
        System.out.printf("compare two 5,000-indicator drafts: median %d ms, max %d ms%n", ms[ms.length / 2],
                ms[ms.length - 1]);
    }

    private static long size(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("backups"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
