package cn.gongkai.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rolling backups of a data folder: zipped SQL scripts in {@code backups/}, named by time, the newest
 * {@value #KEEP} kept.
 */
final class BackupFiles {
    public static final int KEEP = 10;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path folder;

    public BackupFiles(Path dataFolder) {
        this.folder = dataFolder.resolve("backups");
    }

    public Path folder() {
        return folder;
    }

    /** The path for a backup taken now; names sort in the order the backups were taken. */
    Path nextFile() throws IOException {
        Files.createDirectories(folder);
        String stamp = LocalDateTime.now().format(NAME);
        for (int n = 0; ; n++) {
            Path p = folder.resolve(String.format("gongkai-%s-%02d.zip", stamp, n));
            if (!Files.exists(p)) {
                return p;
            }
        }
    }

    /** Existing backups, newest first. */
    public List<Path> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().matches("gongkai-.*\\.zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Deletes all but the newest {@value #KEEP}. */
    void prune() throws IOException {
        List<Path> all = list();
        for (int i = KEEP; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** Finds a backup by file name or path. */
    public Path resolve(String nameOrPath) {
        Path p = Path.of(nameOrPath);
        if (Files.isRegularFile(p)) {
            return p;
        }
        Path inFolder = folder.resolve(nameOrPath);
        return Files.isRegularFile(inFolder) ? inFolder : null;
    }
}
