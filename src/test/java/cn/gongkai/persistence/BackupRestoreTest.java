package cn.gongkai.persistence;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackupRestoreTest {
    @TempDir
    Path dir;

    /**
     * Eleven backups of eleven states (a draft added each time): the newest ten are kept, each lists the drafts it
     * holds, and restoring each brings back exactly its state.
     */
    @Test
    void eachOfTheLastTenBackupsListsItsDraftsAndRestoresItsState() {
        Path folder = dir.resolve("ten");
        java.util.Map<String, List<String>> states = new java.util.HashMap<>();
        try (DataFolder data = DataFolder.open(folder)) {
            for (int i = 1; i <= 11; i++) {
                data.store().insert(Draft.empty(cn.gongkai.domain.model.DraftHeader.newDraft("第" + i + "镇人民政府", 2020 + i % 5,
                        cn.gongkai.domain.model.FinanceLevel.TOWNSHIP), List.of()));
                cn.gongkai.domain.port.Backup b = data.backups().take();
                states.put(b.name(), names(data.store().list()));
            }
        }
        List<cn.gongkai.domain.port.Backup> kept = DataFolder.backupsOf(folder).list();
        assertEquals(10, kept.size(), "the newest ten are kept");
        for (cn.gongkai.domain.port.Backup b : kept) {
            assertEquals(states.get(b.name()), names(DataFolder.backupsOf(folder).contents(b)), b.name() + " lists its drafts");
            DataFolder.backupsOf(folder).restore(b);
            try (DataFolder data = DataFolder.open(folder)) {
                assertEquals(states.get(b.name()), names(data.store().list()), "restored from " + b.name());
            }
        }
    }

    private static List<String> names(List<cn.gongkai.domain.model.DraftSummary> drafts) {
        return drafts.stream().map(cn.gongkai.domain.model.DraftSummary::unitName).sorted().toList();
    }

    @Test
    void closingAFolderWithRollingBackupsBacksUpTheSessionsChangesAndOnlyThen() {
        Path folder = dir.resolve("data");
        long id;
        try (DataFolder data = DataFolder.open(folder)) {
            data.startBackups();
            id = data.store().insert(TestData.sample());
        }
        List<cn.gongkai.domain.port.Backup> after = DataFolder.backupsOf(folder).list();
        assertEquals(1, after.size(), "one backup taken at close");
        try (DataFolder data = DataFolder.open(folder)) {
            data.startBackups(); // opened and closed without a change: nothing new to keep
        }
        assertEquals(1, DataFolder.backupsOf(folder).list().size());
        try (DataFolder data = DataFolder.open(folder)) {
            data.store().moveToBin(id); // rolling backups not started (the command line): none at close
        }
        assertEquals(1, DataFolder.backupsOf(folder).list().size());
        assertTrue(DataFolder.backupsOf(folder).restore(after.get(0)).isPresent());
        try (DataFolder data = DataFolder.open(folder)) {
            assertEquals(List.of(id), data.store().list().stream().map(d -> d.id()).toList(), "the backup holds it");
        }
    }

    @Test
    void restoreBringsBackTheStateOfTheBackupAndKeepsTheReplacedFile() throws Exception {
        Draft sample = TestData.sample();
        Path backup;
        long id;
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            id = store.insert(sample);
            backup = store.backup();
            store.moveToBin(id);
            store.insert(sample);
        }
        Path kept = H2Backups.restore(dir, backup);
        assertNotNull(kept);
        assertTrue(Files.exists(kept));
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            assertEquals(List.of(id), store.list().stream().map(d -> d.id()).toList());
            assertEquals(sample, store.load(id).orElseThrow());
            long next = store.insert(sample);
            assertTrue(next > id, "identity continues after the restored rows");
        }
    }

    @Test
    void restoreRepairsADamagedFolder() throws Exception {
        Path backup;
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            store.insert(TestData.sample());
            backup = store.backup();
        }
        try (RandomAccessFile raf = new RandomAccessFile(H2Database.databaseFile(dir).toFile(), "rw")) {
            raf.write(new byte[8192]);
        }
        assertThrows(StoreDamagedException.class, () -> H2Database.open(dir));
        H2Backups.restore(dir, backup);
        try (H2Database db = H2Database.open(dir)) {
            assertEquals(1, JooqDraftStore.onFolder(db).list().size());
        }
    }

    @Test
    void onlyTheNewestTenBackupsAreKept() {
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            store.insert(TestData.sample());
            Path first = store.backup();
            for (int i = 0; i < 11; i++) {
                store.backup();
            }
            List<Path> all = new BackupFiles(dir).list();
            assertEquals(BackupFiles.KEEP, all.size());
            assertTrue(!all.contains(first));
        }
    }
}
