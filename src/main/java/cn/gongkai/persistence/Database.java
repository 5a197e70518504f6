package cn.gongkai.persistence;

import cn.gongkai.persistence.generated.DefaultSchema;
import org.jooq.DSLContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database the drafts live in: a data folder's embedded H2 file, or the county's PostgreSQL server. Both have
 * the same schema from the same Flyway migrations; the stores above see only this.
 */
abstract sealed class Database implements AutoCloseable permits H2Database, ServerDatabase {
    /** The highest V… migration script; MigrationTest checks it against the scripts. */
    static final int SCHEMA_VERSION = 9;
    /** The migrations both databases run. */
    static final String MIGRATIONS = "classpath:db/migration";

    /** The connection in use and jOOQ on it; replaced together when a lost connection is opened again. */
    private volatile Connection connection;
    private volatile DSLContext dsl;

    Database(Connection connection, DSLContext dsl) {
        use(connection, dsl);
    }

    final DSLContext dsl() {
        return dsl;
    }

    final Connection connection() {
        return connection;
    }

    /** A new connection (after the last one was lost), with jOOQ on it. */
    final void use(Connection c, DSLContext d) {
        this.connection = c;
        this.dsl = d;
    }

    /** Opens a new connection when the last one was lost (a failed write, a server restart). */
    abstract void ensureOpen();

    /** Makes everything committed so far durable against a power cut. */
    abstract void sync();

    /** Where the drafts are, for messages: "数据文件夹 …" or "县级服务器 …". */
    abstract String place();

    /** Who writes: the server's login, or the operating system's user for a folder. */
    abstract String login();

    /**
     * What a failed read or write is to the officer: a Chinese message when the place failed (a full disk, a server
     * gone), otherwise {@code e} itself.
     */
    abstract RuntimeException failure(RuntimeException e);

    @Override
    public abstract void close();

    /** Flyway takes half a second to start; a database already at the latest version does not need it. */
    static boolean upToDate(Connection c) {
        try (Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""
                     + " WHERE \"success\"")) {
            return r.next() && r.getInt(1) == SCHEMA_VERSION;
        } catch (SQLException e) {
            return false; // a new database: no history table yet
        } finally {
            rollbackQuietly(c);
        }
    }

    /**
     * Reads every table of the schema (as jOOQ generated it from the migrations) once, so that a damaged file is
     * found now rather than in the middle of the work.
     */
    static void checkReadable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (org.jooq.Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                s.executeQuery("SELECT COUNT(*) FROM " + table.getName()).close();
            }
        }
    }

    /** PostgreSQL keeps a failed statement's transaction aborted; the connection is in auto-commit, this is a no-op. */
    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // nothing to undo
        }
    }
}
