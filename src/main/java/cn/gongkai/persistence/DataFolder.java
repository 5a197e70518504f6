package cn.gongkai.persistence;

import cn.gongkai.domain.port.BackupArchive;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One data folder opened by this process: its draft store, its backups and its few settings. The only way into
 * the persistence package; the store behind it (H2, jOOQ) stays inside.
 */
public final class DataFolder extends Storage {
    private final H2Database database;
    private final BackupScheduler scheduler;

    private DataFolder(H2Database database) {
        super(database, JooqDraftStore.onFolder(database));
        this.database = database;
        this.scheduler = new BackupScheduler(store);
    }

    /**
     * Opens (creating when new) the folder's database: takes the folder's lock, refuses a damaged file without
     * writing to it, and brings the schema up to date.
     */
    public static DataFolder open(Path folder) {
        return new DataFolder(H2Database.open(folder));
    }

    /** The backups of a folder this process has not opened: they can be listed and restored, not taken. */
    public static BackupArchive backupsOf(Path folder) {
        return new H2BackupArchive(folder, null);
    }

    @Override
    public BackupArchive backups() {
        return new H2BackupArchive(database.folder(), store);
    }

    public Path path() {
        return database.folder();
    }

    @Override
    public String describe() {
        return database.folder().toString();
    }

    /** True when this open created the database (a new, empty data folder). */
    public boolean created() {
        return database.created();
    }

    /** A value of the folder's own settings, e.g. whether the sample draft was put in. */
    public Optional<String> meta(String key) {
        return store.meta(key);
    }

    public void setMeta(String key, String value) {
        store.setMeta(key, value);
    }

    /** Starts the rolling backups (shortly after start, then every few minutes while something changed). */
    public void startBackups() {
        scheduler.start();
    }

    @Override
    public void close() {
        scheduler.close();
        database.close();
    }
}
