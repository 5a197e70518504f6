package cn.gongkai.server;

import cn.gongkai.domain.port.ServerAddress;
import cn.gongkai.persistence.CountyAdmin;
import cn.gongkai.persistence.CountyServer;

/** A county's database prepared on the shared test cluster, and its logins. */
public record County(PostgresCluster cluster, String database) {
    /** A new database, prepared by the bureau with {@code server init}. */
    public static County prepared() {
        return preparedOn(PostgresCluster.shared());
    }

    /** A new database on {@code c}, prepared by the bureau. */
    public static County preparedOn(PostgresCluster c) {
        County county = new County(c, c.newDatabase());
        CountyAdmin.init(county.bureau(), PostgresCluster.BUREAU_PASSWORD);
        return county;
    }

    public ServerAddress bureau() {
        return ServerAddress.parse(cluster.url(PostgresCluster.BUREAU, database)).address();
    }

    public ServerAddress unit(String code) {
        return bureau().as(CountyAdmin.loginOf(code));
    }

    /** Adds the unit with the password {@code pw-<code>-secret}. */
    public void addUnit(String code) {
        CountyAdmin.addUnit(bureau(), PostgresCluster.BUREAU_PASSWORD, code, password(code).toCharArray());
    }

    public static String password(String code) {
        return "pw-" + code + "-secret";
    }

    public CountyServer openAsBureau() {
        return CountyServer.open(bureau(), PostgresCluster.BUREAU_PASSWORD);
    }

    public CountyServer openAs(String code) {
        return CountyServer.open(unit(code), password(code));
    }
}
