package cn.gongkai.ui;

import cn.gongkai.ui.dialogs.ScriptedDialogs;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From start to a printed PDF with the keyboard alone (the list's first draft selected, Enter, Ctrl+P), and 文件 ›
 * 退出 (Ctrl+Q) going through the window's close path: the window's size remembered, the window closed, no exception.
 * The file chooser is answered by a script (a native dialog cannot be driven under Monocle); all else is real.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardOnlyTest {
    @TempDir
    static Path tmp;
    private EditorFixture fx;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

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
    void fromStartToAPrintedPdfWithTheKeyboard(FxRobot robot) throws Exception {
        EditorFixture.waitFor(() -> !fx.vm.list().drafts().isEmpty());
        assertNotNull(fx.vm.selectedProperty().get(), "the list's first draft is selected");
        robot.type(KeyCode.ENTER);
        EditorFixture.waitFor(() -> fx.vm.editor() != null);
        String unit = fx.vm.editor().draft().header().unitName();
        Path pdf = tmp.resolve("打印.pdf");
        dialogs.files.add(Optional.of(pdf));
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        EditorFixture.waitFor(() -> dialogs.previews.contains(pdf));
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains(unit), "the PDF is the open draft's");
        }
    }

    @Test
    void quitGoesThroughTheClosePath(FxRobot robot) {
        EditorFixture.waitFor(() -> !fx.vm.list().drafts().isEmpty());
        robot.interact(() -> {
            fx.stage.setWidth(1200);
            fx.stage.setHeight(700);
        });
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.stage.isShowing(), "Ctrl+Q closes the window");
        assertEquals(1200, fx.settings.width(), "the window's size is remembered on 退出 too");
        assertEquals(700, fx.settings.height());
    }
}
