package cn.gongkai.persistence;

import cn.gongkai.domain.port.DraftStoreContract;

import java.nio.file.Path;

/** The store contract on the data folder's own store: H2 in a file in a temporary folder. */
class DataFolderStoreTest extends DraftStoreContract {
    @Override
    protected Opened open(Path dir) {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        return new Opened(folder.store(), folder.importReports(), folder.subjects(), folder);
    }
}
