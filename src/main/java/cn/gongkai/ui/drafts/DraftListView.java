package cn.gongkai.ui.drafts;

import cn.gongkai.domain.model.DraftSummary;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The start view: a searchable table of drafts. Binds to its view model, nothing else. */
public final class DraftListView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final BorderPane root = new BorderPane();
    private final TableView<DraftSummary> table = new TableView<>();

    public DraftListView(DraftListViewModel vm) {
        TextField search = new TextField();
        search.setPromptText("按单位、年度或状态查找（Ctrl+F）");
        search.setId("draft-search");
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label label = new Label("查找：");
        label.setLabelFor(search);
        HBox top = new HBox(8, label, search);
        HBox.setHgrow(search, Priority.ALWAYS);
        top.setPadding(new Insets(8));

        table.setId("draft-table");
        table.setItems(vm.drafts());
        table.setPlaceholder(new Label("还没有草稿。按 Ctrl+N 新建，或按 Ctrl+I 导入上年的公开文件。"));
        table.getColumns().add(column("单位", 380, d -> d.unitName()));
        table.getColumns().add(column("年度", 80, d -> Integer.toString(d.budgetYear())));
        table.getColumns().add(column("状态", 80, d -> d.status().label()));
        table.getColumns().add(column("公开期限", 110, d -> d.deadline(java.time.LocalDate.now())));
        table.getColumns().add(column("最后修改", 160, d -> WHEN.format(d.updatedAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the first draft selected as soon as the list fills, so that Enter opens it (as the README says)
        table.getItems().addListener((javafx.collections.ListChangeListener<DraftSummary>) c -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            }
        });
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 8, 8, 8));
    }

    private static TableColumn<DraftSummary, String> column(String title, double width,
                                                            java.util.function.Function<DraftSummary, String> value) {
        TableColumn<DraftSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    public BorderPane root() {
        return root;
    }

    public TableView<DraftSummary> table() {
        return table;
    }

    public DraftSummary selected() {
        return table.getSelectionModel().getSelectedItem();
    }
}
