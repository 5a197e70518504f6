package cn.gongkai.ui.audit;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.ui.Screenshots;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.tasks.FxTasks;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 批量检查 window on a real scene: the files of a folder checked on a real worker while the window stays live,
 * a row each, Enter on a row goes to its findings, Alt+I takes the file in, Esc closes and stops the run.
 */
@ExtendWith(ApplicationExtension.class)
class AuditWindowTest {
    @TempDir
    Path dir;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 1366, 768));
        stage.show();
    }

    @Test
    void aFolderIsCheckedAndARowOpensItsFindings(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("各单位"));
        Files.writeString(folder.resolve("九州镇2019.txt"), Files.readString(TestData.seed("jiuzhou-town-2019.txt")));
        Files.writeString(folder.resolve("青龙2018.txt"), Files.readString(TestData.seed("qinglong-county-office-2018.txt")));
        Files.write(folder.resolve("损坏.pdf"), new byte[]{'%', 'P', 'D', 'F'});
        FxTasks tasks = new FxTasks();
        List<Path> imported = new ArrayList<>();
        AuditViewModel vm = new AuditViewModel(tasks, new ScriptedDialogs(), new Composition().audit(), imported::add);
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = AuditWindow.show(owner, vm, "", AuditWindow.class
                    .getResource("/cn/gongkai/ui/gongkai.css").toExternalForm());
            vm.start(List.of(folder));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AuditEntry> files = robot.lookup("#audit-files").queryTableView();
        TableView<Problem> findings = robot.lookup("#audit-findings").queryTableView();
        assertEquals(3, files.getItems().size());
        assertTrue(robot.lookup("#audit-status").queryLabeled().getText().startsWith("已检查 3 个文件"));
        assertEquals(0, files.getSelectionModel().getSelectedIndex(), "the first row is selected");
        assertTrue(files.isFocused());
        assertEquals(vm.rows().get(0).findings().size(), findings.getItems().size());
        assertFalse(findings.getItems().isEmpty(), "九州镇 2019 has findings");

        robot.type(KeyCode.ENTER);
        assertTrue(findings.isFocused(), "Enter on a row goes to its findings");
        assertEquals(0, findings.getSelectionModel().getSelectedIndex());

        robot.interact(files::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        AuditEntry second = files.getSelectionModel().getSelectedItem();
        assertEquals(second.findings().size(), findings.getItems().size());
        robot.push(KeyCode.ALT, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(second.unread() ? List.of() : List.of(second.file()), imported);

        String screens = System.getProperty("gongkai.screens"); // a picture for a person to look at (ScreenTour)
        if (screens != null) {
            Screenshots.save(robot, window[0].getScene(), Files.createDirectories(Path.of(screens)).resolve("20-audit.png"));
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window[0].isShowing(), "Esc closes the window");
        tasks.close();
    }
}
