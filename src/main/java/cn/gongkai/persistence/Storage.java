package cn.gongkai.persistence;

import cn.gongkai.domain.budget.SubjectMemory;
import cn.gongkai.domain.port.BackupArchive;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.ImportReports;
import cn.gongkai.domain.port.OwnIndicators;
import cn.gongkai.domain.port.VersionStore;

/**
 * Where the drafts of this process are: a data folder on this PC or the county's server. The same stores either
 * way; only how the place is backed up differs.
 */
public sealed interface Storage extends AutoCloseable permits DataFolder, CountyServer {
    DraftStore store();

    /** The reports of the imports that made drafts. */
    ImportReports importReports();

    /** The subjects remembered from workbooks. */
    SubjectMemory subjects();

    /** The kept versions of the drafts. */
    VersionStore versions();

    /** The officer's own entries of the indicator library. */
    OwnIndicators ownIndicators();

    BackupArchive backups();

    /** Where, for the window's title and messages: a folder's path, or the server's address without password. */
    String describe();

    @Override
    void close();
}
