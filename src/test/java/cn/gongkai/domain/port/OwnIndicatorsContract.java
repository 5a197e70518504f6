package cn.gongkai.domain.port;

import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.LibraryEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every keeper of the officer's own library entries does, the data folder's and the one in memory: entries
 * back in the order added, marked own, an entry of the same category and name replaced and moved to the end.
 */
public abstract class OwnIndicatorsContract {
    /** The store and how to close it. */
    public record Opened(OwnIndicators own, AutoCloseable closer) {
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

    private static LibraryEntry entry(String category, String name, String target, boolean own) {
        return new LibraryEntry(category, Level1.OUTPUT, "数量", name, target, "亩", own);
    }

    @Test
    void entriesComeBackInOrderOwnAndReplacedByCategoryAndName() {
        assertEquals(List.of(), opened.own().ownIndicators());
        opened.own().addOwnIndicators(List.of(entry("农业农村", "设施农业新增面积", "≥200", false),
                entry("农业农村", "高标准农田建设面积", "≥1000", false)));
        opened.own().addOwnIndicators(List.of(entry("农业农村", "设施农业新增面积", "≥300", false),
                entry("自然资源", "设施农业新增面积", "≥50", false)));
        assertEquals(List.of(entry("农业农村", "高标准农田建设面积", "≥1000", true),
                entry("农业农村", "设施农业新增面积", "≥300", true), entry("自然资源", "设施农业新增面积", "≥50", true)),
                opened.own().ownIndicators());
        assertEquals("数量指标", opened.own().ownIndicators().get(0).level2());
    }

    @Test
    void anEntryLongerThanTheStoreKeepsIsRefusedBeforeItGetsThere() {
        assertThrows(IllegalArgumentException.class, () -> entry("农业农村", "长".repeat(1001), "", false));
        assertThrows(IllegalArgumentException.class, () -> entry("类".repeat(101), "名称", "", false));
    }
}
