package cn.gongkai.ui;

import cn.gongkai.domain.Section;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Not a test: pictures of every screen at 1366×768 for a person to look at. Run with
 * {@code mvn test -Dtest=ScreenTour -Dgongkai.screens=DIR}.
 */
@EnabledIfSystemProperty(named = "gongkai.screens", matches = ".+")
@ExtendWith(ApplicationExtension.class)
class ScreenTour {
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
    void everyScreen(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("gongkai.screens"));
        Files.createDirectories(dir);
        robot.interact(() -> {
            fx.stage.setWidth(1366);
            fx.stage.setHeight(768);
        });
        EditorFixture.waitFor(() -> !fx.list.drafts().isEmpty());
        shot(robot, dir.resolve("00-list.png"));
        fx.openFirst();
        for (Section s : Section.values()) {
            robot.interact(() -> fx.window.editorView().showSection(s, false));
            shot(robot, dir.resolve(String.format("%02d-%s.png", s.ordinal() + 1, s.name().toLowerCase())));
        }
        robot.interact(() -> fx.window.editorView().showSection(Section.PERFORMANCE, true));
        shot(robot, dir.resolve("05b-tree.png"));
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(fx.stage.getScene().snapshot(null)));
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", file.toFile());
    }
}
