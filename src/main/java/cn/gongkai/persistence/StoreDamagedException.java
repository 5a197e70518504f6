package cn.gongkai.persistence;

import cn.gongkai.domain.model.GongkaiException;

import java.nio.file.Path;
import java.util.List;

/** The database file cannot be read. Nothing was written to it; the backups listed can restore it. */
public class StoreDamagedException extends GongkaiException {
    private final List<Path> backups;

    public StoreDamagedException(Path file, List<Path> backups, Throwable cause) {
        super(message(file, backups), cause);
        this.backups = List.copyOf(backups);
    }

    public List<Path> backups() {
        return backups;
    }

    private static String message(Path file, List<Path> backups) {
        StringBuilder sb = new StringBuilder("数据文件 " + file + " 已损坏，无法打开；程序没有改动它。");
        if (backups.isEmpty()) {
            sb.append("没有可用的备份。请把这个文件交给技术人员。");
        } else {
            sb.append("可以用下列备份之一恢复（最新的在前），命令：gongkai restore 备份文件名");
            for (Path b : backups) {
                sb.append(System.lineSeparator()).append("  ").append(b.getFileName());
            }
        }
        return sb.toString();
    }
}
