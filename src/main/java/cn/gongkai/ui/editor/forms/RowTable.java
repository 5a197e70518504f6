package cn.gongkai.ui.editor.forms;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An editable table of immutable rows, edited from the keyboard (F2 or typing edits, Enter/Tab move on, Delete
 * clears a cell), with buttons to add, remove and move rows and to paste rows copied from Excel/WPS after a
 * preview. Every change hands the whole new list to {@code onChange}; the table shows what it is given.
 */
public final class RowTable<T> {
    private final String title;
    private final List<Column<T>> columns;
    private final T blank;
    private final Consumer<List<T>> onChange;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final TableView<T> table = new TableView<>(items);
    private final Label message = new Label();
    private final VBox root;
    private boolean readOnly;

    public RowTable(String id, String title, List<Column<T>> columns, T blank, Consumer<List<T>> onChange) {
        this.title = title;
        this.columns = columns;
        this.blank = blank;
        this.onChange = onChange;
        table.setId(id);
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label("（空表）按“添加行”或粘贴 Excel 中复制的行"));
        table.setPrefHeight(200);
        for (int c = 0; c < columns.size(); c++) {
            table.getColumns().add(column(columns.get(c)));
        }
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        Button add = button("添加行", "在选中行后添加一行（Ctrl+Enter）", this::addRow);
        Button remove = button("删除行", "删除选中的行（Ctrl+Delete）", this::removeRow);
        Button up = button("上移", "选中行上移（Alt+↑）", () -> moveRow(-1));
        Button down = button("下移", "选中行下移（Alt+↓）", () -> moveRow(1));
        Button paste = button("从 Excel 粘贴…", "粘贴从 Excel 或 WPS 复制的行（表格中 Ctrl+V）", this::pasteFromClipboard);
        HBox bar = new HBox(6, add, remove, up, down, paste, message);
        message.getStyleClass().add("field-message");
        Label head = new Label(title);
        head.getStyleClass().add("form-subtitle");
        root = new VBox(4, head, bar, table);
        root.setPadding(new Insets(4, 0, 8, 0));
    }

    private Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        b.disableProperty().bind(table.editableProperty().not());
        return b;
    }

    private TableColumn<T, String> column(Column<T> spec) {
        TableColumn<T, String> c = new TableColumn<>(spec.header());
        c.setPrefWidth(Math.max(spec.width(), Math.ceil(cn.gongkai.ui.widgets.TextWidth.of(spec.header())) + 24));
        c.setSortable(false);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(spec.get().apply(cd.getValue())));
        c.setEditable(spec.editable());
        if (spec.header().matches(".*(金额|资金|单价|总计|预算|基金|核拨|拨款|收入|人数|编制数|（行政）|（事业）|（离休）|（退休）|（退职）)"
                + ".*") || spec.header().equals("数量")) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;"); // amounts and counts line up at the right, as in print
        }
        if (spec.editable()) {
            c.setCellFactory(WrappingCell::new); // a long text wraps in its row instead of ending in "…"
            c.setOnEditCommit(e -> {
                int row = e.getTablePosition().getRow();
                if (setCell(row, spec, e.getNewValue()) && row + 1 < items.size()) {
                    // as in Excel: Enter takes the value and goes to the cell below
                    table.getSelectionModel().clearAndSelect(row + 1, c);
                    table.getFocusModel().focus(row + 1, c);
                }
            });
        } else {
            c.getStyleClass().add("computed-column");
        }
        return c;
    }

    /** Shows the given rows (the draft's current version). */
    public void show(List<T> rows, boolean readOnlyDraft) {
        this.readOnly = readOnlyDraft;
        table.setEditable(!readOnlyDraft);
        if (!items.equals(rows)) {
            TablePosition<T, ?> focus = table.getFocusModel().getFocusedCell();
            items.setAll(rows);
            if (focus != null && focus.getRow() >= 0 && focus.getRow() < rows.size()) {
                table.getFocusModel().focus(focus.getRow(), focus.getTableColumn());
                table.getSelectionModel().select(focus.getRow(), focus.getTableColumn());
            }
        }
    }

    public Node root() {
        return root;
    }

    public TableView<T> table() {
        return table;
    }

    /** Selects a row, e.g. when a problem points at it. */
    public void focusRow(int row) {
        if (row >= 0 && row < items.size()) {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(0));
            table.scrollTo(row);
        }
    }

    /** Sets one cell from typed text; false (and a message beside the buttons) when the column refuses it. */
    private boolean setCell(int row, Column<T> spec, String text) {
        try {
            List<T> copy = new ArrayList<>(items);
            copy.set(row, spec.set().apply(items.get(row), text == null ? "" : text.strip()));
            message.setText("");
            onChange.accept(copy);
            return true;
        } catch (IllegalArgumentException e) {
            message.setText("第" + (row + 1) + "行“" + spec.header() + "”：" + e.getMessage() + "（未保存）");
            table.refresh();
            return false;
        }
    }

    private void keys(KeyEvent e) {
        if (readOnly || table.getEditingCell() != null) {
            return;
        }
        TablePosition<T, ?> pos = table.getFocusModel().getFocusedCell();
        int col = pos == null ? -1 : pos.getColumn();
        if (new javafx.scene.input.KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)) {
            pasteFromClipboard();
        } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            addRow();
        } else if (e.getCode() == KeyCode.DELETE && e.isShortcutDown()) {
            removeRow();
        } else if (e.getCode() == KeyCode.UP && e.isAltDown()) {
            moveRow(-1);
        } else if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
            moveRow(1);
        } else if ((e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) && pos != null && pos.getRow() >= 0) {
            table.edit(pos.getRow(), pos.getTableColumn());
        } else if (e.getCode() == KeyCode.DELETE && pos != null && pos.getRow() >= 0 && col >= 0
                && columns.get(col).editable()) {
            setCell(pos.getRow(), columns.get(col), "");
        } else if (e.getCode() == KeyCode.TAB && pos != null && pos.getRow() >= 0) {
            int next = col + (e.isShiftDown() ? -1 : 1);
            int row = pos.getRow();
            if (next >= columns.size()) {
                next = 0;
                row = Math.min(row + 1, items.size() - 1);
            } else if (next < 0) {
                next = columns.size() - 1;
                row = Math.max(row - 1, 0);
            }
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(next));
            table.getFocusModel().focus(row, table.getColumns().get(next));
        } else {
            return;
        }
        e.consume();
    }

    private int selectedRow() {
        TablePosition<T, ?> pos = table.getFocusModel().getFocusedCell();
        return pos == null ? -1 : pos.getRow();
    }

    private void addRow() {
        List<T> copy = new ArrayList<>(items);
        int at = selectedRow() < 0 ? copy.size() : selectedRow() + 1;
        copy.add(at, blank);
        onChange.accept(copy);
        focusRow(at);
    }

    private void removeRow() {
        int row = selectedRow();
        if (row >= 0 && row < items.size()) {
            List<T> copy = new ArrayList<>(items);
            copy.remove(row);
            onChange.accept(copy);
            focusRow(Math.min(row, copy.size() - 1));
        }
    }

    private void moveRow(int delta) {
        int row = selectedRow();
        int to = row + delta;
        if (row >= 0 && to >= 0 && to < items.size()) {
            List<T> copy = new ArrayList<>(items);
            copy.add(to, copy.remove(row));
            onChange.accept(copy);
            focusRow(to);
        }
    }

    private void pasteFromClipboard() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            message.setText("剪贴板里没有文字：请先在 Excel 或 WPS 中选中行并复制");
            return;
        }
        PastedRows<T> pasted = PastedRows.parse(text, columns, blank);
        PasteDialog.confirm(table.getScene() == null ? null : table.getScene().getWindow(), title, columns, pasted)
                .ifPresent(this::insertRows);
    }

    /** Inserts pasted rows after the selected row (at the end when none is selected). */
    public void insertRows(List<T> rows) {
        List<T> copy = new ArrayList<>(items);
        int at = selectedRow() < 0 ? copy.size() : selectedRow() + 1;
        copy.addAll(at, rows);
        message.setText("已粘贴 " + rows.size() + " 行");
        onChange.accept(copy);
    }
}
