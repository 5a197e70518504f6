package cn.gongkai.ui.editor.forms;

import javafx.scene.control.TableColumn;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.text.Text;
import javafx.util.converter.DefaultStringConverter;

/**
 * A table cell that shows a long text (a definition, a duty's target) whole, wrapped to the column's width — the row
 * grows — instead of ending it in "…"; typed into as a {@link TextFieldTableCell} is.
 */
final class WrappingCell<T> extends TextFieldTableCell<T, String> {
    private final Text shown = new Text();

    WrappingCell(TableColumn<T, String> column) {
        super(new DefaultStringConverter());
        shown.wrappingWidthProperty().bind(column.widthProperty().subtract(14));
        shown.getStyleClass().add("wrapping-cell-text");
        shown.fillProperty().bind(textFillProperty());
        shown.fontProperty().bind(fontProperty());
    }

    @Override
    public void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (!empty && item != null && !isEditing()) {
            shown.setText(item);
            setText(null);
            setGraphic(shown);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        updateItem(getItem(), isEmpty());
    }
}
