package cn.gongkai.ui;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.budget.TableKind;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing cut off on an office screen: at 1366×768 every entry of the editor's left list — each section, each of the
 * 公开表, the 绩效 tree — is shown with and without the live preview, and no label, button, list entry, table heading
 * or cell on the screen shows its text cut short (JavaFX draws "…" where it cuts: the text it draws differs from the
 * control's text).
 */
@ExtendWith(ApplicationExtension.class)
class TruncationTest {
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
    void nothingIsCutOffAt1366x768(FxRobot robot) throws Exception {
        walk(robot, 1366, 768);
    }

    /** 1366×768 at Windows' 125 % scaling: 1093×614 of JavaFX's pixels, the type at its size. */
    @Test
    void nothingIsCutOffAt125Percent(FxRobot robot) throws Exception {
        walk(robot, 1093, 614);
    }

    private void walk(FxRobot robot, double width, double height) throws Exception {
        robot.interact(() -> {
            fx.stage.setWidth(width);
            fx.stage.setHeight(height);
        });
        long id = fx.vm.list().drafts().stream().filter(d -> d.budgetYear() == 2025).findFirst().orElseThrow().id();
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        Path book = fx.folder.resolve(Composition.SAMPLE_WORKBOOK_FILE);
        robot.interact(() -> fx.vm.editor().tables().importWorkbook(book));
        EditorFixture.waitFor(() -> fx.vm.editor().draft().tables().has(TableKind.THREE_PUBLIC));
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != fx.stage && w.isShowing())
                .toList().forEach(javafx.stage.Window::hide)); // the import report
        Set<String> cut = new LinkedHashSet<>();
        for (boolean preview : new boolean[] {false, true}) {
            robot.interact(() -> fx.vm.editor().preview().onProperty().set(preview));
            int entries = fx.window.editorView().nav().getItems().size();
            for (int i = 0; i < entries; i++) {
                int entry = i;
                robot.interact(() -> fx.window.editorView().nav().getSelectionModel().select(entry));
                WaitForAsyncUtils.waitForFxEvents();
                String where = (preview ? "预览开：" : "") + fx.window.editorView().nav().getItems().get(entry);
                robot.interact(() -> { // laid out and looked at in one go: a preview arriving between would lag
                    fx.stage.getScene().getRoot().applyCss();
                    fx.stage.getScene().getRoot().layout();
                    cut.addAll(truncated(fx.stage.getScene().getRoot(), where));
                });
            }
        }
        assertEquals("", String.join("\n", cut), "texts cut off at " + width + "×" + height);
        assertTrue(fx.window.editorView().nav().getItems().size() >= 20, "every entry walked");
    }

    /** Every control on the screen whose drawn text is not its whole text. */
    static List<String> truncated(Node root, String where) {
        List<String> out = new ArrayList<>();
        Bounds screen = root.localToScene(root.getLayoutBounds());
        walk(root, screen, where, out);
        return out;
    }

    private static void walk(Node n, Bounds screen, String where, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        // the 绩效 tree's cells hold paragraphs (内容描述, 绩效目标): the pane below the tree shows the selected
        // node's whole text to read and edit, so its cells may end in "…"
        if (n instanceof Labeled l && !(n instanceof javafx.scene.control.TreeTableCell) && l.getText() != null
                && !l.getText().isBlank() && shown(l, screen)) {
            Text drawn = l.getChildrenUnmodifiable().stream().filter(c -> c instanceof Text)
                    .map(c -> (Text) c).findFirst().orElse(null); // the skin's LabeledText
            String text = l.isMnemonicParsing() ? l.getText().replaceFirst("_(.)", "$1") : l.getText();
            if (drawn != null && drawn.isVisible() && !whole(text, drawn.getText())) {
                out.add(where + " › " + l.getClass().getSimpleName() + "「" + l.getText() + "」显示为「"
                        + drawn.getText() + "」");
            } else if (drawn != null && l instanceof javafx.scene.control.ListCell<?> && clipped(drawn)) {
                out.add(where + " › 列表项「" + l.getText() + "」超出列表的宽度");
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, screen, where, out);
            }
        }
    }

    /** A list entry drawn whole but wider than its list: its end hidden under the list's edge. */
    private static boolean clipped(Node text) {
        Bounds b = text.localToScene(text.getLayoutBounds());
        for (Node p = text.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ListView<?> list) {
                Bounds view = list.localToScene(list.getLayoutBounds());
                return b.getMaxX() > view.getMaxX() - 2;
            }
        }
        return false;
    }

    private static boolean whole(String text, String drawn) {
        return drawn.replaceAll("\\s", "").equals(text.replaceAll("\\s", ""));
    }

    /** On the screen: inside the window and not scrolled out of a list's or table's view. */
    private static boolean shown(Node n, Bounds screen) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        if (b.getWidth() <= 0 || b.getHeight() <= 0 || !screen.intersects(b)) {
            return false;
        }
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
            if (p.getClip() != null) {
                Bounds clip = p.localToScene(p.getClip().getBoundsInParent());
                if (!clip.intersects(b)) {
                    return false;
                }
            }
        }
        return true;
    }
}
