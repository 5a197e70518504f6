package cn.gongkai.persistence;

import cn.gongkai.domain.budget.SubjectMemory;
import cn.gongkai.domain.port.BackupArchive;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.ImportReports;
import cn.gongkai.domain.port.OwnIndicators;
import cn.gongkai.domain.port.VersionStore;

/**
 * Where the drafts of this process are: a data folder on this PC or the county's server. The same stores either
 * way, on the one database; only how the place is backed up, described and closed differs.
 */
public abstract sealed class Storage implements AutoCloseable permits DataFolder, CountyServer {
    private final Database database;
    final JooqDraftStore store;

    Storage(Database database, JooqDraftStore store) {
        this.database = database;
        this.store = store;
    }

    public final DraftStore store() {
        return store;
    }

    /** The reports of the imports that made drafts. */
    public final ImportReports importReports() {
        return store;
    }

    /** The subjects remembered from workbooks. */
    public final SubjectMemory subjects() {
        return store;
    }

    /** The kept versions of the drafts. */
    public final VersionStore versions() {
        return new JooqVersionStore(database, store);
    }

    /** The officer's own entries of the indicator library. */
    public final OwnIndicators ownIndicators() {
        return new JooqOwnIndicators(database, store);
    }

    public abstract BackupArchive backups();

    /** Where, for the window's title and messages: a folder's path, or the server's address without password. */
    public abstract String describe();

    @Override
    public abstract void close();
}
