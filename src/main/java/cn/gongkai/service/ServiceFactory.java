package cn.gongkai.service;

import java.nio.file.Path;

/** What the composition root offers the command line and the editor. */
public interface ServiceFactory {
    /** Opens a data folder (a new one gets the sample draft) into services; closing them closes the folder. */
    default Services open(Path dataFolder) {
        return open(new StoreLocation.Folder(dataFolder));
    }

    /** Opens a data folder or the county's server (prepared by the bureau) into services. */
    Services open(StoreLocation location);

    /** The bureau's administration of its server, under the login of {@code server}. */
    cn.gongkai.domain.port.CountyAdministration administer(StoreLocation.Server server);

    /** The backups of a data folder this process has not opened, to list and restore them. */
    BackupService backupsOf(Path dataFolder);

    /**
     * A batch check of files (批量检查), on drafts kept in memory only: nothing is written to any data folder, and
     * what it imported is gone when the checker is.
     */
    AuditService audit();

    /** Starts loading what the first export needs (fonts) in the background, e.g. while a data folder opens. */
    void warmUpExport();
}
