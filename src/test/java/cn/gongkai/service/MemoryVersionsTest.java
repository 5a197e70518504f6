package cn.gongkai.service;

import cn.gongkai.domain.port.VersionStoreContract;

import java.nio.file.Path;

/** The versions contract on the store in memory: held to the same as the data folder's. */
class MemoryVersionsTest extends VersionStoreContract {
    @Override
    protected Opened open(Path dir) {
        MemoryStore store = new MemoryStore();
        return new Opened(store, store, () -> { });
    }
}
