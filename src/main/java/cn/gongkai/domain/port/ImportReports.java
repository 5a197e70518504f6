package cn.gongkai.domain.port;

import cn.gongkai.domain.imports.ImportReport;
import cn.gongkai.domain.model.Draft;
import java.util.Optional;

/** Where each draft's import report is kept (drafts made otherwise have none); every method is one transaction. */
public interface ImportReports {
    /** Stores a new draft together with the report of the import that made it. */
    long insert(Draft draft, ImportReport report);

    /** Replaces a draft's report (after a line was placed by hand, or tables imported into it). */
    void saveReport(long id, ImportReport report);

    Optional<ImportReport> report(long id);
}
