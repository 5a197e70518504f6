package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.model.DraftSummary;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/** The 回收站: drafts moved there can be taken back. */
final class RecycleBinDialog {
    private RecycleBinDialog() {
    }

    /** Shows the binned drafts; returns the one picked to take back. */
    static Optional<DraftSummary> pick(Window owner, List<DraftSummary> binned) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("回收站");
        ListView<DraftSummary> view = new ListView<>();
        view.getItems().setAll(binned);
        view.setPlaceholder(new Label("回收站是空的"));
        view.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DraftSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.unitName() + "　" + s.budgetYear() + " 年　" + s.status().label());
            }
        });
        view.setPrefSize(520, 300);
        d.getDialogPane().setContent(view);
        ButtonType restore = new ButtonType("恢复选中的草稿", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        d.getDialogPane().lookupButton(restore).disableProperty()
                .bind(view.getSelectionModel().selectedItemProperty().isNull());
        return d.showAndWait().filter(b -> b == restore).map(b -> view.getSelectionModel().getSelectedItem());
    }
}
