package cn.gongkai.ui.audit;

import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.model.Problem;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The window of 文件 › 批量检查…: a row per file checked (文件、单位、年度、错误、警告、说明), sortable by any column;
 * Enter or a double click on a row goes to that file's findings below (级别、位置、说明). Not modal: the officer
 * works on while the folder is checked. All from the keyboard (Alt+letter on each button, Esc closes).
 */
public final class AuditWindow {
    private AuditWindow() {
    }

    public static Stage show(Window owner, AuditViewModel vm, String fontStyle, String stylesheet) {
        TableView<AuditEntry> files = new TableView<>(vm.rows().sorted());
        files.setId("audit-files");
        files.setPlaceholder(new Label("正在检查…"));
        files.getColumns().add(column("文件", 330, vm::shownName));
        files.getColumns().add(column("单位", 200, AuditEntry::unitName));
        TableColumn<AuditEntry, Number> year = number("年度", e -> e.unread() ? null : e.budgetYear());
        files.getColumns().add(year);
        files.getColumns().add(number("错误", e -> e.unread() ? null : e.errors()));
        files.getColumns().add(number("警告", e -> e.unread() ? null : e.warnings()));
        files.getColumns().add(column("说明", 320, AuditEntry::note));
        ((javafx.collections.transformation.SortedList<AuditEntry>) files.getItems()).comparatorProperty()
                .bind(files.comparatorProperty());
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        files.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(AuditEntry e, boolean empty) {
                super.updateItem(e, empty);
                // a file with 错误 in the colour the editor marks them; one that could not be read greyed
                setStyle(empty || e == null ? "" : e.unread() ? "-fx-text-background-color: #6b6b6b;"
                        : e.errors() > 0 ? "-fx-text-background-color: #b00020;" : "");
            }
        });
        vm.selectedProperty().bind(files.getSelectionModel().selectedItemProperty());
        files.getItems().addListener((javafx.collections.ListChangeListener<AuditEntry>) c -> {
            if (files.getSelectionModel().isEmpty() && !files.getItems().isEmpty()) {
                files.getSelectionModel().selectFirst();
            }
        });

        TableView<Problem> findings = new TableView<>(vm.findings());
        findings.setId("audit-findings");
        Label nothing = new Label();
        nothing.setWrapText(true);
        nothing.setPadding(new Insets(12));
        nothing.textProperty().bind(vm.selectedProperty().map(e -> e.unread() ? e.note() : "这个文件没有发现问题。")
                .orElse("在上面选中一个文件，这里列出它的检查结果。"));
        findings.setPlaceholder(nothing);
        findings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        findings.getColumns().add(problemColumn("级别", 60, p -> p.severity().label()));
        findings.getColumns().add(problemColumn("位置", 220, p -> p.location().label()));
        findings.getColumns().add(problemColumn("说明", 640, p -> p.hint() == null || p.hint().isBlank()
                ? p.message() : p.message() + "（" + p.hint() + "）"));
        files.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !findings.getItems().isEmpty()) {
                findings.requestFocus();
                findings.getSelectionModel().selectFirst();
            }
        });
        files.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                findings.requestFocus();
                findings.getSelectionModel().selectFirst();
            }
        });
        findings.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE || (e.getCode() == KeyCode.TAB && e.isShiftDown())) {
                files.requestFocus();
                e.consume();
            }
        });

        Button other = button("检查其他文件夹(_O)…", "audit-folder", vm::chooseFolder);
        Button stop = button("停止(_S)", "audit-stop", vm::stop);
        stop.disableProperty().bind(vm.runningProperty().not());
        Button save = button("导出汇总表(_E)…", "audit-save", vm::saveWorkbook);
        save.disableProperty().bind(vm.runningProperty());
        Button take = button("导入为草稿(_I)", "audit-import", vm::importSelected);
        take.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        Label folder = new Label();
        folder.textProperty().bind(vm.folderProperty().map(f -> "检查的文件夹：" + f));
        HBox.setHgrow(folder, Priority.ALWAYS);
        folder.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(8, folder, other, stop, save, take);
        top.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(vm.statusProperty());
        HBox bottom = new HBox(8, bar, status);
        bottom.setAlignment(Pos.CENTER_LEFT);

        Label findingsLabel = new Label();
        findingsLabel.textProperty().bind(vm.selectedProperty().map(e -> vm.shownName(e) + " 的检查结果")
                .orElse("检查结果"));
        VBox lower = new VBox(4, findingsLabel, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        SplitPane split = new SplitPane(files, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        BorderPane root = new BorderPane(split, top, null, bottom, null);
        BorderPane.setMargin(split, new Insets(6, 0, 6, 0));
        root.setPadding(new Insets(8));
        root.setStyle(fontStyle);

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("批量检查");
        Scene scene = new Scene(root, 1100, 640);
        scene.getStylesheets().add(stylesheet);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setOnHidden(e -> vm.stop());
        stage.setScene(scene);
        stage.show();
        files.requestFocus();
        return stage;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setMnemonicParsing(true);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<AuditEntry, String> column(String title, double width,
                                                          Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<AuditEntry, Number> number(String title, Function<AuditEntry, Number> value) {
        TableColumn<AuditEntry, Number> c = new TableColumn<>(title);
        c.setPrefWidth(60);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private static TableColumn<Problem, String> problemColumn(String title, double width,
                                                              Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }
}
