package cn.gongkai.ui.editor;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A save the disk refuses: on a size-limited tmpfs (mounted for the test; needs root, skipped elsewhere) the disk is
 * filled while the officer edits. The edits stay on screen, the status bar and one dialog say what happened and
 * what to do, closing asks first; once space is back the retry saves everything, and the reopened folder holds
 * every edit, the ones before the disk filled included.
 */
class DiskFullTest {
    @TempDir
    Path dir;
    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = Files.createDirectories(dir.resolve("u盘"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", mount.toString());
        assumeTrue(mounted, "needs root to mount a size-limited tmpfs");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", mount.toString());
        }
    }

    private static boolean run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path fill(Path folder) {
        Path filler = folder.resolve("填满.bin");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] b = new byte[1 << 16];
            while (true) {
                out.write(b);
            }
        } catch (IOException full) {
            return filler;
        }
    }

    @Test
    void aFullDiskKeepsTheEditsTellsTheOfficerAndSavesThemWhenSpaceIsBack() throws Exception {
        Path data = mount.resolve("data");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        SameThreadTasks tasks = new SameThreadTasks();
        long id;
        try (Services s = new Composition().open(data)) {
            id = s.drafts().list().stream().filter(d -> d.budgetYear() == 2019).findFirst().orElseThrow().id();
            EditorViewModel vm = new EditorViewModel(tasks, s.drafts(), s.exports(), s.drafts().open(id), dialogs);
            assertTrue(vm.forms().setFigure(FigureKey.INCOME_OTHER, "11").isEmpty());
            assertTrue(vm.statusProperty().get().startsWith("已保存"), vm.statusProperty().get());

            Path filler = fill(mount);
            vm.forms().setFigure(FigureKey.INCOME_OTHER, "22");
            vm.apply("改写其他事项", d -> d.withTexts(d.texts().with(TextKey.OTHER_MATTERS,
                    Narrative.own("磁盘满时写的说明。".repeat(2000)))));
            assertTrue(vm.unsaved());
            assertTrue(vm.statusProperty().get().startsWith("保存失败") && vm.statusProperty().get().contains("磁盘已满"),
                    vm.statusProperty().get());
            assertEquals(1, dialogs.shown.stream().filter(m -> m.contains("没能保存")).count(), "told once");
            assertEquals(new BigDecimal("22"), vm.draft().figures().get(FigureKey.INCOME_OTHER), "the edit stays");

            assertFalse(s.drafts().list().isEmpty(), "the draft list still reads while the disk is full");
            assertEquals(1, tasks.runLater(), "a retry is due");
            assertTrue(vm.unsaved(), "still full: still unsaved, and another retry is due");

            Files.delete(filler);
            assertEquals(1, tasks.runLater());
            assertFalse(vm.unsaved(), vm.statusProperty().get());
            assertTrue(vm.statusProperty().get().startsWith("已保存"), vm.statusProperty().get());
            assertEquals(0, tasks.runLater(), "nothing more to retry");
        }
        try (Services s = new Composition().open(data)) {
            Draft stored = s.drafts().load(id);
            assertEquals(new BigDecimal("22"), stored.figures().get(FigureKey.INCOME_OTHER));
            assertTrue(stored.texts().own(TextKey.OTHER_MATTERS).startsWith("磁盘满时写的说明。"));
        }
    }
}
