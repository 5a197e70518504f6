package cn.gongkai.persistence;

import cn.gongkai.domain.model.GongkaiException;
import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded H2 database of one data folder. Opening it takes the folder's lock (one process per folder),
 * detects a damaged file without writing to it, and brings the schema up to date with Flyway.
 */
final class H2Database extends Database {
    static final String FILE_STEM = "gongkai";
    /** Commits reach the file at once (H2's default delay loses up to a second of commits on kill -9). */
    private static final String SETTINGS = ";WRITE_DELAY=0";

    private final Path folder;
    private final FolderLock lock;
    private final boolean created;

    private H2Database(Path folder, FolderLock lock, Connection connection, boolean created) {
        super(connection, DSL.using(connection, SQLDialect.H2));
        this.folder = folder;
        this.lock = lock;
        this.created = created;
    }

    public static Path databaseFile(Path folder) {
        return folder.resolve(FILE_STEM + ".mv.db");
    }

    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve(FILE_STEM) + SETTINGS;
    }

    /** Opens (creating when new) the database in {@code folder}. */
    static H2Database open(Path folder) {
        FolderLock lock = FolderLock.acquire(folder);
        Connection connection = null;
        try {
            Path file = databaseFile(folder);
            boolean existed = Files.exists(file) && Files.size(file) > 0;
            try {
                connection = DriverManager.getConnection(url(folder), "sa", "");
                if (!upToDate(connection)) {
                    if (existed) { // an earlier release's file: backed up, upgraded on a copy, then replaced
                        Connection old = connection;
                        connection = null;
                        SchemaUpgrade.run(folder, old);
                        connection = DriverManager.getConnection(url(folder), "sa", "");
                    } else {
                        migrate(folder);
                    }
                }
                checkReadable(connection);
            } catch (SQLException | RuntimeException e) {
                if (e instanceof StoreUpgradeException u) {
                    throw u;
                }
                if (isLockedByH2(e)) {
                    throw new StoreLockedException(folder);
                }
                if (existed) {
                    throw new StoreDamagedException(file, new BackupFiles(folder).list(), e);
                }
                throw new GongkaiException("无法在 " + folder + " 创建数据文件：" + e.getMessage(), e);
            }
            return new H2Database(folder, lock, connection, !existed);
        } catch (IOException e) {
            closeQuietly(connection, lock);
            throw new GongkaiException("无法使用数据文件夹 " + folder + "：" + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection, lock);
            throw e;
        }
    }

    private static boolean isLockedByH2(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    private static void migrate(Path folder) {
        Flyway.configure()
                .dataSource(url(folder), "sa", "")
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    private static void closeQuietly(Connection connection, FolderLock lock) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // closing after a failure or at the end; the data is committed already
        }
        lock.close();
    }

    public Path folder() {
        return folder;
    }

    @Override
    String place() {
        return "数据文件夹 " + folder;
    }

    @Override
    String login() {
        return System.getProperty("user.name", "");
    }

    @Override
    RuntimeException failure(RuntimeException e) {
        if (closedByFailure() || ioFailure(e)) {
            dropConnection(); // H2 keeps failing on a store that failed a write; a new one reads the file
            return new StoreWriteException(folder, e);
        }
        return e;
    }

    private static boolean ioFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof org.h2.mvstore.MVStoreException) {
                return true;
            }
        }
        return false;
    }

    /** True when this open created the database (a new, empty data folder). */
    public boolean created() {
        return created;
    }

    /** True when H2 has closed the database after a failure (a write the disk refused). */
    private boolean closedByFailure() {
        try {
            return !connection().isValid(5);
        } catch (SQLException e) {
            return true;
        }
    }

    /** Closes the connection after a failed write; {@link #ensureOpen} opens a new one for the next attempt. */
    private synchronized void dropConnection() {
        try {
            connection().close();
        } catch (SQLException ignored) {
            // H2 reports the failed write again on close; the file holds what was committed before
        }
    }

    /**
     * Opens the connection again when H2 closed the database itself after a failed write (a full disk, a folder
     * gone read-only): what was committed before is in the file, and the next write may succeed once the folder is
     * writable again. The folder's lock stays held throughout.
     */
    @Override
    synchronized void ensureOpen() {
        if (!closedByFailure()) {
            return;
        }
        try {
            connection().close();
        } catch (SQLException ignored) {
            // H2 has closed it already
        }
        try {
            Connection c = DriverManager.getConnection(url(folder), "sa", "");
            use(c, DSL.using(c, SQLDialect.H2));
        } catch (SQLException e) {
            throw new StoreWriteException(folder, e);
        }
    }

    /** Forces everything committed so far onto the disk (survives a power cut, not only a killed process). */
    @Override
    void sync() {
        dsl().execute("CHECKPOINT SYNC");
    }

    @Override
    public void close() {
        closeQuietly(connection(), lock);
    }
}
