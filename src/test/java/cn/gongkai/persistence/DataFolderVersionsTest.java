package cn.gongkai.persistence;

import cn.gongkai.domain.port.VersionStoreContract;

import java.nio.file.Path;

/** The versions contract on the data folder's H2 database. */
class DataFolderVersionsTest extends VersionStoreContract {
    @Override
    protected Opened open(Path dir) {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        return new Opened(folder.store(), folder.versions(), folder);
    }
}
