package cn.gongkai.ui.editor.performance;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.tree.GradePreset;
import cn.gongkai.domain.tree.PerfColumn;
import cn.gongkai.domain.tree.PerformanceEdits;
import cn.gongkai.service.Services;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The performance tree's commands without a screen, on the sample draft in memory. */
class PerformanceTreeViewModelTest {
    @TempDir
    Path dir;
    /** One store for the class; every test works on its own copy of the sample draft. */
    private static Services services;
    private EditorViewModel editor;
    private PerformanceTreeViewModel vm;

    @BeforeAll
    static void openFolder() {
        services = new Composition().inMemory();
    }

    @AfterAll
    static void closeFolder() {
        services.close();
    }

    @BeforeEach
    void open() {
        long id = services.drafts().duplicate(1);
        editor = new EditorViewModel(new SameThreadTasks(), services.drafts(), services.exports(),
                services.drafts().open(id), new cn.gongkai.ui.dialogs.ScriptedDialogs());
        vm = new PerformanceTreeViewModel(editor);
    }

    private Performance tree() {
        return editor.draft().performance();
    }

    private Draft stored() {
        return services.drafts().load(editor.id());
    }

    @Test
    void addAtTheRightLevelAndTheSelectionFollows() {
        int duties = tree().duties().size();
        vm.addSibling();
        assertEquals(duties + 1, tree().duties().size(), "with nothing selected a duty is added at the end");
        assertEquals(PerfPath.duty(duties), vm.selectionProperty().get());
        vm.addChild();
        assertEquals(PerfPath.activity(duties, 0), vm.selectionProperty().get());
        vm.addChild();
        assertEquals(PerfPath.indicator(duties, 0, 0), vm.selectionProperty().get());
        assertEquals("新指标", PerformanceEdits.node(tree(), vm.selectionProperty().get()).orElseThrow().name());
        assertEquals(tree(), stored().performance());
    }

    @Test
    void gradesComeFromOneTargetByTheRuleAndALibraryIndicatorComesWithItsGrades() {
        PerfPath first = PerfPath.indicator(0, 0, 0);
        assertEquals(java.util.Optional.empty(), vm.gradesFromTarget(java.util.List.of(first), "≥95%",
                cn.gongkai.domain.tree.GradeBands.USUAL));
        assertEquals(java.util.List.of("≥95%", "≥85.5%且<95%", "≥76%且<85.5%", "<76%"),
                PerformanceEdits.indicator(tree(), first).orElseThrow().grades());
        assertEquals(tree(), stored().performance(), "saved as one edit");
        assertTrue(vm.gradesFromTarget(java.util.List.of(first), "有效提升", cn.gongkai.domain.tree.GradeBands.USUAL)
                .orElseThrow().contains("不是可以分档的数字目标"));
        // as the officer writes it in the dialog: the target and the rule changed in one line
        assertEquals(java.util.Optional.empty(), vm.gradesFromTarget(java.util.List.of(first), "≥20个；良85；中70"));
        assertEquals(java.util.List.of("≥20个", "≥17个且<20个", "≥14个且<17个", "<14个"),
                PerformanceEdits.indicator(tree(), first).orElseThrow().grades());
        assertTrue(vm.gradesFromTarget(java.util.List.of(first), "≥20个；良；中").orElseThrow().contains("百分数"));
        assertTrue(vm.gradesFromTarget(java.util.List.of(first), "≥20个；良70；中85").orElseThrow().contains("良 > 中"));

        vm.useLibrary(services.library());
        var entry = services.library().search("安全隐患整改", 5).get(0);
        vm.selectionProperty().set(first);
        vm.insertFromLibrary(entry);
        var inserted = PerformanceEdits.indicator(tree(), PerfPath.indicator(0, 0, 1)).orElseThrow();
        assertEquals("安全隐患整改完成率", inserted.name());
        assertEquals("100%", inserted.excellent(), inserted.grades().toString());
    }

    @Test
    void cellsAreSetFromTypedTextOrRefusedWithAMessage() {
        PerfPath activity = PerfPath.activity(0, 0);
        assertTrue(vm.set(activity, PerfColumn.AMOUNT, "12.5").isEmpty());
        assertEquals(new BigDecimal("12.5"), tree().duties().get(0).activities().get(0).amount());
        String msg = vm.set(activity, PerfColumn.AMOUNT, "十二").orElseThrow();
        assertTrue(msg.contains("不是有效的金额"), msg);
        assertTrue(vm.set(activity, PerfColumn.EXCELLENT, "≥95%").isEmpty(), "an activity has no grades: ignored");
        assertEquals(new BigDecimal("12.5"), stored().performance().duties().get(0).activities().get(0).amount());
    }

    @Test
    void moveIndentOutdentCopyPasteRemove() {
        PerfPath second = PerfPath.indicator(0, 0, 1);
        String name = PerformanceEdits.node(tree(), second).orElseThrow().name();
        vm.selectionProperty().set(second);
        vm.move(-1);
        assertEquals(PerfPath.indicator(0, 0, 0), vm.selectionProperty().get());
        assertEquals(name, PerformanceEdits.node(tree(), PerfPath.indicator(0, 0, 0)).orElseThrow().name());
        vm.selectionProperty().set(PerfPath.activity(0, 1));
        vm.indent();
        assertEquals(3, vm.selectionProperty().get().depth(), "an activity indented under the one before becomes its indicator");
        vm.outdent();
        assertEquals(2, vm.selectionProperty().get().depth());
        vm.selectionProperty().set(PerfPath.activity(0, 0));
        vm.copy();
        int activities = tree().duties().get(0).activities().size();
        vm.paste();
        assertEquals(activities + 1, tree().duties().get(0).activities().size());
        assertEquals(tree().duties().get(0).activities().get(0).indicators(),
                tree().duties().get(0).activities().get(1).indicators(), "the copy holds the whole subtree");
        vm.remove();
        assertEquals(activities, tree().duties().get(0).activities().size());
        assertEquals(tree(), stored().performance());
    }

    @Test
    void presetsAndTheTwoGradeScaleApplyToIndicatorsOnly() {
        List<PerfPath> picked = List.of(PerfPath.indicator(0, 0, 0), PerfPath.indicator(0, 0, 1), PerfPath.duty(0));
        vm.applyPreset(picked, GradePreset.STANDARD.get(4));
        Indicator i = PerformanceEdits.indicator(tree(), PerfPath.indicator(0, 0, 1)).orElseThrow();
        assertEquals(List.of("完成", "未完成", "", ""), i.grades());
        assertEquals(GradeScale.TWO, i.scale());
        vm.setTwoGrade(PerfPath.indicator(0, 0, 1), false);
        assertEquals(GradeScale.FOUR, PerformanceEdits.indicator(tree(), PerfPath.indicator(0, 0, 1)).orElseThrow()
                .scale());
        Draft before = editor.draft();
        vm.applyPreset(List.of(PerfPath.duty(0)), GradePreset.STANDARD.get(0));
        assertEquals(before, editor.draft());
        assertTrue(editor.statusProperty().get().contains("指标"), editor.statusProperty().get());
    }

    @Test
    void whatCannotBeDoneThereIsSaidNotDone() {
        vm.selectionProperty().set(PerfPath.duty(0));
        Draft before = editor.draft();
        vm.move(-1);
        assertEquals(before, editor.draft());
        assertTrue(editor.statusProperty().get().contains("此处不能这样做"), editor.statusProperty().get());
        vm.selectionProperty().set(null);
        vm.remove();
        assertEquals(before, editor.draft());
        assertNull(vm.selectionProperty().get());
    }
}
