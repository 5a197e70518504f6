package cn.gongkai.ui.audit;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 文件 › 批量检查… without a screen: a folder chosen, a row per file with its unit, year and counts, a damaged file's
 * row with its reason, the selected row's findings, the summary workbook saved, a file taken in as a draft, and a
 * run stopped between two files keeping its rows.
 */
class AuditViewModelTest {
    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> imported = new ArrayList<>();

    private Path folder() throws Exception {
        Path files = Files.createDirectories(dir.resolve("各单位").resolve("乡镇"));
        Files.writeString(files.resolve("九州镇2019.txt"), Files.readString(TestData.seed("jiuzhou-town-2019.txt")));
        Files.writeString(files.getParent().resolve("西关街道2019.txt"),
                Files.readString(TestData.seed("xiguan-subdistrict-2019.txt")));
        Files.write(files.resolve("损坏.docx"), new byte[]{'P', 'K', 3, 4, 1, 2});
        return files.getParent();
    }

    private AuditViewModel vm() {
        return new AuditViewModel(new SameThreadTasks(), dialogs, new Composition().audit(), imported::add);
    }

    @Test
    void aFolderChosenGivesARowPerFileAndTheSelectedRowsFindings() throws Exception {
        Path folder = folder();
        AuditViewModel vm = vm();
        dialogs.files.add(Optional.of(folder));
        assertTrue(vm.chooseFolder());
        assertFalse(vm.runningProperty().get());
        assertEquals(List.of("乡镇/九州镇2019.txt", "乡镇/损坏.docx", "西关街道2019.txt"),
                vm.rows().stream().map(vm::shownName).map(s -> s.replace('\\', '/')).toList());
        AuditEntry jiuzhou = vm.rows().get(0);
        assertEquals("廊坊市广阳区九州镇人民政府", jiuzhou.unitName());
        assertEquals(2019, jiuzhou.budgetYear());
        AuditEntry damaged = vm.rows().get(1);
        assertTrue(damaged.unread() && damaged.note().contains("损坏.docx"), damaged.note());
        assertEquals("已检查 3 个文件：" + vm.rows().stream().filter(r -> r.errors() > 0).count() + " 个有错误，"
                + vm.rows().stream().filter(r -> !r.unread() && r.errors() == 0).count() + " 个没有错误，1 个无法读取。",
                vm.statusProperty().get());
        assertEquals(1.0, vm.progressProperty().get());

        vm.selectedProperty().set(jiuzhou);
        assertEquals(jiuzhou.findings(), List.copyOf(vm.findings()));
        assertTrue(jiuzhou.errors() + jiuzhou.warnings() > 0 && !vm.findings().isEmpty(), vm.findings().toString());
        vm.selectedProperty().set(damaged);
        assertTrue(vm.findings().isEmpty());
    }

    @Test
    void theSummaryIsSavedAndAFileTakenInAsADraft() throws Exception {
        AuditViewModel vm = vm();
        vm.start(List.of(folder()));
        Path summary = dir.resolve("汇总.xlsx");
        dialogs.files.add(Optional.of(summary));
        vm.saveWorkbook();
        assertTrue(vm.statusProperty().get().startsWith("已保存"), vm.statusProperty().get());
        try (Workbook wb = WorkbookFactory.create(summary.toFile(), null, true)) {
            assertEquals(3, wb.getSheetAt(0).getLastRowNum(), "a heading and a row per file");
        }
        vm.selectedProperty().set(vm.rows().get(1));
        vm.importSelected();
        assertTrue(imported.isEmpty(), "a file that cannot be read is not taken in");
        assertTrue(dialogs.shown.get(dialogs.shown.size() - 1).contains("无法读取"), dialogs.shown.toString());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.importSelected();
        assertEquals(List.of(vm.rows().get(0).file()), imported);
    }

    @Test
    void anEmptyFolderSaysWhatItLooksFor() throws Exception {
        AuditViewModel vm = vm();
        vm.start(List.of(Files.createDirectories(dir.resolve("空"))));
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.statusProperty().get().contains("没有可以检查的文件") && vm.statusProperty().get().contains(".pdf"),
                vm.statusProperty().get());
        vm.saveWorkbook();
        assertEquals("提示：还没有检查结果。", dialogs.shown.get(dialogs.shown.size() - 1));
    }

    @Test
    void aStoppedRunKeepsItsRowsAndIgnoresWhatWasQueued() throws Exception {
        Path folder = folder();
        List<Runnable> queued = new ArrayList<>();
        cn.gongkai.ui.tasks.Tasks held = new cn.gongkai.ui.tasks.Tasks() {
            @Override
            public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onDone,
                                java.util.function.Consumer<RuntimeException> onError) {
                queued.add(() -> onDone.accept(work.get()));
            }

            @Override
            public void later(java.time.Duration delay, Runnable action) {
            }
        };
        AuditViewModel vm = new AuditViewModel(held, dialogs, new Composition().audit(), imported::add);
        vm.start(List.of(folder));
        queued.remove(0).run(); // the files found
        queued.remove(0).run(); // the first checked
        assertEquals(1, vm.rows().size());
        assertTrue(vm.runningProperty().get());
        vm.stop();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("已停止。已检查 1 个文件"), vm.statusProperty().get());
        queued.remove(0).run(); // the file being checked when the officer stopped ends, and is not added
        assertEquals(1, vm.rows().size());
        assertTrue(queued.isEmpty(), "nothing more is checked");
    }
}
