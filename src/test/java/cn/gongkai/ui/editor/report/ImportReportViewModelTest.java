package cn.gongkai.ui.editor.report;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import report kept with the draft: reopened after the folder is closed and opened again, each unplaced line
 * put into a paragraph by hand (an undoable edit), the report then saying where it went — on drafts kept in memory,
 * without a screen.
 */
class ImportReportViewModelTest {
    /** The 九州镇 seed with a line of its own where the importer has no place for it (before 总体绩效目标). */
    private static String seedWithStrayLines() throws Exception {
        String seed = Files.readString(TestData.seed("jiuzhou-town-2019.txt"));
        assertTrue(seed.contains("\n五、绩效预算信息\n"));
        return seed.replace("\n五、绩效预算信息\n", "\n五、绩效预算信息\n附：本表由镇财政所编制。\n");
    }

    @Test
    void theReportIsKeptAndItsLinesArePlacedByHand() throws Exception {
        Services s = new Composition().inMemory();
        ImportResult imported = s.drafts().importText(seedWithStrayLines());
        long id = imported.id();
        assertTrue(imported.unplaced().stream().anyMatch(l -> l.endsWith("附：本表由镇财政所编制。")),
                imported.unplaced().toString());
        EditorViewModel editor = new EditorViewModel(new SameThreadTasks(), s.drafts(), s.exports(),
                s.drafts().open(id), new ScriptedDialogs());
        ImportReportViewModel report = editor.importReport();
        report.load();
        assertEquals(imported.recognised(), List.copyOf(report.recognised()), "the report as the import made it");
        assertEquals(imported.unplaced(), List.copyOf(report.unplaced()));
        assertTrue(report.recognised().stream().anyMatch(l -> l.startsWith("待确认：财政级次")));
        assertTrue(report.targets().contains(TextKey.OTHER_MATTERS));

        int index = report.unplaced().indexOf(report.unplaced().stream()
                .filter(l -> l.endsWith("附：本表由镇财政所编制。")).findFirst().orElseThrow());
        int before = report.unplaced().size();
        report.place(index, TextKey.OTHER_MATTERS);
        assertTrue(editor.draft().texts().get(TextKey.OTHER_MATTERS).text().endsWith("\n附：本表由镇财政所编制。"),
                "added after the paragraph's own text");
        assertEquals(before - 1, report.unplaced().size());
        assertTrue(report.recognised().get(report.recognised().size() - 1)
                .startsWith("已放入“其他需要说明的事项”：第"), report.recognised().toString());
        assertEquals(editor.draft(), s.drafts().load(id), "the edit is saved like any other");
        editor.undo();
        assertTrue(!s.drafts().load(id).texts().get(TextKey.OTHER_MATTERS).text().contains("镇财政所编制"),
                "and undone like any other");
        var kept = s.drafts().importReport(id).orElseThrow();
        assertTrue(kept.recognised().stream().anyMatch(l -> l.startsWith("已放入“其他需要说明的事项”")));
        assertTrue(kept.unplaced().stream().noneMatch(l -> l.endsWith("附：本表由镇财政所编制。")));
        assertTrue(s.drafts().importReport(1).isEmpty(), "the bundled sample was not imported: no report");
        long copy = s.drafts().duplicate(id);
        assertTrue(s.drafts().importReport(copy).isEmpty(), "a copy is not an import");
    }
}
