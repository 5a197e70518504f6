package cn.gongkai.ui.editor;

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
        PastedRows<T> p = new PastedRows<>(split(text == null ? "" : text));
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

    /** Splits tab-separated text; Excel quotes a cell that holds a line break or a quote. */
    static List<List<String>> split(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == '\t') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                addLine(out, line);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        line.add(cell.toString());
        addLine(out, line);
        return out;
    }

    private static void addLine(List<List<String>> out, List<String> line) {
        if (line.stream().anyMatch(s -> !s.isBlank())) {
            out.add(line);
        }
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
