package cn.gongkai.domain.audit;

import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * One file of a batch check: the unit and year it names, its findings, and what to say of it — why it could not be
 * read ({@code unread}), or what its import noticed. A file that could not be read has no findings.
 */
public record AuditEntry(Path file, String unitName, int budgetYear, List<Problem> findings, String note,
                         boolean unread) {
    public AuditEntry {
        findings = List.copyOf(findings);
        unitName = unitName == null ? "" : unitName;
        note = note == null ? "" : note;
    }

    public static AuditEntry unread(Path file, String why) {
        return new AuditEntry(file, "", 0, List.of(), why, true);
    }

    public long errors() {
        return findings.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return findings.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }
}
