package cn.gongkai.service;

import cn.gongkai.domain.port.OwnIndicatorsContract;

import java.nio.file.Path;

/** The own-library contract on the store in memory: held to the same as the data folder's. */
class MemoryOwnIndicatorsTest extends OwnIndicatorsContract {
    @Override
    protected Opened open(Path dir) {
        return new Opened(new MemoryStore(), () -> { });
    }
}
