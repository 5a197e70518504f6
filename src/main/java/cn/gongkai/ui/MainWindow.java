package cn.gongkai.ui;

import cn.gongkai.domain.model.Section;
import cn.gongkai.ui.audit.AuditWindow;
import cn.gongkai.ui.drafts.DraftListView;
import cn.gongkai.ui.editor.EditorView;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.editor.report.ImportReportDialog;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import java.util.function.Consumer;

/**
 * The main window: menus with their shortcuts, the draft list or the open draft's editor, and the status bar.
 * Binds to {@link MainWindowViewModel}; every command is the view model's.
 */
public final class MainWindow {
    private final Stage stage;
    private final MainWindowViewModel vm;
    private final DraftListView listView;
    private final UiSettings settings;
    private final String fontFamily;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private EditorView editorView;

    public MainWindow(Stage stage, MainWindowViewModel vm, String fontFamily, UiSettings settings) {
        this.stage = stage;
        this.vm = vm;
        this.settings = settings;
        this.fontFamily = fontFamily;
        this.listView = new DraftListView(vm.list());
        vm.selectedProperty().bind(listView.table().getSelectionModel().selectedItemProperty());
        listView.table().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openSelected();
            }
        });
        listView.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openSelected();
            }
        });
        root.setTop(menus());
        root.setCenter(listView.root());
        vm.editorProperty().addListener((o, was, now) -> show(now));
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        // long work (opening, importing, exporting, saving) shows a moving bar beside its "正在…" status
        ProgressBar busy = new ProgressBar();
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> status.getText() != null && status.getText().startsWith("正在"), status.textProperty()));
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setId("busy");
        HBox bar = new HBox(8, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        Scene scene = new Scene(root, settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.class.getResource("/cn/gongkai/ui/gongkai.css").toExternalForm());
        applyFont(settings.fontSize());
        // Ctrl+Z/Ctrl+Y undo the draft's edits even where a text field would take them for its own undo: every
        // typed value is already an edit of the draft, so the draft's history is the one the officer means
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.editor() != null && e.isShortcutDown() && (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
                if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
                    vm.redo();
                } else {
                    vm.undo();
                }
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.titleProperty().bind(vm.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) {
                e.consume();
            }
        });
    }

    /**
     * The window's close path, for the window's close button and 文件 › 退出 alike: what was typed taken, the check
     * for edits not yet saved, the window's size remembered. (The data folder's backup follows when it closes.)
     */
    private boolean mayClose() {
        root.requestFocus(); // fields take what was typed when the caret leaves them
        if (!vm.mayClose()) {
            return false;
        }
        settings.setWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        return true;
    }

    /** 文件 › 退出 (Ctrl+Q): the close path, on the FX thread whatever called it. */
    void quit() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            javafx.application.Platform.runLater(this::quit);
        } else if (mayClose()) {
            stage.close();
        }
    }

    /** The editor of a newly opened draft, or the list again. */
    private void show(EditorViewModel editor) {
        root.requestFocus(); // the fields of the closed editor take what was typed
        editorView = editor == null ? null : new EditorView(editor, settings.problemsDivider(),
                settings::setProblemsDivider);
        root.setCenter(editor == null ? listView.root() : editorView.root());
    }

    /** The stylesheet font, for windows of their own (the preview). */
    String fontStyle() {
        return "-fx-font-family: \"" + fontFamily + "\"; -fx-font-size: " + settings.fontSize() + "px;";
    }

    private void applyFont(int px) {
        root.setStyle("-fx-font-family: \"" + fontFamily + "\"; -fx-font-size: " + px + "px;");
    }

    private MenuBar menus() {
        Menu file = new Menu("文件(_F)");
        file.getItems().addAll(
                item("新建草稿(_N)…", "Shortcut+N", vm::newDraft),
                item("导入(_I)…", "Shortcut+I", vm::importFile),
                item("粘贴公开文件导入(_T)…", "Shortcut+Shift+I", vm::importPastedText),
                item("从预算系统导入表格(_B)…", "Shortcut+Shift+W", vm::importTables),
                item("导出交换文件(_E)…", "Shortcut+E", vm::exportExchange),
                item("导出 PDF 并预览打印(_P)…", "Shortcut+P", vm::exportPdf),
                item("导出 Word 文件(_D)…", "Shortcut+Shift+D", vm::exportWord),
                new SeparatorMenuItem(),
                item("批量检查(_A)…", "Shortcut+Shift+A", () -> vm.batchCheck().ifPresent(a -> AuditWindow.show(
                        stage, a, fontStyle(), MainWindow.class.getResource("/cn/gongkai/ui/gongkai.css")
                                .toExternalForm()))),
                new SeparatorMenuItem(),
                item("导入报告(_M)…", "Shortcut+Shift+M", () -> vm.importReport()
                        .ifPresent(r -> ImportReportDialog.show(stage, r))),
                new SeparatorMenuItem(),
                item("从备份恢复(_R)…", "Shortcut+Alt+R", vm::restoreFromBackup),
                new SeparatorMenuItem(),
                item("连接县级服务器(_S)…", "Shortcut+Alt+S", vm::connectServer),
                item("使用本机数据文件夹(_H)", "Shortcut+Alt+H", vm::useLocalFolder),
                new SeparatorMenuItem(),
                item("返回草稿列表(_L)", "Shortcut+W", vm::closeEditor),
                item("退出(_X)", "Shortcut+Q", this::quit));
        Menu edit = new Menu("编辑(_E)");
        edit.getItems().addAll(
                item("撤销(_U)", "Shortcut+Z", vm::undo),
                item("重做(_R)", "Shortcut+Y", vm::redo),
                new SeparatorMenuItem(),
                item("下一个问题(_P)", "F8", vm::nextProblem));
        Menu draft = new Menu("草稿(_D)");
        draft.getItems().addAll(
                item("打开(_O)", "Shortcut+O", vm::openSelected),
                item("复制(_C)", "Shortcut+D", vm::duplicate),
                item("生成新年度草稿(_Y)", "Shortcut+Shift+N", vm::rollForward),
                item("定稿（只读）(_F)", "Shortcut+Shift+F", () -> vm.setFinal(true)),
                item("重新打开编辑(_R)", "Shortcut+Shift+R", () -> vm.setFinal(false)),
                item("保存版本(_V)", "Shortcut+Shift+V", vm::saveVersion),
                item("与上次导出比较(_E)", "Shortcut+Shift+E", vm::compareWithLastExport),
                item("移到回收站(_T)", "Shortcut+Delete", vm::moveToBin),
                item("回收站(_B)…", "Shortcut+Shift+B", vm::showBin),
                new SeparatorMenuItem(),
                item("刷新(_F)", "F5", vm::refresh),
                item("查找(_S)", "Shortcut+F", () -> {
                    vm.closeEditor();
                    stage.getScene().lookup("#draft-search").requestFocus();
                }));
        Menu view = new Menu("视图(_V)");
        Menu size = new Menu("界面字号(_S)");
        ToggleGroup sizes = new ToggleGroup();
        for (int px : UiSettings.FONT_SIZES) {
            RadioMenuItem r = new RadioMenuItem(px + " 像素" + (px == 14 ? "（默认）" : ""));
            r.setToggleGroup(sizes);
            r.setSelected(px == settings.fontSize());
            r.setOnAction(e -> {
                settings.setFontSize(px);
                applyFont(px);
            });
            size.getItems().add(r);
        }
        view.getItems().addAll(size, new SeparatorMenuItem(),
                item("页面预览(_V)", "F9", () -> withEditorView(EditorView::togglePreview)),
                item("绩效目标表(_T)", "Shortcut+T", () -> withEditorView(v -> v.showSection(Section.PERFORMANCE,
                        true))));
        for (Section s : Section.values()) {
            int n = s.ordinal(); // 公开表 Ctrl+0, 一 … 九 Ctrl+1 … Ctrl+9
            view.getItems().add(item(s.heading(), "Shortcut+" + n,
                    () -> withEditorView(v -> v.showSection(s, false))));
        }
        return new MenuBar(file, edit, draft, view);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setAccelerator(KeyCombination.keyCombination(accelerator));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void withEditorView(Consumer<EditorView> action) {
        if (editorView != null) {
            action.accept(editorView);
        }
    }

    public EditorView editorView() {
        return editorView;
    }

    public void show() {
        stage.show();
        listView.table().requestFocus(); // Enter opens the selected draft straight away
    }
}
