package cn.gongkai.ui;

import cn.gongkai.domain.DraftSummary;
import cn.gongkai.domain.Section;
import cn.gongkai.ui.drafts.DraftListView;
import cn.gongkai.ui.drafts.DraftListViewModel;
import cn.gongkai.ui.editor.EditorView;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.preview.PdfPreview;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.util.function.Consumer;

/**
 * The main window: menus with their shortcuts, the draft list or the open draft's editor, and the status bar.
 */
public final class MainWindow {
    private final Stage stage;
    private final DraftListViewModel drafts;
    private final DraftListView listView;
    private final UiSettings settings;
    private final String fontFamily;
    private final BorderPane root = new BorderPane();
    private final Label status = new Label();
    private final Background background;
    private EditorServices services;
    private EditorViewModel editor;
    private EditorView editorView;
    private cn.gongkai.domain.Problem lastJumped;

    public MainWindow(Stage stage, DraftListViewModel drafts, String fontFamily, UiSettings settings,
                      Background background) {
        this.stage = stage;
        this.drafts = drafts;
        this.settings = settings;
        this.fontFamily = fontFamily;
        this.background = background;
        this.listView = new DraftListView(drafts);
        listView.table().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        listView.table().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        root.setTop(menus());
        root.setCenter(listView.root());
        status.setId("status");
        status.textProperty().bind(drafts.statusProperty());
        // long work (opening, importing, exporting, saving) shows a moving bar beside its "正在…" status
        javafx.scene.control.ProgressBar busy = new javafx.scene.control.ProgressBar();
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> status.getText() != null && status.getText().startsWith("正在"), status.textProperty()));
        busy.managedProperty().bind(busy.visibleProperty());
        busy.setId("busy");
        HBox bar = new HBox(8, busy, status);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        Scene scene = new Scene(root, settings.width(), settings.height());
        scene.getStylesheets().add(MainWindow.class.getResource("/cn/gongkai/ui/gongkai.css").toExternalForm());
        applyFont(settings.fontSize());
        // Ctrl+Z/Ctrl+Y undo the draft's edits even where a text field would take them for its own undo: every
        // typed value is already an edit of the draft, so the draft's history is the one the officer means
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (editor != null && e.isShortcutDown() && (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y)) {
                if (e.getCode() == KeyCode.Y || e.isShiftDown()) {
                    editor.redo();
                } else {
                    editor.undo();
                }
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("预算公开编制助手");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setMaximized(settings.maximized());
        stage.setOnCloseRequest(e -> {
            root.requestFocus(); // fields take what was typed when the caret leaves them
            settings.setWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
        });
    }

    /** Hands over the services once the data folder is open. */
    public void connect(EditorServices s) {
        this.services = s;
    }

    private String fontStyle(int px) {
        return "-fx-font-family: \"" + fontFamily + "\"; -fx-font-size: " + px + "px;";
    }

    private void applyFont(int px) {
        root.setStyle(fontStyle(px));
    }

    private MenuBar menus() {
        Menu file = new Menu("文件(_F)");
        file.getItems().addAll(
                item("新建草稿(_N)…", "Shortcut+N", this::newDraft),
                item("导入(_I)…", "Shortcut+I", this::importFile),
                item("粘贴公开文件导入(_T)…", "Shortcut+Shift+I", () -> ImportDialogs.askText(stage)
                        .ifPresent(text -> drafts.importText(text, r -> ImportDialogs.report(stage, r)))),
                item("导出交换文件(_E)…", "Shortcut+E", () -> withSelected(this::exportExchange)),
                item("导出 PDF 并预览打印(_P)…", "Shortcut+P", this::exportPdf),
                new SeparatorMenuItem(),
                item("返回草稿列表(_L)", "Shortcut+W", this::closeEditor),
                item("退出(_X)", "Shortcut+Q", () -> {
                    root.requestFocus();
                    stage.close();
                }));
        Menu edit = new Menu("编辑(_E)");
        MenuItem undo = item("撤销(_U)", "Shortcut+Z", () -> withEditor(EditorViewModel::undo));
        MenuItem redo = item("重做(_R)", "Shortcut+Y", () -> withEditor(EditorViewModel::redo));
        edit.getItems().addAll(undo, redo,
                new SeparatorMenuItem(),
                item("下一个问题(_P)", "F8", this::nextProblem));
        Menu draft = new Menu("草稿(_D)");
        draft.getItems().addAll(
                item("打开(_O)", "Shortcut+O", this::openSelected),
                item("复制(_C)", "Shortcut+D", () -> withSelected(drafts::duplicate)),
                item("生成新年度草稿(_Y)", "Shortcut+Shift+N", () -> withSelected(drafts::rollForward)),
                item("定稿（只读）(_F)", "Shortcut+Shift+F", () -> withEditor(vm -> vm.setFinal(true))),
                item("重新打开编辑(_R)", "Shortcut+Shift+R", () -> withEditor(vm -> vm.setFinal(false))),
                item("移到回收站(_T)", "Shortcut+Delete", () -> withSelected(this::moveToBin)),
                item("回收站(_B)…", "Shortcut+Shift+B", () -> RecycleBinDialog.show(stage, drafts)),
                new SeparatorMenuItem(),
                item("刷新(_F)", "F5", drafts::refresh),
                item("查找(_S)", "Shortcut+F", () -> {
                    closeEditor();
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
                item("绩效目标表(_T)", "Shortcut+T", () -> withEditorView(v -> v.showSection(Section.PERFORMANCE,
                        true))));
        for (Section s : Section.values()) {
            int n = s.ordinal() + 1;
            view.getItems().add(item(s.numeral() + "、" + s.title(), "Shortcut+" + n,
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

    private void withSelected(Consumer<DraftSummary> action) {
        DraftSummary d = listView.selected();
        if (d == null) {
            info("请先在草稿列表中选中一份草稿。");
        } else {
            action.accept(d);
        }
    }

    private void withEditor(Consumer<EditorViewModel> action) {
        if (editor == null) {
            info("请先打开一份草稿（在列表中选中后按回车）。");
        } else {
            action.accept(editor);
        }
    }

    private void withEditorView(Consumer<EditorView> action) {
        if (editorView != null) {
            action.accept(editorView);
        }
    }

    private void info(String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.showAndWait();
    }

    private void openSelected() {
        DraftSummary d = listView.selected();
        if (d != null && editor == null) {
            open(d.id());
        }
    }

    /** Opens a draft in the editor (in the background; the window stays responsive). */
    public void open(long id) {
        if (services == null) {
            return;
        }
        drafts.failed("正在打开草稿…");
        background.run(() -> services.drafts().open(id), session -> {
            editor = new EditorViewModel(background, services.drafts(), services.exports(), session);
            editorView = new EditorView(editor);
            root.setCenter(editorView.root());
            status.textProperty().unbind();
            status.textProperty().bind(editor.statusProperty());
            stage.setTitle(session.draft().header().unitName() + " " + session.draft().header().budgetYear()
                    + " — 预算公开编制助手");
            settings.setLastDraft(id);
        }, e -> drafts.failed(e.getMessage()));
    }

    private void closeEditor() {
        if (editor == null) {
            return;
        }
        root.requestFocus();
        editor = null;
        editorView = null;
        settings.setLastDraft(-1);
        root.setCenter(listView.root());
        status.textProperty().unbind();
        status.textProperty().bind(drafts.statusProperty());
        stage.setTitle("预算公开编制助手");
        drafts.refresh();
    }

    private void nextProblem() {
        if (editor != null && !editor.problems().isEmpty()) {
            int i = (editor.problems().indexOf(lastJumped) + 1) % editor.problems().size();
            lastJumped = editor.problems().get(i);
            editor.jumpTo(lastJumped.location());
        }
    }

    private void newDraft() {
        NewDraftDialog.ask(stage).ifPresent(a -> drafts.create(a.unitName(), a.year(), a.level()));
    }

    private void importFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("导入草稿");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("公开文件或交换文件", "*.json", "*.txt", "*.docx"),
                new FileChooser.ExtensionFilter("Gongkai 交换文件", "*.json"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            drafts.importFile(f.toPath(), r -> ImportDialogs.report(stage, r));
        }
    }

    private void exportExchange(DraftSummary d) {
        FileChooser fc = new FileChooser();
        fc.setTitle("导出交换文件");
        fc.setInitialFileName(d.unitName() + d.budgetYear() + ".json");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            drafts.exportExchange(d, f.toPath());
        }
    }

    private void exportPdf() {
        withEditor(vm -> {
            FileChooser fc = new FileChooser();
            fc.setTitle("导出 PDF");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF 文件", "*.pdf"));
            fc.setInitialFileName(vm.draft().header().unitName() + vm.draft().header().budgetYear()
                    + "年部门预算信息公开.pdf");
            File f = fc.showSaveDialog(stage);
            if (f != null) {
                vm.exportPdf(f.toPath(), path -> PdfPreview.show(stage, path, services.exports(), background,
                        fontStyle(settings.fontSize())));
            }
        });
    }

    private void moveToBin(DraftSummary d) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "把“" + d.unitName() + " " + d.budgetYear()
                + "”移到回收站？以后可以从回收站恢复。", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(null);
        if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            drafts.moveToBin(d);
        }
    }

    public EditorViewModel editor() {
        return editor;
    }

    public EditorView editorView() {
        return editorView;
    }

    public void show() {
        stage.show();
    }
}
