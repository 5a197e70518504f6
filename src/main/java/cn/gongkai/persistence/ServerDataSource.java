package cn.gongkai.persistence;

import cn.gongkai.domain.port.ServerAddress;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * Connections to the county's server as {@link ServerDatabase} opens them (TLS as the address asks, the password
 * only as a property), for Flyway's migrations under the bureau's login.
 */
final class ServerDataSource implements DataSource {
    private final ServerAddress address;
    private final String password;

    ServerDataSource(ServerAddress address, String password) {
        this.address = address;
        this.password = password;
    }

    @Override
    public Connection getConnection() {
        return ServerDatabase.connect(address, password);
    }

    @Override
    public Connection getConnection(String username, String pw) throws SQLException {
        throw new SQLFeatureNotSupportedException("the server's login is the address's");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no driver log: it could carry connection details
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // the connection's own timeout (ServerDatabase.connect) applies
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
