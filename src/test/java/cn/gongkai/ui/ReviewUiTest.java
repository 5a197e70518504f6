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

    @Start
    void start(Stage stage) throws Exception {
        stage.setWidth(1366);
        stage.setHeight(768);
        fx = new EditorFixture(stage, Files.createTempDirectory(tmp, "data"));
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
