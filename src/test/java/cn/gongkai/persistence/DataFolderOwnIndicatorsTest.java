package cn.gongkai.persistence;

import cn.gongkai.domain.port.OwnIndicatorsContract;

import java.nio.file.Path;

/** The own-library contract on the data folder's H2 database. */
class DataFolderOwnIndicatorsTest extends OwnIndicatorsContract {
    @Override
    protected Opened open(Path dir) {
        DataFolder folder = DataFolder.open(dir.resolve("data"));
        return new Opened(folder.ownIndicators(), folder);
    }
}
