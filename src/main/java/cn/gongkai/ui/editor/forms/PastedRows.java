package cn.gongkai.ui.editor.forms;

import cn.gongkai.ui.editor.shared.ClipboardText;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows copied from Excel or WPS (cells separated by tabs, rows by line breaks; a quoted cell may hold line
 * breaks), turned into table rows column by column, with every cell that a column refuses listed by row and column.
 */
public final class PastedRows<T> {
    private final List<List<String>> cells;
    private final List<T> rows = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private PastedRows(List<List<String>> cells) {
        this.cells = cells;
    }

    public static <T> PastedRows<T> parse(String text, List<Column<T>> columns, T blank) {
        PastedRows<T> p = new PastedRows<>(ClipboardText.rows(text).stream().filter(r -> !ClipboardText.blank(r)).toList());
        List<Column<T>> editable = columns.stream().filter(Column::editable).toList();
        for (int r = 0; r < p.cells.size(); r++) {
            List<String> line = p.cells.get(r);
            T row = blank;
            for (int c = 0; c < line.size(); c++) {
                if (c >= editable.size()) {
                    if (!line.get(c).isBlank()) {
                        p.errors.add("第" + (r + 1) + "行有" + line.size() + "列，表格只有" + editable.size()
                                + "列可填，多出的列不会粘贴");
                    }
                    break;
                }
                try {
                    row = editable.get(c).set().apply(row, line.get(c).strip());
                } catch (IllegalArgumentException e) {
                    p.errors.add("第" + (r + 1) + "行“" + editable.get(c).header() + "”：" + e.getMessage());
                }
            }
            p.rows.add(row);
        }
        return p;
    }

    public List<T> rows() {
        return rows;
    }

    public List<String> errors() {
        return errors;
    }

    public List<List<String>> cells() {
        return cells;
    }
}
