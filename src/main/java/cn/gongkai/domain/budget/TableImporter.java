package cn.gongkai.domain.budget;

import java.nio.file.Path;

/** Reads the standard tables out of a budget system's workbook (.xlsx, .xls); implemented by the importer. */
public interface TableImporter {
    /**
     * Reads every recognised table; refuses (with a {@code BadInputException} saying why) a file that is not a
     * readable workbook. The catalogue names subjects written without their code and tells which are new;
     * {@code budgetYear} is the year they are looked up in (0: the year the workbook names).
     */
    WorkbookTables read(Path workbook, SubjectCatalogue catalogue, int budgetYear);
}
