package cn.gongkai.domain.port;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup of a data folder: its file, when it was taken and its size. */
public record Backup(String name, Path file, LocalDateTime takenAt, long bytes) {
}
