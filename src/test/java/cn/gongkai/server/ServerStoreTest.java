package cn.gongkai.server;

import cn.gongkai.domain.port.DraftStoreContract;
import cn.gongkai.persistence.CountyServer;

import java.nio.file.Path;

/** The store contract on the county's PostgreSQL server, under the bureau's login (which sees every unit). */
class ServerStoreTest extends DraftStoreContract {
    @Override
    protected Opened open(Path dir) {
        CountyServer server = County.prepared().openAsBureau();
        return new Opened(server.store(), server.importReports(), server.subjects(), server);
    }
}
