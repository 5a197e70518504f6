package cn.gongkai.ui.editor.tables;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.spreadsheet.Grid;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellEditor;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.spreadsheet.SpreadsheetView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The spreadsheet of one budget table, with the keys an officer knows from Excel and WPS: typing on a cell replaces
 * its value (the first character included), F2 edits it, Backspace starts it empty, Enter keeps the value and moves
 * down without editing the next cell, Escape cancels; Ctrl+C copies the selection as tab-separated text, Ctrl+V
 * pastes text copied from Excel or WPS at the focused cell, Delete clears the selected cells — each handed to the
 * editor as one edit instead of cell by cell.
 */
final class BudgetSheet extends SpreadsheetView {
    /** A cell of the grid: model row and column. */
    record At(int row, int column) {
    }

    private BiConsumer<At, String> paste = (a, t) -> { };
    private Consumer<List<At>> clear = l -> { };

    BudgetSheet(Grid grid) {
        super(grid);
        setShowRowHeader(false);
        setShowColumnHeader(false);
        setContextMenu(null);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (getEditingCell() != null) {
                return;
            }
            if (e.isShortcutDown() && e.getCode() == KeyCode.V) {
                pasteClipboard();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copyClipboard();
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                startEdit(null);
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE) {
                startEdit("");
                e.consume();
            } else if (startsTyping(e)) {
                e.consume(); // the character comes as KEY_TYPED, and starts the edit there
            }
        });
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (getEditingCell() == null && !e.isShortcutDown() && !ch.isEmpty()
                    && !Character.isISOControl(ch.charAt(0))) {
                e.consume();
                startEdit(ch);
            }
        });
        getEditor(SpreadsheetCellType.STRING).map(SpreadsheetCellEditor::getEditor).ifPresent(field ->
                field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) {
                        e.consume(); // committed by the editor; the table must not start editing the next cell
                    }
                }));
    }

    /** A key that types into a cell (not a shortcut, arrow, function, Enter, Tab, Escape or Delete). */
    private static boolean startsTyping(KeyEvent e) {
        KeyCode c = e.getCode();
        return !e.isShortcutDown() && !e.isAltDown() && !c.isNavigationKey() && !c.isFunctionKey()
                && !c.isModifierKey() && !c.isMediaKey() && c != KeyCode.ESCAPE && c != KeyCode.ENTER
                && c != KeyCode.TAB && c != KeyCode.DELETE && c != KeyCode.CONTEXT_MENU;
    }

    /** Edits the focused cell, if it takes typing: starting from {@code text}, or from its value when null. */
    private void startEdit(String text) {
        TablePosition<?, ?> p = getSelectionModel().getFocusedCell();
        if (!isEditable() || p == null || p.getRow() < 0 || p.getColumn() < 0) {
            return;
        }
        SpreadsheetCell cell = getGrid().getRows().get(getModelRow(p.getRow())).get(getModelColumn(p.getColumn()));
        if (!cell.isEditable()) {
            return;
        }
        edit(p.getRow(), getColumns().get(p.getColumn()));
        getEditor(SpreadsheetCellType.STRING).map(SpreadsheetCellEditor::getEditor)
                .filter(TextField.class::isInstance).map(TextField.class::cast).ifPresent(field -> {
                    if (text != null) {
                        field.setText(text);
                    }
                    field.end();
                });
    }

    /** Gives the keyboard to the cells (the table inside the sheet), where typing and the arrows work. */
    void focusCells() {
        getChildren().stream().filter(n -> n instanceof TableView).findFirst().ifPresentOrElse(Node::requestFocus,
                this::requestFocus);
    }

    void onPaste(BiConsumer<At, String> action) {
        this.paste = action;
    }

    void onClear(Consumer<List<At>> action) {
        this.clear = action;
    }

    /** The focused cell, in model coordinates; null when none. */
    At focused() {
        TablePosition<?, ?> p = getSelectionModel().getFocusedCell();
        if (p == null || p.getRow() < 0 || p.getColumn() < 0) {
            return null;
        }
        return new At(getModelRow(p.getRow()), getModelColumn(p.getColumn()));
    }

    @Override
    public void pasteClipboard() {
        At at = focused();
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (at != null && isEditable() && clipboard.hasString()) {
            paste.accept(at, clipboard.getString());
        }
    }

    @Override
    public void copyClipboard() {
        List<TablePosition> selected = getSelectionModel().getSelectedCells();
        if (selected.isEmpty()) {
            return;
        }
        int top = Integer.MAX_VALUE;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (TablePosition<?, ?> p : selected) {
            top = Math.min(top, getModelRow(p.getRow()));
            bottom = Math.max(bottom, getModelRow(p.getRow()));
            left = Math.min(left, getModelColumn(p.getColumn()));
            right = Math.max(right, getModelColumn(p.getColumn()));
        }
        StringBuilder sb = new StringBuilder();
        for (int r = top; r <= bottom; r++) {
            ObservableList<SpreadsheetCell> row = getGrid().getRows().get(r);
            for (int c = left; c <= right; c++) {
                if (c > left) {
                    sb.append('\t');
                }
                Object item = row.get(c).getItem();
                sb.append(item == null ? "" : item.toString().strip());
            }
            sb.append('\n');
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(sb.toString());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void deleteSelectedCells() {
        List<At> cells = new ArrayList<>();
        for (TablePosition<?, ?> p : getSelectionModel().getSelectedCells()) {
            cells.add(new At(getModelRow(p.getRow()), getModelColumn(p.getColumn())));
        }
        if (isEditable() && !cells.isEmpty()) {
            clear.accept(cells);
        }
    }
}
