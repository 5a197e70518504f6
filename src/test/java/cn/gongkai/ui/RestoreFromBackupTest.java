package cn.gongkai.ui;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.port.Backup;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.FolderBackups;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 文件 › 从备份恢复… without a screen, on a real folder: the backups are offered with the drafts each holds; the one
 * picked and confirmed replaces the data, the folder is opened again and the list shows the restored drafts; a
 * restore that fails leaves the folder open as it was.
 */
class RestoreFromBackupTest {
    @TempDir
    Path dir;
    private Services first;
    private OpenFolder open;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences prefs;
    private MainWindowViewModel vm;

    @BeforeEach
    void openFolder() {
        Path folder = dir.resolve("data");
        Composition root = new Composition();
        first = root.open(folder);
        open = new OpenFolder(() -> root.open(folder), () -> root.backupsOf(folder), first);
        prefs = Preferences.userRoot().node("cn/gongkai/test/" + UUID.randomUUID());
        vm = new MainWindowViewModel(new SameThreadTasks(), dialogs, new UiSettings(prefs), new Composition()::audit);
        vm.setFolderBackups(open);
        vm.connect(first, false);
    }

    @AfterEach
    void closeFolder() throws Exception {
        open.services().close();
        prefs.removeNode();
    }

    @Test
    void theChosenBackupReplacesTheDataAndTheListShowsItsDrafts() {
        int before = vm.list().drafts().size();
        first.backups().takeNow();
        vm.list().create("后来新建镇人民政府", 2027, FinanceLevel.TOWNSHIP);
        assertEquals(before + 1, vm.list().drafts().size());

        dialogs.backupPicks.push(0);
        dialogs.confirmations.push(true);
        vm.restoreFromBackup();

        FolderBackups.Choice offered = dialogs.backupLists.get(0).get(0);
        assertEquals(before, offered.drafts().size(), "the backup is offered with the drafts it holds");
        assertNotSame(first, open.services(), "the folder was opened again");
        assertEquals(before, vm.list().drafts().size(), "the list shows the restored drafts");
        assertTrue(vm.list().drafts().stream().noneMatch(d -> d.unitName().startsWith("后来新建")));
        assertTrue(dialogs.shown.stream().anyMatch(m -> m.contains("已恢复到") && m.contains("另存为")),
                dialogs.shown.toString());
    }

    @Test
    void aFailedRestoreLeavesTheFolderOpenAsItWasAndSaysSo() throws Exception {
        int before = vm.list().drafts().size();
        Backup b = first.backups().takeNow();
        Files.write(b.file(), new byte[] {1, 2, 3}); // the backup file went bad since
        dialogs.backupPicks.push(0);
        dialogs.confirmations.push(true);
        vm.restoreFromBackup();
        assertTrue(dialogs.backupLists.get(0).get(0).unreadable() != null, "offered, marked unreadable");
        assertTrue(dialogs.shown.stream().anyMatch(m -> m.startsWith("提示：恢复失败")), dialogs.shown.toString());
        assertEquals(before, vm.list().drafts().size(), "the folder is open as it was");
    }
}
