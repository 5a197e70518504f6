package cn.gongkai.domain.port;

import cn.gongkai.domain.model.DraftSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The backups of one data folder. A backup is taken while the folder is open in this process; a restore needs the
 * folder closed, and never deletes the data it replaces.
 */
public interface BackupArchive {
    /** The backups, newest first. */
    List<Backup> list();

    /** A backup by its file name (as {@link #list} shows it) or by a path to a backup file. */
    Optional<Backup> find(String nameOrPath);

    /** The drafts a backup holds (not those in its 回收站), as its list of drafts would show them. */
    List<DraftSummary> contents(Backup backup);

    /** Backs up the whole folder now. */
    Backup take();

    /**
     * Replaces the folder's data by the backup's. Returns where the replaced data file is kept (empty when the
     * folder had none).
     */
    Optional<Path> restore(Backup backup);
}
