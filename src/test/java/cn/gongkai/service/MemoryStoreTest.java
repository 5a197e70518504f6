package cn.gongkai.service;

import cn.gongkai.domain.port.DraftStoreContract;

import java.nio.file.Path;

/** The store contract on the drafts kept in memory, which the view models' tests and the audit use. */
class MemoryStoreTest extends DraftStoreContract {
    @Override
    protected Opened open(Path dir) {
        MemoryStore store = new MemoryStore();
        return new Opened(store, store, store, () -> { });
    }
}
