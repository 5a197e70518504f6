package cn.gongkai.service;

import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.domain.port.AuditWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Checks many files in one run (批量检查), as a county finance bureau does before publication: every file a folder
 * holds (its sub-folders too) of a kind the importer reads, each imported into drafts kept in memory only — nothing
 * is written to a data folder — and checked. A file that cannot be read gets its line with the reason, and the run
 * goes on.
 */
public final class AuditService {
    /** The kinds of file checked: what {@code import} reads. */
    public static final Set<String> KINDS = Set.of("txt", "docx", "pdf", "xlsx", "xls", "json", "gongkai");

    /** Told of each file as its check begins. */
    public interface Progress {
        void checking(int index, int total, Path file);
    }

    private final DraftService drafts;
    private final AuditWorkbook workbook;

    /** {@code drafts}: the services of drafts kept in memory ({@code ServiceFactory.inMemory}). */
    public AuditService(DraftService drafts, AuditWorkbook workbook) {
        this.drafts = drafts;
        this.workbook = workbook;
    }

    /** The files to check under the paths given (a file as it is, a folder searched), in the order of their paths. */
    public List<Path> files(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(AuditService::checked)
                            .sorted(Comparator.comparing(Path::toString)).forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new BadInputException("无法读取文件夹 " + p + "：" + e.getMessage());
                }
            } else {
                out.add(p); // a file named is checked whatever it is, and said when it cannot be read
            }
        }
        return out;
    }

    private static boolean checked(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith("~$") && !name.startsWith(".") && dot > 0
                && KINDS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Checks every file, telling {@code progress} as each begins. */
    public List<AuditEntry> check(List<Path> files, Progress progress) {
        List<AuditEntry> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            progress.checking(i + 1, files.size(), files.get(i));
            out.add(check(files.get(i)));
        }
        return out;
    }

    /** One file: imported in memory and checked, or the reason it could not be read. */
    public AuditEntry check(Path file) {
        try {
            ImportResult r = drafts.importFile(file);
            String note = r.draft().header().profile().label()
                    + (r.draft().tables().isEmpty() ? "" : "，公开表 " + r.draft().tables().all().size() + " 张")
                    + (r.unplaced().isEmpty() ? "" : "，" + r.unplaced().size() + " 处未能识别");
            return new AuditEntry(file, r.draft().header().unitName(), r.draft().header().budgetYear(),
                    drafts.validate(r.draft()), note, false);
        } catch (GongkaiException e) {
            return AuditEntry.unread(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return AuditEntry.unread(file, "无法读取（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** The summary workbook: a row per file, and a sheet per file of its findings; written whole or not at all. */
    public void writeWorkbook(List<AuditEntry> entries, Path file) {
        AtomicFiles.write(file, out -> workbook.write(entries, out));
    }
}
