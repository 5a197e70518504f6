package cn.gongkai.persistence;

import cn.gongkai.domain.model.GongkaiException;

import java.nio.file.Path;

/**
 * A write to the data folder failed — the disk is full, or the folder turned read-only (a USB stick pulled out).
 * What the store acknowledged before is intact; the write can be tried again once the folder is writable.
 */
public class StoreWriteException extends GongkaiException {
    public StoreWriteException(Path folder, Throwable cause) {
        super(reason(cause) + "，无法写入数据文件夹 " + folder + "。之前保存的内容完好；腾出磁盘空间或恢复该文件夹后，"
                + "程序会自动重新保存。", cause);
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left") || m.contains("磁盘空间不足") || m.contains("There is not enough space")) {
                return "磁盘已满";
            }
            if (m.contains("Read-only") || m.contains("read only") || m.contains("AccessDenied")
                    || t instanceof java.nio.file.AccessDeniedException) {
                return "数据文件夹已变为只读（如U盘已拔出或写保护）";
            }
        }
        return "磁盘已满或数据文件夹不可写";
    }
}
