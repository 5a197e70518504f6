package cn.gongkai.persistence;

import cn.gongkai.domain.imports.ImportReport;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static cn.gongkai.persistence.generated.Tables.IMPORT_REPORT_LINE;

/** A draft's import report as rows of import_report_line, one per line, in order. */
final class ImportReportRows {
    private static final String RECOGNISED = "RECOGNISED";
    private static final String UNPLACED = "UNPLACED";
    private final DSLContext db;

    ImportReportRows(DSLContext db) {
        this.db = db;
    }

    void replace(long id, ImportReport report) {
        db.deleteFrom(IMPORT_REPORT_LINE).where(IMPORT_REPORT_LINE.DRAFT_ID.eq(id)).execute();
        var insert = db.insertInto(IMPORT_REPORT_LINE, IMPORT_REPORT_LINE.DRAFT_ID, IMPORT_REPORT_LINE.KIND,
                IMPORT_REPORT_LINE.POS, IMPORT_REPORT_LINE.TEXT);
        boolean any = false;
        for (int i = 0; i < report.recognised().size(); i++) {
            insert = insert.values(id, RECOGNISED, i, report.recognised().get(i));
            any = true;
        }
        for (int i = 0; i < report.unplaced().size(); i++) {
            insert = insert.values(id, UNPLACED, i, report.unplaced().get(i));
            any = true;
        }
        if (any) {
            insert.execute();
        }
    }

    Optional<ImportReport> read(long id) {
        List<String> recognised = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        db.selectFrom(IMPORT_REPORT_LINE).where(IMPORT_REPORT_LINE.DRAFT_ID.eq(id))
                .orderBy(IMPORT_REPORT_LINE.KIND, IMPORT_REPORT_LINE.POS)
                .forEach(r -> (r.getKind().equals(RECOGNISED) ? recognised : unplaced).add(r.getText()));
        return recognised.isEmpty() && unplaced.isEmpty() ? Optional.empty()
                : Optional.of(new ImportReport(recognised, unplaced));
    }
}
