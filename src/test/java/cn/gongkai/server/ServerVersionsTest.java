package cn.gongkai.server;

import cn.gongkai.domain.port.VersionStoreContract;
import cn.gongkai.persistence.CountyServer;

import java.nio.file.Path;

/** The versions contract on the county's PostgreSQL server. */
class ServerVersionsTest extends VersionStoreContract {
    @Override
    protected Opened open(Path dir) {
        CountyServer server = County.prepared().openAsBureau();
        return new Opened(server.store(), server.versions(), server);
    }
}
