package cn.gongkai.persistence;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.port.ServerAddress;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The county's shared PostgreSQL database, opened under one login (a unit's {@code u912}, or the bureau's). The
 * schema is the data folder's, from the same migrations; which rows a login sees is the database's row-level
 * security, not this code's. A lost connection is opened again for the next call.
 */
final class ServerDatabase extends Database {
    /** jOOQ's generated names are upper case (H2's); PostgreSQL folds unquoted names to lower case. */
    private static final Settings SETTINGS = new Settings().withRenderNameCase(RenderNameCase.LOWER);

    private final ServerAddress address;
    private final String password;
    /** Who writes, as every write records it (worked out once). */
    private final String who;
    private boolean lost;

    private ServerDatabase(ServerAddress address, String password, Connection connection) {
        super(connection, dsl(connection));
        this.address = address;
        this.password = password;
        this.who = who(address);
    }

    static DSLContext dsl(Connection c) {
        return DSL.using(c, SQLDialect.POSTGRES, SETTINGS);
    }

    /** Opens the server's database for work; it must have been prepared ({@code server init}) at this release's schema. */
    static ServerDatabase open(ServerAddress address, String password) {
        Connection c = connect(address, password);
        try {
            if (!upToDate(c)) {
                throw new BadInputException("县级服务器上的数据库 " + address.database() + " 还没有准备好，或是旧版本程序准备的："
                        + "请县财政局先运行 gongkai --server postgresql://局里的登录名@" + address.host() + ":"
                        + address.port() + "/" + address.database() + " server init");
            }
            checkReadable(c);
            return new ServerDatabase(address, password, c);
        } catch (SQLException e) {
            close(c);
            throw refused(address, e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    /**
     * A JDBC connection as {@code address.login()}: TLS when the server offers it, the password only as a connection
     * property (never in the URL or a message).
     */
    static Connection connect(ServerAddress address, String password) {
        Properties p = new Properties();
        p.setProperty("user", address.login());
        p.setProperty("password", password);
        p.setProperty("sslmode", address.tls().mode());
        if (!address.tls().rootCert().isEmpty()) {
            p.setProperty("sslrootcert", address.tls().rootCert());
        }
        p.setProperty("ApplicationName", "Gongkai");
        p.setProperty("connectTimeout", "10");
        p.setProperty("socketTimeout", "120");
        p.setProperty("tcpKeepAlive", "true");
        try {
            return DriverManager.getConnection(address.jdbcUrl(), p);
        } catch (SQLException e) {
            throw refused(address, e);
        }
    }

    /** Why the server would not let this login in, in Chinese. */
    static RuntimeException refused(ServerAddress a, SQLException e) {
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("28")) {
            return new ServerUnavailableException("县级服务器拒绝了登录 " + a.login() + "：密码不对，或没有这个登录名。"
                    + "请核对密码；没有登录名的单位请找县财政局添加（server add-unit）。", null);
        }
        if (state.equals("3D000")) {
            return new ServerUnavailableException("县级服务器 " + a.host() + ":" + a.port() + " 上没有数据库 "
                    + a.database() + "，请核对地址。", null);
        }
        if (unreachable(state)) {
            return new ServerUnavailableException("连不上县级服务器 " + a.host() + ":" + a.port() + "（" + reason(e)
                    + "）。请检查网络和地址，或请县财政局确认服务器已开启。", null);
        }
        return new ServerUnavailableException("县级服务器 " + a + " 出错：" + reason(e), e);
    }

    /** SQLSTATE classes of a server out of reach: connection exceptions (08) and a server shutting down (57P). */
    private static boolean unreachable(String state) {
        return state.startsWith("08") || state.startsWith("57P");
    }

    private static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    ServerAddress address() {
        return address;
    }

    @Override
    synchronized void ensureOpen() {
        try {
            if (!lost && !connection().isClosed()) {
                return;
            }
        } catch (SQLException e) {
            // treated as lost
        }
        close(connection());
        Connection c = connect(address, password);
        use(c, dsl(c));
        lost = false;
    }

    @Override
    void sync() {
        // a commit on the server is durable when it returns (synchronous_commit)
    }

    @Override
    String place() {
        return "县级服务器 " + address;
    }

    @Override
    String login() {
        return who;
    }

    /** The login and, since one unit's people share it, the computer's user and name: "u912（zhangsan，PC-07）". */
    private static String who(ServerAddress address) {
        String user = System.getProperty("user.name", "");
        String host = java.util.Objects.requireNonNullElse(System.getenv("COMPUTERNAME"),
                java.util.Objects.requireNonNullElse(System.getenv("HOSTNAME"), ""));
        String who = address.login() + (user.isEmpty() && host.isEmpty() ? ""
                : "（" + user + (host.isEmpty() ? "" : "，" + host) + "）");
        return who.length() > 100 ? who.substring(0, 100) : who;
    }

    @Override
    RuntimeException failure(RuntimeException e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        if (unreachable(state) || connectionGone()) {
            lost = true;
            return ServerUnavailableException.lost(address, e);
        }
        if (state.equals("42501")) {
            return new BadInputException("县级服务器拒绝了这次写入：登录 " + address.login() + " 只能保存单位编码为 "
                    + ownCode() + " 的草稿，这份草稿的单位编码是另一个单位的。请核对“基本信息”中的单位编码，"
                    + "或用该单位的登录名。", e);
        }
        return e;
    }

    /** The unit code of this login, as the server knows it ("本单位" for a login that is not a unit's). */
    private String ownCode() {
        try {
            String code = dsl().fetchOne("SELECT gongkai_unit()").get(0, String.class);
            return code == null ? "本单位" : code;
        } catch (RuntimeException e) {
            return "本单位";
        }
    }

    private boolean connectionGone() {
        try {
            return connection().isClosed() || !connection().isValid(2);
        } catch (SQLException e) {
            return true;
        }
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    @Override
    public synchronized void close() {
        close(connection());
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the server may be gone already
        }
    }
}
