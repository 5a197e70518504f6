package cn.gongkai.server;

import cn.gongkai.domain.port.OwnIndicatorsContract;
import cn.gongkai.persistence.CountyServer;

import java.nio.file.Path;

/** The own-library contract on the county's PostgreSQL server. */
class ServerOwnIndicatorsTest extends OwnIndicatorsContract {
    @Override
    protected Opened open(Path dir) {
        CountyServer server = County.prepared().openAsBureau();
        return new Opened(server.ownIndicators(), server);
    }
}
