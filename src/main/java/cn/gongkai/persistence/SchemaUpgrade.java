package cn.gongkai.persistence;

import org.flywaydb.core.Flyway;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Brings a data folder written by an earlier release up to today's schema without risking it: a backup first (a
 * restorable one among the folder's backups), then the migrations run on a copy of the file, every draft of the
 * copy is read back, and only then does the copy replace the file, in one atomic rename. A failure at any step
 * leaves the file as it was.
 */
final class SchemaUpgrade {
    private static final String STEM = "gongkai-upgrade";

    private SchemaUpgrade() {
    }

    /** Backs up through {@code open} (the old schema's connection, closed here), then upgrades on a copy. */
    static void run(Path folder, Connection open) throws SQLException {
        BackupFiles backups = new BackupFiles(folder);
        try {
            H2Backups.script(open, backups.nextFile());
            backups.prune();
        } catch (IOException | SQLException e) {
            throw new StoreUpgradeException(folder, new IOException("升级前的备份失败：" + e.getMessage(), e));
        } finally {
            open.close();
        }
        Path file = H2Database.databaseFile(folder);
        Path copy = folder.resolve(STEM + ".mv.db");
        String url = "jdbc:h2:file:" + folder.resolve(STEM).toAbsolutePath() + ";WRITE_DELAY=0";
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                verify(c);
                c.createStatement().execute("CHECKPOINT SYNC");
            }
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(folder.resolve(STEM + ".trace.db")); // H2's log of the copy's session, if it wrote one
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(copy);
            deleteQuietly(folder.resolve(STEM + ".trace.db"));
            throw new StoreUpgradeException(folder, e);
        }
    }

    /** Every draft of the upgraded copy reads back whole (those in the 回收站 are read when restored). */
    private static void verify(Connection c) throws SQLException {
        DraftReader reader = new DraftReader(DSL.using(c, SQLDialect.H2));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM draft WHERE deleted_at IS NULL")) {
            while (r.next()) {
                long id = r.getLong(1);
                if (reader.read(id).isEmpty()) {
                    throw new IllegalStateException("升级后读不出草稿 " + id);
                }
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover copy is replaced by the next attempt
        }
    }
}
