package cn.gongkai.domain.port;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.versions.DraftVersion;
import cn.gongkai.domain.versions.VersionSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every store of versions does, the data folder's and the one in memory the editor's tests use: versions
 * numbered 1, 2, … per draft, listed oldest first with time, source and note, snapshots back byte for byte, a
 * version of a draft that is not there refused with nothing kept.
 */
public abstract class VersionStoreContract {
    /** A draft store and the version store beside it, and how to close them. */
    public record Opened(DraftStore drafts, VersionStore versions, AutoCloseable closer) {
    }

    @TempDir
    protected Path dir;
    private Opened opened;

    protected abstract Opened open(Path dir);

    @BeforeEach
    void openStore() {
        opened = open(dir);
    }

    @AfterEach
    void closeStore() throws Exception {
        opened.closer().close();
    }

    @Test
    void versionsAreNumberedPerDraftAndReadBack() {
        long a = opened.drafts().insert(TestData.sample());
        long b = opened.drafts().insert(TestData.sample());
        Instant t = Instant.parse("2026-12-01T08:30:00Z");
        byte[] big = "九州镇".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        DraftVersion v1 = opened.versions().keep(a, t, VersionSource.PDF, "公开.pdf", big);
        DraftVersion v2 = opened.versions().keep(a, t.plusSeconds(60), VersionSource.MANUAL, "  送领导审阅 ", new byte[] {1});
        DraftVersion w1 = opened.versions().keep(b, t, VersionSource.FINAL, "", new byte[] {2, 3});
        assertEquals(List.of(1, 2), List.of(v1.number(), v2.number()));
        assertEquals(1, w1.number(), "numbered per draft");
        assertEquals(List.of(v1, v2), opened.versions().versions(a));
        assertEquals("送领导审阅", opened.versions().versions(a).get(1).note());
        assertEquals(t, opened.versions().versions(a).get(0).at());
        assertArrayEquals(big, opened.versions().snapshot(a, 1).orElseThrow());
        assertArrayEquals(new byte[] {2, 3}, opened.versions().snapshot(b, 1).orElseThrow());
        assertTrue(opened.versions().snapshot(a, 3).isEmpty());
        assertEquals(List.of(), opened.versions().versions(999));
    }

    @Test
    void aVersionOfNoDraftIsRefused() {
        BadInputException e = assertThrows(BadInputException.class, () -> opened.versions().keep(42, Instant.now(),
                VersionSource.MANUAL, "", new byte[] {1}));
        assertEquals("没有编号为 42 的草稿", e.getMessage());
        assertEquals(List.of(), opened.versions().versions(42));
    }
}
