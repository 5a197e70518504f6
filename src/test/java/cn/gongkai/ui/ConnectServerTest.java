package cn.gongkai.ui;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.persistence.CountyServer;
import cn.gongkai.server.County;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.ui.dialogs.Dialogs;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 文件 › 连接县级服务器… without a screen, on a real folder and a real server: a wrong password is said and the
 * folder stays open; the right one lists the unit's drafts on the server, remembers the address and login (never
 * the password); 从备份恢复 points to the server's backups; 使用本机数据文件夹 goes back.
 */
class ConnectServerTest {
    @TempDir
    Path dir;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private OpenFolder open;
    private Preferences prefs;
    private MainWindowViewModel vm;
    private County county;

    @BeforeEach
    void openFolder() {
        county = County.prepared();
        county.addUnit("912");
        try (CountyServer bureau = county.openAsBureau()) {
            Draft d = TestData.sample();
            bureau.store().insert(d.withHeader(d.header().withUnit("服务器上的九州镇", "912")));
        }
        Composition root = new Composition();
        StoreLocation.Folder home = new StoreLocation.Folder(dir.resolve("data"));
        Services first = root.open(home);
        open = new OpenFolder(() -> root.open(home), () -> root.backupsOf(home.path()), first, root::open, home, home);
        prefs = Preferences.userRoot().node("cn/gongkai/test/" + UUID.randomUUID());
        vm = new MainWindowViewModel(new SameThreadTasks(), dialogs, new UiSettings(prefs), root::audit);
        vm.setFolderBackups(open);
        vm.setPlaces(open);
        vm.connect(first, false);
    }

    @AfterEach
    void close() throws Exception {
        open.services().close();
        prefs.removeNode();
    }

    @Test
    void theUnitsDraftsOnTheServerAndBack() throws Exception {
        int local = vm.list().drafts().size();
        String address = "127.0.0.1:" + county.cluster().port() + "/" + county.database();
        dialogs.servers.add(Optional.of(new Dialogs.ServerLogin(address, "u912", "wrong-password")));
        vm.connectServer();
        assertTrue(last().contains("无法打开 县级服务器") && last().contains("拒绝了登录 u912"), last());
        assertFalse(last().contains("wrong-password"));
        assertEquals(local, vm.list().drafts().size(), "the folder stays open");

        dialogs.servers.add(Optional.of(new Dialogs.ServerLogin(address, "u912", County.password("912"))));
        vm.connectServer();
        assertEquals(1, vm.list().drafts().size(), vm.list().drafts().toString());
        assertEquals("服务器上的九州镇", vm.list().drafts().get(0).unitName());
        assertTrue(vm.titleProperty().get().contains("县级服务器 u912@127.0.0.1"), vm.titleProperty().get());
        assertEquals("共 1 份草稿　（县级服务器 u912@" + address + "）", vm.statusProperty().get(),
                "the status line says where the drafts are");
        UiSettings remembered = new UiSettings(prefs);
        assertEquals(address, remembered.serverAddress());
        assertEquals("u912", remembered.serverLogin());
        for (String key : prefs.keys()) {
            assertFalse(prefs.get(key, "").contains(County.password("912")), key);
        }
        vm.connectServer(); // asked again, cancelled: nothing changes
        assertEquals("服务器：u912@" + address, last(), "asked with the address and login last used");
        assertEquals(1, vm.list().drafts().size());

        vm.restoreFromBackup();
        assertTrue(last().contains("pg_dump"), last());
        vm.open(vm.list().drafts().get(0).id());
        assertEquals(-1, new UiSettings(prefs).lastDraft(), "a server's draft number is not reopened in a folder");
        vm.closeEditor();

        vm.useLocalFolder();
        assertEquals(local, vm.list().drafts().size(), "back on this PC's folder");
        assertEquals(MainWindowViewModel.APP_TITLE, vm.titleProperty().get());
        assertEquals("共 " + local + " 份草稿", vm.statusProperty().get());

        open.services().backups().takeNow(); // and a restore there reopens the folder, not the server
        dialogs.backupPicks.push(0);
        dialogs.confirmations.push(true);
        vm.restoreFromBackup();
        assertTrue(last().contains("已恢复到"), last());
        assertEquals(local, vm.list().drafts().size());
        assertEquals(StoreLocation.Folder.class, open.current().getClass());
        assertFalse(open.services().place().startsWith("postgresql"), open.services().place());
    }

    private String last() {
        return dialogs.shown.get(dialogs.shown.size() - 1);
    }
}
