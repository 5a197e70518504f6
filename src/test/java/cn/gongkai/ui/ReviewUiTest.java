package cn.gongkai.ui;

import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.versions.Change;
import cn.gongkai.ui.editor.EditorViewModel;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new user exports, edits three things in the editor (a figure, a paragraph, an indicator's threshold), and sees
 * exactly those three in 草稿 › 与上次导出比较 (Ctrl+Shift+E), beside the form; Enter on one goes to its field.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewUiTest {
    @TempDir
    static Path tmp;
    private EditorFixture fx;
    private final cn.gongkai.ui.dialogs.ScriptedDialogs dialogs = new cn.gongkai.ui.dialogs.ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1366);
        stage.setHeight(768);
        fx = new EditorFixture(stage, Files.createTempDirectory(tmp, "data"), dialogs);
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    @Test
    void threeEditsSinceTheExportAreTheThreeChanges(FxRobot robot) throws Exception {
        long id = fx.vm.list().drafts().stream().filter(d -> d.budgetYear() == 2019).findFirst().orElseThrow().id();
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        EditorViewModel vm = fx.vm.editor();
        Path pdf = tmp.resolve("公开.pdf");
        boolean[] done = {false};
        robot.interact(() -> vm.exportPdf(pdf, f -> done[0] = true));
        EditorFixture.waitFor(() -> done[0]);
        EditorFixture.waitFor(() -> fx.context.versions().versions(id).size() == 1);

        robot.interact(() -> {
            vm.forms().setFigure(FigureKey.THREE_PUBLIC_RECEPTION, "1.5");
            vm.forms().setText(TextKey.DUTIES, Narrative.own(vm.draft().texts().own(TextKey.DUTIES)
                    .replace("负责本镇的行政管理工作", "负责本镇的行政管理和服务工作")));
            vm.apply("评价标准", d -> d.withPerformance(threshold(d.performance())));
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        EditorFixture.waitFor(() -> vm.review().shownProperty().get());
        ListView<Change> list = robot.lookup("#review-changes").queryListView();
        assertEquals(3, list.getItems().size(), list.getItems().toString());
        assertTrue(vm.review().titleProperty().get().contains("3 处变化"), vm.review().titleProperty().get());
        if (System.getProperty("gongkai.screens") != null) {
            Screenshots.save(robot, fx.stage.getScene(), Path.of(System.getProperty("gongkai.screens"), "28-review.png"));
        }
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(1);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Section.DUTIES, vm.sectionProperty().get(), "Enter went to the paragraph's form");
    }

    /**
     * Ctrl+K marks a finding 已核对 with a note (saved with the draft); 定稿 lists the 错误 not marked and goes on only
     * when the officer says so — and then keeps a version.
     */
    @Test
    void aFindingMarkedCheckedAndFinalListsWhatIsLeft(FxRobot robot) throws Exception {
        long id = fx.vm.list().drafts().stream().filter(d -> d.budgetYear() == 2019).findFirst().orElseThrow().id();
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        EditorViewModel vm = fx.vm.editor();
        EditorFixture.waitFor(() -> vm.problems().stream().filter(p -> p.severity()
                == cn.gongkai.domain.model.Severity.ERROR).count() == 2);
        cn.gongkai.domain.model.Problem first = vm.problems().get(0);
        ListView<cn.gongkai.domain.model.Problem> problems = robot.lookup("#problems").queryListView();
        robot.interact(() -> {
            problems.requestFocus();
            problems.getSelectionModel().select(0);
        });
        dialogs.notes.add(java.util.Optional.of("沿用上级口径"));
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        EditorFixture.waitFor(() -> vm.draft().mark(first.toLine()).isPresent());
        assertEquals("沿用上级口径", vm.draft().mark(first.toLine()).orElseThrow().note());
        fx.waitSaved();
        assertTrue(fx.context.drafts().load(id).mark(first.toLine()).isPresent(), "the mark is saved");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String asked = dialogs.shown.get(dialogs.shown.size() - 1);
        assertTrue(asked.startsWith("确认：定稿前还有 1 项没有处理") && !asked.contains(first.message()), asked);
        assertEquals(cn.gongkai.domain.model.DraftStatus.DRAFT, vm.draft().header().status(), "the officer went back");
        dialogs.confirmations.add(true);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        EditorFixture.waitFor(() -> vm.draft().header().status() == cn.gongkai.domain.model.DraftStatus.FINAL);
        EditorFixture.waitFor(() -> fx.context.versions().versions(id).stream()
                .anyMatch(v -> v.source() == cn.gongkai.domain.versions.VersionSource.FINAL));
    }

    private static Performance threshold(Performance p) {
        Duty d = p.duties().get(0);
        Activity a = d.activities().get(0);
        List<Indicator> inds = new ArrayList<>(a.indicators());
        inds.set(0, inds.get(0).withGrade(0, "≥95%"));
        List<Activity> acts = new ArrayList<>(d.activities());
        acts.set(0, a.withIndicators(inds));
        List<Duty> duties = new ArrayList<>(p.duties());
        duties.set(0, d.withActivities(acts));
        return new Performance(p.unit(), duties);
    }

}
