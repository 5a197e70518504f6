package cn.gongkai.domain.port;

import cn.gongkai.domain.audit.AuditEntry;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes a batch check as a workbook: a summary row per file, a sheet per file of its findings. */
public interface AuditWorkbook {
    void write(List<AuditEntry> entries, OutputStream out) throws IOException;
}
