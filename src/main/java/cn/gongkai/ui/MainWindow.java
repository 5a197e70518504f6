package cn.gongkai.ui;

import cn.gongkai.domain.DraftSummary;
import cn.gongkai.ui.drafts.DraftListView;
import cn.gongkai.ui.drafts.DraftListViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.util.function.Consumer;

/** The main window: menus with their shortcuts, the draft list, and the status bar. */
public final class MainWindow {
    private final Stage stage;
    private final DraftListViewModel drafts;
    private final DraftListView listView;

    public MainWindow(Stage stage, DraftListViewModel drafts, String fontFamily) {
        this.stage = stage;
        this.drafts = drafts;
        this.listView = new DraftListView(drafts);
        BorderPane root = new BorderPane();
        root.setTop(menus());
        root.setCenter(listView.root());
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(drafts.statusProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        Scene scene = new Scene(root, 1200, 700);
        scene.getStylesheets().add(MainWindow.class.getResource("/cn/gongkai/ui/gongkai.css").toExternalForm());
        root.setStyle("-fx-font-family: \"" + fontFamily + "\";");
        stage.setScene(scene);
        stage.setTitle("预算公开编制助手");
        stage.setMinWidth(900);
        stage.setMinHeight(560);
    }

    private MenuBar menus() {
        Menu file = new Menu("文件(_F)");
        file.getItems().addAll(
                item("新建草稿(_N)…", "Shortcut+N", this::newDraft),
                item("导入(_I)…", "Shortcut+I", this::importFile),
                item("导出交换文件(_E)…", "Shortcut+E", () -> withSelected(this::exportExchange)),
                new SeparatorMenuItem(),
                item("退出(_X)", "Shortcut+Q", stage::close));
        Menu draft = new Menu("草稿(_D)");
        draft.getItems().addAll(
                item("复制(_C)", "Shortcut+D", () -> withSelected(drafts::duplicate)),
                item("生成新年度草稿(_Y)", "Shortcut+Shift+N", () -> withSelected(drafts::rollForward)),
                item("移到回收站(_R)", "Delete", () -> withSelected(this::moveToBin)),
                new SeparatorMenuItem(),
                item("刷新(_F)", "F5", drafts::refresh),
                item("查找(_S)", "Shortcut+F", () -> stage.getScene().lookup("#draft-search").requestFocus()));
        return new MenuBar(file, draft);
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
            new Alert(Alert.AlertType.INFORMATION, "请先在列表中选中一份草稿。", ButtonType.OK).showAndWait();
        } else {
            action.accept(d);
        }
    }

    private void newDraft() {
        NewDraftDialog.ask(stage).ifPresent(a -> drafts.create(a.unitName(), a.year(), a.level()));
    }

    private void importFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("导入草稿");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Gongkai 交换文件", "*.json"));
        File f = fc.showOpenDialog(stage);
        if (f != null) {
            drafts.importFile(f.toPath());
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

    private void moveToBin(DraftSummary d) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "把“" + d.unitName() + " " + d.budgetYear()
                + "”移到回收站？以后可以从回收站恢复。", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(null);
        if (a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            drafts.moveToBin(d);
        }
    }

    public void show() {
        stage.show();
    }
}
