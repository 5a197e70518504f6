package cn.gongkai.ui.dialogs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a file chooser opens: the samples' folder the first time, then the folder last used for the same purpose. */
class FxDialogsFolderTest {
    @TempDir
    Path dir;

    @Test
    void firstTheSamplesThenTheLastFolderUsed() throws Exception {
        Path samples = Files.createDirectories(dir.resolve("数据/示例"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path docs = Files.createDirectories(home.resolve("Documents"));
        Path used = Files.createDirectories(dir.resolve("2026年表格"));
        assertEquals(Optional.of(samples), FxDialogs.startFolder(Optional.empty(), false, samples, home));
        assertEquals(Optional.of(docs), FxDialogs.startFolder(Optional.empty(), true, samples, home));
        assertEquals(Optional.of(used), FxDialogs.startFolder(Optional.of(used), false, samples, home));
        assertEquals(Optional.of(samples), FxDialogs.startFolder(Optional.of(dir.resolve("已删除")), false, samples, home),
                "a folder since removed is not offered");
        assertEquals(Optional.empty(), FxDialogs.startFolder(Optional.empty(), true, samples, dir.resolve("无")));
    }
}
