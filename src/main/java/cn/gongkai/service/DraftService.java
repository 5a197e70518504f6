package cn.gongkai.service;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableImporter;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.imports.ImportReport;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.newyear.RollForward;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.ImportReports;
import cn.gongkai.domain.rules.Validator;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** What an officer does with whole drafts: list, create, open, copy, roll forward, check, exchange, bin. */
public final class DraftService {
    private final DraftStore store;
    private final ImportReports reports;
    private final Validator validator;
    private final StandardGlossary glossary;
    private final Importers importers;
    private final Function<Draft, byte[]> exchangeWriter;
    private final TableImporter tables;
    private final Catalogue catalogue;
    private final VersionService versions;

    public DraftService(DraftStore store, ImportReports reports, Validator validator, StandardGlossary glossary,
                        Importers importers, Function<Draft, byte[]> exchangeWriter, TableImporter tables,
                        Catalogue catalogue, VersionService versions) {
        this.versions = versions;
        this.store = store;
        this.reports = reports;
        this.validator = validator;
        this.glossary = glossary;
        this.importers = importers;
        this.exchangeWriter = exchangeWriter;
        this.tables = tables;
        this.catalogue = catalogue;
    }

    public List<DraftSummary> list() {
        return store.list();
    }

    public List<DraftSummary> listDeleted() {
        return store.listDeleted();
    }

    public Draft load(long id) {
        return store.load(id).orElseThrow(() -> new BadInputException("没有编号为 " + id + " 的草稿"));
    }

    /** Opens a draft for editing. */
    public EditSession open(long id) {
        return new EditSession(store, id, load(id));
    }

    public long create(String unitName, int year, FinanceLevel level) {
        if (unitName == null || unitName.isBlank()) {
            throw new BadInputException("请填写单位名称");
        }
        DraftHeader header;
        try {
            header = DraftHeader.newDraft(unitName, year, level);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        return store.insert(Draft.empty(header, glossary.forLevel(level)));
    }

    public long insert(Draft draft) {
        return store.insert(draft);
    }

    public void save(long id, Draft draft) {
        store.replace(id, draft);
    }

    /**
     * Imports a file (by its extension) as a new draft: an exchange file, a published disclosure, or a budget
     * system's workbook; nothing is stored when the file is refused.
     */
    public ImportResult importFile(Path file) {
        if (Workbooks.isWorkbook(file)) {
            WorkbookTables w = readWorkbook(file, 0);
            Draft d = WorkbookDrafts.newDraft(w, glossary, java.time.Year.now().getValue() + 1);
            ImportResult result = Workbooks.report(w, d);
            long id = reports.insert(d, result.report());
            catalogue.learn(w.learned());
            return result.withId(id);
        }
        ImportResult parsed = importers.read(file);
        long id = reports.insert(parsed.draft(), parsed.report());
        return parsed.withId(id);
    }

    /**
     * Replaces the tables of a draft by a workbook's, and the figures the tables determine; one write. Refused when
     * the workbook is of another budget year.
     */
    public ImportResult importTablesInto(long id, Path file) {
        Draft before = load(id);
        if (before.header().status() == cn.gongkai.domain.model.DraftStatus.FINAL) {
            throw new BadInputException("这份草稿已定稿，不能导入表格。要修改，请先重新打开编辑。");
        }
        WorkbookTables w = readWorkbook(file, before.header().budgetYear());
        Draft after = WorkbookDrafts.into(before, w);
        store.update(id, before, after);
        catalogue.learn(w.learned());
        return Workbooks.report(w, after).withId(id);
    }

    /** Reads a workbook for a draft of a budget year (0: a new draft); a workbook of another year is refused. */
    private WorkbookTables readWorkbook(Path file, int year) {
        WorkbookTables w = tables.read(file, catalogue.get(), year);
        if (year > 0 && w.budgetYear() > 0 && w.budgetYear() != year) {
            throw new BadInputException("表格 " + file.getFileName() + " 是 " + w.budgetYear() + " 年的预算，草稿是 "
                    + year + " 年的：请选择本年度预算系统导出的表格");
        }
        return w;
    }

    /**
     * A workbook read for the draft open in the editor, which applies it ({@link WorkbookDrafts#into}) as one
     * undoable edit; refused when it is of another budget year. Its new subjects are remembered.
     */
    public WorkbookTables readWorkbookFor(Draft draft, Path file) {
        WorkbookTables w = readWorkbook(file, draft.header().budgetYear());
        catalogue.learn(w.learned());
        return w;
    }

    /** What a workbook applied to a draft is reported as: the sheets read, the figures filled, what to look at. */
    public ImportResult workbookReport(WorkbookTables w, Draft after) {
        return Workbooks.report(w, after);
    }

    /** The subject catalogue of today, with the subjects workbooks have brought. */
    public SubjectCatalogue catalogue() {
        return catalogue.get();
    }

    /** Imports pasted text as a new draft. */
    public ImportResult importText(String text) {
        ImportResult parsed = importers.readText(text);
        long id = reports.insert(parsed.draft(), parsed.report());
        return parsed.withId(id);
    }

    /** The report of the import that made the draft; empty for a draft made otherwise or before reports were kept. */
    public Optional<ImportReport> importReport(long id) {
        return reports.report(id);
    }

    /**
     * Records that unplaced line {@code index} of the draft's import report was put into {@code where} (the edit
     * itself is the editor's, undoable like any other); the report as it now stands.
     */
    public ImportReport markPlaced(long id, int index, String where) {
        ImportReport now = reports.report(id).orElseThrow(() -> new BadInputException("这份草稿没有导入报告"))
                .placed(index, where);
        reports.saveReport(id, now);
        return now;
    }

    public void exportExchange(long id, Path file) {
        AtomicFiles.write(file, exchangeWriter.apply(load(id)));
    }

    public long duplicate(long id) {
        return store.insert(load(id));
    }

    /** Next year's draft from this one (which stays as it is), and what the officer is told about it. */
    public RolledDraft rollForward(long id, int year) {
        Draft source = load(id);
        Draft rolled = RollForward.apply(source, year, glossary);
        return new RolledDraft(store.insert(rolled), RollForward.notes(source, rolled));
    }

    public List<Problem> validate(long id) {
        return validator.validate(load(id));
    }

    public List<Problem> validate(Draft draft) {
        return validator.validate(draft);
    }

    public void setStatus(long id, DraftStatus status) {
        Draft d = load(id);
        Draft next = d.withHeader(d.header().withStatus(status));
        store.replace(id, next);
        if (status == DraftStatus.FINAL && d.header().status() != DraftStatus.FINAL) {
            finalised(id, next);
        }
    }

    /** Draft {@code id} became 定稿 (here or in the editor, whose session saves it): a version is kept. */
    public void finalised(long id, Draft d) {
        versions.keep(id, d, cn.gongkai.domain.versions.VersionSource.FINAL, "");
    }

    public void moveToBin(long id) {
        store.moveToBin(id);
    }

    public void restoreFromBin(long id) {
        store.restoreFromBin(id);
    }
}
