package cn.gongkai.ui;

import cn.gongkai.domain.model.Section;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

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
        Path dir = screens(robot);
        shot(robot, dir.resolve("00-list.png"));
        fx.openFirst();
        for (Section s : Section.values()) {
            robot.interact(() -> fx.window.editorView().showSection(s, false));
            shot(robot, dir.resolve(String.format("%02d-%s.png", s.ordinal() + 1, s.name().toLowerCase())));
        }
        robot.interact(() -> fx.window.editorView().showSection(Section.PERFORMANCE, true));
        shot(robot, dir.resolve("05b-tree.png"));

        // the synthetic 5,000-indicator draft: time from "open" to the tree shown (a measurement, not a test)
        long id = fx.context.drafts().insert(cn.gongkai.SyntheticDraft.of(50, 10, 10));
        robot.interact(() -> fx.window.editorView().showSection(Section.DUTIES, false));
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.CONTROL);
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            robot.interact(() -> fx.vm.open(id));
            EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
            robot.interact(() -> fx.window.editorView().showSection(Section.PERFORMANCE, true));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            System.out.printf("open 5,000-indicator draft and show the tree: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
            shot(robot, dir.resolve("05c-tree-5000.png"));
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.W)
                    .release(javafx.scene.input.KeyCode.CONTROL);
        }
    }

    /** The 公开表 of a 2025 draft filled from the township workbook: the overview, each grid, the 情况说明 forms. */
    @Test
    void tables(FxRobot robot) throws Exception {
        Path dir = screens(robot);
        long id = fx.vm.list().drafts().stream().filter(d -> d.budgetYear() == 2025).findFirst().orElseThrow().id();
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        robot.interact(() -> fx.window.editorView().showSection(Section.TABLES, false));
        shot(robot, dir.resolve("10-tables-before.png"));
        Path book = fx.folder.resolve(cn.gongkai.app.Composition.SAMPLE_WORKBOOK_FILE);
        robot.interact(() -> fx.vm.editor().tables().importWorkbook(book));
        EditorFixture.waitFor(() -> fx.vm.editor().draft().tables().has(cn.gongkai.domain.budget.TableKind.THREE_PUBLIC));
        org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        shot(robot, dir.resolve("10-tables-report.png"));
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != fx.stage && w.isShowing())
                .toList().forEach(javafx.stage.Window::hide));
        robot.interact(() -> fx.window.editorView().showSection(Section.TABLES, false));
        shot(robot, dir.resolve("10-tables.png"));
        for (cn.gongkai.domain.budget.TableKind k : cn.gongkai.domain.budget.TableKind.values()) {
            robot.interact(() -> fx.window.editorView().showTable(k));
            shot(robot, dir.resolve("10-table-" + k.code() + ".png"));
        }
        robot.interact(() -> fx.window.editorView().showSection(Section.BUDGET, false));
        shot(robot, dir.resolve("11-reform-budget.png"));
        robot.interact(() -> {
            javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) fx.stage.getScene()
                    .lookup("#form-budget");
            sp.setVvalue(0.62);
        });
        shot(robot, dir.resolve("11-reform-reasons.png"));
    }

    /** The three-level forms of the 2025 draft filled from a workbook with 绩效目标表 sheets, and 常用指标…. */
    @Test
    void targetForms(FxRobot robot) throws Exception {
        Path dir = screens(robot);
        long id = fx.vm.list().drafts().stream().filter(d -> d.budgetYear() == 2025).findFirst().orElseThrow().id();
        Path book = Files.createTempFile("targets", ".xlsx");
        Files.copy(fx.folder.resolve(cn.gongkai.app.Composition.SAMPLE_WORKBOOK_FILE), book,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        cn.gongkai.importer.workbook.TargetWorkbook.add(book, cn.gongkai.importer.workbook.TargetWorkbook.Shape.BLOCKS);
        cn.gongkai.importer.workbook.TargetWorkbook.add(book, cn.gongkai.importer.workbook.TargetWorkbook.Shape.UNIT);
        fx.context.drafts().importTablesInto(id, book);
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        robot.interact(() -> fx.window.editorView().showSection(Section.PERFORMANCE, false));
        robot.interact(() -> {
            javafx.scene.control.ScrollPane sp = (javafx.scene.control.ScrollPane) fx.stage.getScene()
                    .lookup("#form-performance");
            sp.setVvalue(1.0);
        });
        shot(robot, dir.resolve("06b-target-forms.png"));
        robot.interact(() -> ((javafx.scene.control.ComboBox<?>) fx.stage.getScene().lookup("#target-form-choice"))
                .getSelectionModel().select(1));
        shot(robot, dir.resolve("06c-target-project.png"));
    }

    /** A seed imported: 基本信息 with the finance level 待确认, and the import report reopened (Ctrl+Shift+M). */
    @Test
    void imported(FxRobot robot) throws Exception {
        Path dir = screens(robot);
        String text = Files.readString(cn.gongkai.TestData.seed("xiguan-subdistrict-2019.txt"))
                .replaceFirst("(?m)^(\\s*五、绩效预算信息)$", "$1\n附：本说明由街道财政所编制。");
        long id = fx.context.drafts().importText(text).id();
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        robot.interact(() -> fx.window.editorView().showSection(Section.DUTIES, false));
        shot(robot, dir.resolve("12-imported-header.png"));
        reportShot(robot, dir.resolve("12-import-report.png"));
    }

    /** A disclosure in another unit's habits imported: 一 with 机构设置 as prose, and its import report. */
    @Test
    void otherUnitImported(FxRobot robot) throws Exception {
        Path dir = screens(robot);
        String text = Files.readString(Path.of("src/test/resources/other-units/kuancheng-agri-2019.txt"));
        long id = fx.context.drafts().importText(text).id();
        robot.interact(() -> fx.vm.open(id));
        EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
        robot.interact(() -> fx.window.editorView().showSection(Section.DUTIES, false));
        robot.interact(() -> {
            javafx.scene.Node area = robot.lookup("#text-duties-orgText").query();
            area.requestFocus();
            for (javafx.scene.Parent p = area.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    javafx.geometry.Bounds b = sp.getContent().sceneToLocal(area.localToScene(area.getBoundsInLocal()));
                    sp.setVvalue(Math.min(1, b.getMinY() / Math.max(1, sp.getContent().getBoundsInLocal().getHeight()
                            - sp.getViewportBounds().getHeight())));
                    break;
                }
            }
        });
        org.testfx.util.WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
        shot(robot, dir.resolve("14-other-unit-duties.png"));
        reportShot(robot, dir.resolve("14-other-unit-report.png"));
    }

    /**
     * The live preview (F9) beside 四、“三公”经费, and a measurement, not a test: from an edit to its section's pages
     * shown, twenty edits a second apart (the preview's own clock: request to pages on screen).
     */
    @Test
    void livePreview(FxRobot robot) throws Exception {
        Path dir = screens(robot);
        cn.gongkai.ui.editor.EditorViewModel vm = fx.openFirst();
        robot.interact(() -> fx.window.editorView().showSection(Section.THREE_PUBLIC, false));
        robot.type(javafx.scene.input.KeyCode.F9);
        EditorFixture.waitFor(() -> !vm.preview().pages().isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        shot(robot, dir.resolve("13-live-preview.png"));
        java.util.List<Long> ms = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            long before = vm.preview().lastMillis();
            String v = "0." + i;
            robot.interact(() -> vm.forms().setFigure(cn.gongkai.domain.model.FigureKey.THREE_PUBLIC_RECEPTION, v));
            EditorFixture.waitFor(() -> vm.preview().statusProperty().get().contains("毫秒")
                    && vm.preview().lastMillis() != before);
            org.testfx.util.WaitForAsyncUtils.sleep(1, java.util.concurrent.TimeUnit.SECONDS);
            ms.add(vm.preview().lastMillis());
        }
        java.util.Collections.sort(ms);
        System.out.printf("live preview, edit to pages shown: median %d ms, max %d ms (%s)%n", ms.get(ms.size() / 2),
                ms.get(ms.size() - 1), ms);
        shot(robot, dir.resolve("13-live-preview-after.png"));
        typing(robot, "on");
        robot.type(javafx.scene.input.KeyCode.F9);
        typing(robot, "off");
    }

    /**
     * Keystroke → screen: each key event stamped as it reaches the scene, and measured at the
     * end of the layout of the pulse that draws it (Monocle's pulse is 60 Hz, so up to a frame of it is waiting).
     */
    private void typing(FxRobot robot, String preview) {
        javafx.scene.control.TextInputControl field = robot.lookup(n -> n instanceof javafx.scene.control.TextArea
                && n.isVisible() && ((javafx.scene.control.TextArea) n).isEditable())
                .queryAs(javafx.scene.control.TextInputControl.class);
        robot.clickOn(field);
        java.util.Deque<Long> pending = new java.util.concurrent.ConcurrentLinkedDeque<>();
        java.util.List<Long> micros = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        javafx.scene.Scene scene = fx.stage.getScene();
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> stamp = e -> pending.add(System.nanoTime());
        Runnable drawn = () -> {
            long now = System.nanoTime();
            for (Long t; (t = pending.poll()) != null; ) {
                micros.add((now - t) / 1000);
            }
        };
        robot.interact(() -> {
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, stamp);
            scene.addPostLayoutPulseListener(drawn);
        });
        robot.write("各项支出严格按照预算执行厉行节约".repeat(10), 60);
        org.testfx.util.WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS);
        robot.interact(() -> {
            scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, stamp);
            scene.removePostLayoutPulseListener(drawn);
        });
        java.util.List<Long> sorted = new java.util.ArrayList<>(micros);
        java.util.Collections.sort(sorted);
        System.out.printf("keystroke to screen with the preview %s, %d keys: median %.1f ms, p99 %.1f ms, max %.1f ms%n",
                preview, sorted.size(), sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    /** 文件 › 连接县级服务器… (Ctrl+Alt+S) from the draft list, pictured, then cancelled with Esc. */
    @Test
    void connectServer(FxRobot robot) throws Exception {
        Path dir = screens(robot);
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.ALT).type(javafx.scene.input.KeyCode.S)
                .release(javafx.scene.input.KeyCode.ALT, javafx.scene.input.KeyCode.CONTROL);
        shot(robot, otherWindow(robot), dir.resolve("30-connect-server.png"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
    }

    /** Where the pictures go; the window at 1366×768 with the draft list loaded. */
    /** The import report reopened (Ctrl+Shift+M), pictured. */
    private void reportShot(FxRobot robot, Path file) throws Exception {
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.M)
                .release(javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        shot(robot, otherWindow(robot), file);
    }

    /** The window (a dialog) shown above the main one, once it has had time to open. */
    private javafx.scene.Scene otherWindow(FxRobot robot) {
        org.testfx.util.WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        AtomicReference<javafx.scene.Scene> other = new AtomicReference<>();
        robot.interact(() -> javafx.stage.Window.getWindows().stream().filter(w -> w != fx.stage && w.isShowing())
                .findFirst().ifPresent(w -> other.set(w.getScene())));
        return other.get();
    }

    private Path screens(FxRobot robot) throws Exception {
        Path dir = Path.of(System.getProperty("gongkai.screens"));
        Files.createDirectories(dir);
        robot.interact(() -> {
            fx.stage.setWidth(1366);
            fx.stage.setHeight(768);
        });
        EditorFixture.waitFor(() -> !fx.vm.list().drafts().isEmpty());
        return dir;
    }

    private void shot(FxRobot robot, Path file) throws Exception {
        shot(robot, fx.stage.getScene(), file);
    }

    private void shot(FxRobot robot, javafx.scene.Scene scene, Path file) throws Exception {
        Screenshots.save(robot, scene, file);
    }
}
