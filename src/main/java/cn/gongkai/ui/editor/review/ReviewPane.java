package cn.gongkai.ui.editor.review;

import cn.gongkai.domain.versions.Change;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The changes since the last export beside the form: 位置, 原 → 新; Enter or a click goes to the field. */
public final class ReviewPane {
    private final BorderPane root = new BorderPane();
    private final ListView<Change> list;

    public ReviewPane(ReviewViewModel vm) {
        list = new ListView<>(vm.changes());
        list.setId("review-changes");
        list.setPlaceholder(new Label("没有变化"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Change c, boolean empty) {
                super.updateItem(c, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || c == null ? null : vm.markOf(c) + c.at().label() + "\n原："
                        + (c.before().isEmpty() ? "（无）" : c.before()) + "\n新："
                        + (c.after().isEmpty() ? "（无）" : c.after()));
            }
        });
        list.setOnMouseClicked(e -> vm.open(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.K && e.isShortcutDown()) {
                vm.toggleMark(list.getSelectionModel().getSelectedItem());
                list.refresh();
            }
        });
        Label title = new Label();
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add("form-subtitle");
        Button close = new Button("关闭对比");
        close.setOnAction(e -> vm.close());
        VBox top = new VBox(6, title, close);
        top.setPadding(new Insets(6));
        root.setTop(top);
        root.setCenter(list);
        root.setId("review-pane");
        root.setMinWidth(260);
    }

    public Node root() {
        return root;
    }

    public ListView<Change> list() {
        return list;
    }
}
