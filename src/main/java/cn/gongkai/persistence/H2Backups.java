package cn.gongkai.persistence;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.GongkaiException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Takes the rolling backups of an open database, and restores one into a data folder. */
final class H2Backups {
    private H2Backups() {
    }

    /**
     * Writes a backup of the whole database (H2 {@code SCRIPT TO} a zip) and prunes old ones. Callers go through
     * {@link JooqDraftStore#backup()}, which keeps it apart from writes on the same connection.
     */
    static Path backup(H2Database db) {
        BackupFiles backups = new BackupFiles(db.folder());
        try {
            Path file = backups.nextFile();
            db.dsl().execute("SCRIPT TO " + quote(file) + " COMPRESSION ZIP");
            backups.prune();
            return file;
        } catch (IOException | RuntimeException e) {
            throw new GongkaiException("备份失败：" + e.getMessage(), e);
        }
    }

    /**
     * The drafts in a backup: its script run into a private in-memory database (the folder is not touched) and
     * the list read from there.
     */
    static List<DraftSummary> contents(Path backup) {
        String url = "jdbc:h2:mem:backup-" + java.util.UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM " + quote(backup) + " COMPRESSION ZIP");
            List<DraftSummary> out = new java.util.ArrayList<>();
            try (java.sql.ResultSet r = s.executeQuery("SELECT id, budget_year, unit_name, status, updated_at FROM draft"
                    + " WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC")) {
                while (r.next()) {
                    out.add(new DraftSummary(r.getLong(1), r.getInt(2), r.getString(3),
                            DraftStatus.valueOf(r.getString(4)), r.getObject(5, java.time.OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        } catch (SQLException | RuntimeException e) {
            throw new GongkaiException("无法读取备份 " + backup.getFileName() + "：" + e.getMessage(), e);
        }
    }

    /** A backup through a plain connection (the old schema's, before an upgrade). */
    static void script(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SCRIPT TO " + quote(file) + " COMPRESSION ZIP");
        }
    }

    /**
     * Replaces the database of {@code folder} (which must not be open) by the content of {@code backup}. The
     * replaced file is kept beside it as {@code gongkai.mv.db.before-restore-…}, never deleted.
     */
    public static Path restore(Path folder, Path backup) {
        if (backup == null || !Files.isRegularFile(backup)) {
            throw new BadInputException("找不到备份文件：" + backup);
        }
        Path file = H2Database.databaseFile(folder);
        Path kept = null;
        try (FolderLock lock = FolderLock.acquire(folder)) {
            if (Files.exists(file)) {
                kept = file.resolveSibling(file.getFileName() + ".before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
            }
            try (Connection c = DriverManager.getConnection(H2Database.url(folder), "sa", "");
                 Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM " + quote(backup) + " COMPRESSION ZIP");
                s.execute("CHECKPOINT SYNC");
            }
            return kept;
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(file);
                if (kept != null) {
                    Files.move(kept, file, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException ignored) {
                // the original is still under its kept name, which the message names
            }
            throw new GongkaiException("从备份 " + backup.getFileName() + " 恢复失败：" + e.getMessage()
                    + (kept == null ? "" : "；原数据文件保留在 " + kept), e);
        }
    }

    private static String quote(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
