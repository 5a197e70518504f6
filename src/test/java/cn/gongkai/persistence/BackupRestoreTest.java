package cn.gongkai.persistence;

import cn.gongkai.TestData;
import cn.gongkai.domain.Draft;
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

    @Test
    void closingAFolderWithRollingBackupsBacksUpTheSessionsChangesAndOnlyThen() {
        Path folder = dir.resolve("data");
        long id;
        try (DataFolder data = DataFolder.open(folder)) {
            data.startBackups();
            id = data.store().insert(TestData.sample());
        }
        List<cn.gongkai.domain.Backup> after = DataFolder.backupsOf(folder).list();
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
        try (Database db = Database.open(dir)) {
            JooqDraftStore store = new JooqDraftStore(db);
            id = store.insert(sample);
            backup = store.backup();
            store.moveToBin(id);
            store.insert(sample);
        }
        Path kept = H2Backups.restore(dir, backup);
        assertNotNull(kept);
        assertTrue(Files.exists(kept));
        try (Database db = Database.open(dir)) {
            JooqDraftStore store = new JooqDraftStore(db);
            assertEquals(List.of(id), store.list().stream().map(d -> d.id()).toList());
            assertEquals(sample, store.load(id).orElseThrow());
            long next = store.insert(sample);
            assertTrue(next > id, "identity continues after the restored rows");
        }
    }

    @Test
    void restoreRepairsADamagedFolder() throws Exception {
        Path backup;
        try (Database db = Database.open(dir)) {
            JooqDraftStore store = new JooqDraftStore(db);
            store.insert(TestData.sample());
            backup = store.backup();
        }
        try (RandomAccessFile raf = new RandomAccessFile(Database.databaseFile(dir).toFile(), "rw")) {
            raf.write(new byte[8192]);
        }
        assertThrows(StoreDamagedException.class, () -> Database.open(dir));
        H2Backups.restore(dir, backup);
        try (Database db = Database.open(dir)) {
            assertEquals(1, new JooqDraftStore(db).list().size());
        }
    }

    @Test
    void onlyTheNewestTenBackupsAreKept() {
        try (Database db = Database.open(dir)) {
            JooqDraftStore store = new JooqDraftStore(db);
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
