package cn.gongkai.persistence;

import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.domain.port.Backup;
import cn.gongkai.domain.port.BackupArchive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backups of a data folder as zipped H2 scripts in {@code backups/}. With the folder's store (open in this
 * process) it can take backups; without it (the folder closed) it can restore one.
 */
final class H2BackupArchive implements BackupArchive {
    private static final Pattern STAMP = Pattern.compile("gongkai-(\\d{8}-\\d{6}-\\d{3})-\\d+\\.zip");
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;
    private final JooqDraftStore open;

    H2BackupArchive(Path folder, JooqDraftStore open) {
        this.folder = folder;
        this.open = open;
    }

    @Override
    public List<Backup> list() {
        return new BackupFiles(folder).list().stream().map(H2BackupArchive::describe).toList();
    }

    @Override
    public Optional<Backup> find(String nameOrPath) {
        return Optional.ofNullable(new BackupFiles(folder).resolve(nameOrPath)).map(H2BackupArchive::describe);
    }

    @Override
    public List<DraftSummary> contents(Backup backup) {
        return H2Backups.contents(backup.file());
    }

    @Override
    public Backup take() {
        if (open == null) {
            throw new GongkaiException("数据文件夹 " + folder + " 没有打开，不能备份");
        }
        return describe(open.backup());
    }

    @Override
    public Optional<Path> restore(Backup backup) {
        if (open != null) {
            throw new GongkaiException("数据文件夹正在使用，不能恢复：请先关闭编辑器");
        }
        return Optional.ofNullable(H2Backups.restore(folder, backup.file()));
    }

    static Backup describe(Path file) {
        String name = file.getFileName().toString();
        long bytes;
        LocalDateTime taken;
        try {
            bytes = Files.size(file);
            taken = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
        } catch (IOException e) {
            bytes = -1;
            taken = null;
        }
        Matcher m = STAMP.matcher(name);
        if (m.matches()) {
            try {
                taken = LocalDateTime.parse(m.group(1), NAME);
            } catch (DateTimeParseException e) {
                // a renamed file: its modification time stands
            }
        }
        return new Backup(name, file, taken, bytes);
    }
}
