package cn.gongkai.ui.drafts;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.service.Services;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start view's model without a screen, over drafts kept in memory. */
class DraftListViewModelTest {
    @TempDir
    Path dir;
    private Services services;
    private DraftListViewModel vm;

    @BeforeEach
    void open() {
        services = new Composition().inMemory();
        vm = new DraftListViewModel(new SameThreadTasks());
        vm.connect(services.drafts());
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theListLoadsAndCountsAndSearchFilters() {
        assertEquals(2, vm.drafts().size(), "the two samples");
        assertEquals("共 2 份草稿", vm.statusProperty().get());
        vm.create("测试乡人民政府", 2027, FinanceLevel.TOWNSHIP);
        assertEquals(3, vm.drafts().size());
        vm.searchProperty().set("测试乡");
        assertEquals(List.of("测试乡人民政府"), vm.drafts().stream().map(DraftSummary::unitName).toList());
        vm.searchProperty().set("2019");
        assertEquals(1, vm.drafts().size());
        vm.searchProperty().set("");
        assertEquals(3, vm.drafts().size());
    }

    @Test
    void aBlankUnitNameIsRefusedInTheStatusLine() {
        vm.create("  ", 2027, FinanceLevel.TOWNSHIP);
        assertEquals("请填写单位名称", vm.statusProperty().get());
        assertEquals(2, vm.drafts().size());
    }

    @Test
    void duplicateRollForwardBinAndRestore() {
        DraftSummary sample = vm.drafts().stream().filter(d -> d.budgetYear() == 2019).findFirst().orElseThrow();
        vm.duplicate(sample);
        List<cn.gongkai.service.RolledDraft> rolled = new ArrayList<>();
        vm.rollForward(sample, rolled::add);
        assertEquals(4, vm.drafts().size());
        assertTrue(rolled.get(0).notes().get(0).startsWith("2019 年的数字已作为上年数"), rolled.toString());
        assertTrue(vm.drafts().stream().anyMatch(d -> d.budgetYear() == 2020));
        vm.moveToBin(sample);
        assertEquals(3, vm.drafts().size());
        List<DraftSummary> binned = new ArrayList<>();
        vm.loadBin(binned::addAll);
        assertEquals(List.of(sample.id()), binned.stream().map(DraftSummary::id).toList());
        vm.restore(binned.get(0));
        assertEquals(4, vm.drafts().size());
    }

    @Test
    void importsReportWhatTheyFoundAndFailuresSayWhy() throws Exception {
        List<ImportResult> reports = new ArrayList<>();
        vm.importFile(TestData.seed("xiguan-subdistrict-2019.txt"), reports::add);
        assertEquals(1, reports.size());
        assertTrue(vm.statusProperty().get().startsWith("已导入"), vm.statusProperty().get());
        assertEquals(3, vm.drafts().size());
        Path bad = Files.writeString(dir.resolve("坏.txt"), "这不是公开文件");
        vm.importFile(bad, reports::add);
        assertEquals(1, reports.size());
        assertTrue(vm.statusProperty().get().startsWith("导入失败"), vm.statusProperty().get());
        vm.importText(Files.readString(TestData.seed("jiuzhou-town-2019.txt")), reports::add);
        assertEquals(2, reports.size());
        assertEquals(4, vm.drafts().size());
    }

    @Test
    void exportTheExchangeFile() throws Exception {
        Path file = dir.resolve("出.json");
        vm.exportExchange(vm.drafts().get(0), file);
        assertTrue(Files.readString(file).contains("\"format\" : \"gongkai-draft\""));
        assertTrue(vm.statusProperty().get().startsWith("已导出"));
    }
}
