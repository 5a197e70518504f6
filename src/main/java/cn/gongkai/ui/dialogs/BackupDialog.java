package cn.gongkai.ui.dialogs;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** 从备份恢复: the backups, newest first, each with the time it was taken and the drafts it holds. */
final class BackupDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private BackupDialog() {
    }

    static Optional<FolderBackups.Choice> pick(Window owner, List<FolderBackups.Choice> choices) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("从备份恢复");
        ListView<FolderBackups.Choice> view = new ListView<>();
        view.getItems().setAll(choices);
        view.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FolderBackups.Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c));
            }
        });
        view.setPrefSize(640, 360);
        d.getDialogPane().setHeaderText("选择要恢复的备份（最新的在前）。现在的数据文件会另行保留。");
        d.getDialogPane().setContent(view);
        ButtonType restore = new ButtonType("恢复到这份备份", ButtonBar.ButtonData.OK_DONE);
        // in Chinese whatever the system's language (JavaFX's own 取消 follows the system's)
        d.getDialogPane().getButtonTypes().addAll(restore, new ButtonType("取消", ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(restore).disableProperty()
                .bind(view.getSelectionModel().selectedItemProperty().isNull());
        view.getSelectionModel().selectFirst();
        return d.showAndWait().filter(b -> b == restore).map(b -> view.getSelectionModel().getSelectedItem());
    }

    static String describe(FolderBackups.Choice c) {
        String when = c.backup().takenAt() == null ? c.backup().name() : c.backup().takenAt().format(WHEN);
        if (c.unreadable() != null) {
            return when + "　无法读取\n    " + c.unreadable();
        }
        String drafts = c.drafts().isEmpty() ? "没有草稿" : c.drafts().stream()
                .map(s -> s.budgetYear() + " " + s.unitName() + "（" + s.status().label() + "）")
                .collect(Collectors.joining("；"));
        return when + "　" + c.drafts().size() + " 份草稿\n    " + drafts;
    }
}
