package cn.gongkai.service;

import java.nio.file.Path;

/** What the composition root offers the command line and the editor. */
public interface ServiceFactory {
    /** Opens a data folder (a new one gets the sample draft) into services; closing them closes the folder. */
    Services open(Path dataFolder);

    /** The backups of a data folder this process has not opened, to list and restore them. */
    BackupService backupsOf(Path dataFolder);

    /** Starts loading what the first export needs (fonts) in the background, e.g. while a data folder opens. */
    void warmUpExport();
}
