package cn.gongkai.service;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.port.Backup;
import cn.gongkai.domain.port.BackupArchive;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Backing up and restoring a data folder, as the officer asks for it by a backup's name. */
public final class BackupService {
    /** What a restore did: the backup used and where the replaced data file is kept. */
    public record Restored(Backup from, Optional<Path> keptAt) {
    }

    private final BackupArchive archive;

    public BackupService(BackupArchive archive) {
        this.archive = archive;
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        return archive.list();
    }

    /** Backs up now (the folder must be open in this process). */
    /** The drafts a backup holds, for choosing which to restore. */
    public List<cn.gongkai.domain.model.DraftSummary> contents(Backup backup) {
        return archive.contents(backup);
    }

    public Backup takeNow() {
        return archive.take();
    }

    /** Restores the backup with this file name or path (the folder must be closed). */
    public Restored restore(String nameOrPath) {
        Backup b = archive.find(nameOrPath).orElseThrow(() -> new BadInputException("找不到备份“" + nameOrPath
                + "”；不带参数运行 restore 可列出全部备份"));
        return new Restored(b, archive.restore(b));
    }
}
