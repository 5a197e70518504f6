package cn.gongkai.domain.port;

import cn.gongkai.SyntheticDraft;
import cn.gongkai.TestData;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.SubjectMemory;
import cn.gongkai.domain.imports.ImportReport;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every store of drafts does, the data folder's and any other: one suite, run against each implementation
 * (a subclass says how to open one), so that a store used in the tests of the editor cannot drift from the real one.
 * Every operation, every refusal with its message, and that a refusal changes nothing.
 */
public abstract class DraftStoreContract {
    /** A store as a data folder offers it: its drafts, import reports and remembered subjects, and its close. */
    public record Opened(DraftStore drafts, ImportReports reports, SubjectMemory subjects, AutoCloseable closer) {
    }

    @TempDir
    protected Path dir;
    private Opened opened;
    protected DraftStore store;
    protected ImportReports reports;

    /** Opens an empty store (in {@code dir} where it keeps files). */
    protected abstract Opened open(Path dir);

    @BeforeEach
    void openStore() {
        opened = open(dir);
        store = opened.drafts();
        reports = opened.reports();
    }

    @AfterEach
    void closeStore() throws Exception {
        opened.closer().close();
    }

    private static Draft named(String unit, DraftStatus status) {
        Draft d = TestData.sample();
        return d.withHeader(d.header().withUnit(unit, d.header().unitCode()).withStatus(status));
    }

    private List<Long> ids(List<DraftSummary> list) {
        return list.stream().map(DraftSummary::id).toList();
    }

    /** A refusal: the store's own message, and the drafts exactly as they were. */
    private void refused(String message, Executable call) {
        List<DraftSummary> live = store.list();
        List<DraftSummary> binned = store.listDeleted();
        BadInputException e = assertThrows(BadInputException.class, call);
        assertEquals(message, e.getMessage());
        assertEquals(live, store.list());
        assertEquals(binned, store.listDeleted());
    }

    /** 已核对 marks are part of the draft: stored, changed by an update, gone with a replace that has none. */
    @Test
    void reviewMarksAreKept() {
        Draft d = TestData.sample();
        long id = store.insert(d);
        Draft marked = d.withReviewMarks(List.of(new cn.gongkai.domain.model.ReviewMark("警告\t基本信息 › 预算批复日期\t没有填写",
                "批复文件未到", java.time.Instant.parse("2026-12-03T08:30:00Z"))));
        store.update(id, d, marked);
        assertEquals(marked, store.load(id).orElseThrow());
        store.replace(id, d);
        assertEquals(List.of(), store.load(id).orElseThrow().reviewMarks());
    }

    /** The list carries the approval date, from which the 20 days to publish are counted. */
    @Test
    void theListCarriesTheApprovalDate() {
        Draft d = TestData.sample();
        long id = store.insert(d.withHeader(d.header().withDates(java.time.LocalDate.of(2026, 2, 10), null)));
        long none = store.insert(d.withHeader(d.header().withDates(null, null)));
        assertEquals(java.time.LocalDate.of(2026, 2, 10), store.list().stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow().approvalDate());
        assertEquals(null, store.list().stream().filter(s -> s.id() == none).findFirst().orElseThrow().approvalDate());
        store.moveToBin(id);
        assertEquals(java.time.LocalDate.of(2026, 2, 10), store.listDeleted().get(0).approvalDate());
    }

    @Test
    void aDraftReadsBackFieldForFieldUnderANewId() {
        Draft sample = TestData.sample();
        Draft big = SyntheticDraft.of(5, 4, 3);
        long a = store.insert(sample);
        long b = store.insert(big);
        assertNotEquals(a, b);
        assertEquals(sample, store.load(a).orElseThrow());
        assertEquals(big, store.load(b).orElseThrow());
        assertEquals(Optional.empty(), store.load(b + 1000));
    }

    @Test
    void theListIsNewestChangeFirstWithWhatTheOfficerPicksBy() throws Exception {
        long a = store.insert(named("甲镇人民政府", DraftStatus.FINAL));
        long b = store.insert(named("乙镇人民政府", DraftStatus.DRAFT));
        long c = store.insert(named("丙镇人民政府", DraftStatus.DRAFT));
        assertEquals(List.of(c, b, a), ids(store.list()));
        Thread.sleep(2);
        store.replace(a, store.load(a).orElseThrow());
        assertEquals(List.of(a, c, b), ids(store.list()));
        DraftSummary first = store.list().get(0);
        assertEquals("甲镇人民政府", first.unitName());
        assertEquals(TestData.sample().header().budgetYear(), first.budgetYear());
        assertEquals(DraftStatus.FINAL, first.status());
        assertTrue(first.updatedAt().isAfter(store.list().get(1).updatedAt()));
    }

    @Test
    void replaceAndUpdateChangeTheDraftAndMoveItUp() throws Exception {
        long a = store.insert(TestData.sample());
        long b = store.insert(TestData.sample());
        Draft before = store.load(a).orElseThrow();
        Draft after = before.withTexts(before.texts().with(TextKey.OTHER_MATTERS, Narrative.own("无其他事项。")))
                .withFigures(before.figures().with(FigureKey.INCOME_OTHER, new BigDecimal("12.345678")));
        Thread.sleep(2);
        store.update(a, before, after);
        assertEquals(after, store.load(a).orElseThrow());
        assertEquals(List.of(a, b), ids(store.list()));
        Draft other = SyntheticDraft.of(2, 2, 2);
        Thread.sleep(2);
        store.replace(b, other);
        assertEquals(other, store.load(b).orElseThrow());
        assertEquals(List.of(b, a), ids(store.list()));
    }

    @Test
    void aFigureIsSetExactlyAndCleared() {
        long id = store.insert(TestData.sample());
        store.setFigure(id, FigureKey.RUNNING_COST_TOTAL, new BigDecimal("0.000001"));
        assertEquals(new BigDecimal("0.000001"), store.load(id).orElseThrow().figures().get(FigureKey.RUNNING_COST_TOTAL));
        store.setFigure(id, FigureKey.INCOME_TOTAL, new BigDecimal("9998.8387870"));
        assertEquals("9998.838787", store.load(id).orElseThrow().figures().get(FigureKey.INCOME_TOTAL).toPlainString());
        store.setFigure(id, FigureKey.INCOME_TOTAL, null);
        assertEquals(null, store.load(id).orElseThrow().figures().get(FigureKey.INCOME_TOTAL));
    }

    @Test
    void theRecycleBin() throws Exception {
        long a = store.insert(TestData.sample());
        long b = store.insert(TestData.sample());
        store.moveToBin(a);
        assertEquals(List.of(b), ids(store.list()));
        assertEquals(List.of(a), ids(store.listDeleted()));
        assertEquals(Optional.empty(), store.load(a), "a binned draft is not opened");
        refused("没有编号为 " + a + " 的草稿", () -> store.moveToBin(a));
        refused("没有编号为 " + a + " 的草稿", () -> store.setFigure(a, FigureKey.INCOME_OTHER, BigDecimal.ONE));
        refused("没有编号为 " + a + " 的草稿", () -> reports.saveReport(a, ImportReport.NONE));
        Thread.sleep(2);
        store.restoreFromBin(a);
        assertEquals(List.of(a, b), ids(store.list()), "a draft taken back is the newest");
        assertEquals(List.of(), store.listDeleted());
        assertEquals(TestData.sample(), store.load(a).orElseThrow());
        refused("回收站里没有编号为 " + b + " 的草稿", () -> store.restoreFromBin(b));
        refused("回收站里没有编号为 99 的草稿", () -> store.restoreFromBin(99));
    }

    @Test
    void everyWriteToADraftThatIsNotThereIsRefusedAndChangesNothing() {
        store.insert(TestData.sample());
        Draft d = TestData.sample();
        refused("没有编号为 99 的草稿", () -> store.replace(99, d));
        refused("没有编号为 99 的草稿", () -> store.update(99, d, d));
        refused("没有编号为 99 的草稿", () -> store.setFigure(99, FigureKey.INCOME_OTHER, BigDecimal.ONE));
        refused("没有编号为 99 的草稿", () -> store.moveToBin(99));
        refused("没有编号为 99 的草稿", () -> reports.saveReport(99, ImportReport.NONE));
        assertEquals(Optional.empty(), reports.report(99));
    }

    @Test
    void anImportReportIsKeptWithItsDraft() {
        ImportReport report = new ImportReport(List.of("二、预算安排总体情况：收入 3 项"), List.of("第12行：无法放入的一行"));
        long imported = reports.insert(TestData.sample(), report);
        long made = store.insert(TestData.sample());
        assertEquals(Optional.of(report), reports.report(imported));
        assertEquals(Optional.empty(), reports.report(made), "a draft made otherwise has no report");
        ImportReport placed = report.placed(0, "九、其他需要说明的事项");
        reports.saveReport(imported, placed);
        assertEquals(Optional.of(placed), reports.report(imported));
        assertEquals(List.of(imported, made), ids(store.list()).stream().sorted().toList());
    }

    @Test
    void subjectsAreRememberedOnceInTheOrderOfTheirCodes() {
        SubjectMemory subjects = opened.subjects();
        assertEquals(List.of(), subjects.learned());
        SubjectCatalogue.Entry later = SubjectCatalogue.learned(Classification.FUNCTION, "2089901", "新设科目", 2026);
        SubjectCatalogue.Entry first = SubjectCatalogue.learned(Classification.FUNCTION, "2010350", "某项事务", 2025);
        subjects.learn(List.of(later, first));
        subjects.learn(List.of(SubjectCatalogue.learned(Classification.FUNCTION, "2010350", "改过的名称", 2025)));
        subjects.learn(List.of());
        assertEquals(List.of(first, later), subjects.learned());
    }
}
