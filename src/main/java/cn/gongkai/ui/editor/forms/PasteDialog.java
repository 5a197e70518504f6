package cn.gongkai.ui.editor.forms;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/** Shows where pasted rows will go, column by column, and what cannot be taken; pastes only when confirmed. */
final class PasteDialog {
    private PasteDialog() {
    }

    static <T> Optional<List<T>> confirm(Window owner, String title, List<Column<T>> columns, PastedRows<T> pasted) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("粘贴到“" + title + "”");
        TableView<T> preview = new TableView<>(FXCollections.observableArrayList(pasted.rows()));
        for (Column<T> c : columns) {
            TableColumn<T, String> col = new TableColumn<>(c.header());
            col.setPrefWidth(Math.min(c.width(), 160));
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(c.get().apply(cd.getValue())));
            preview.getColumns().add(col);
        }
        preview.setPrefSize(820, 260);
        Label head = new Label("将粘贴 " + pasted.rows().size() + " 行，按列对应如下：");
        Label errors = new Label(String.join("\n", pasted.errors()));
        errors.getStyleClass().add("field-message");
        errors.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, head, preview, errors));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText("粘贴");
        boolean bad = pasted.errors().stream().anyMatch(e -> !e.contains("多出的列"));
        d.getDialogPane().lookupButton(ButtonType.OK).setDisable(bad || pasted.rows().isEmpty());
        if (bad) {
            head.setText("有单元格无法粘贴，请在 Excel 中改正后再复制：");
        }
        return d.showAndWait().filter(b -> b == ButtonType.OK).map(b -> pasted.rows());
    }
}
