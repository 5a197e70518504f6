package cn.gongkai.ui.editor.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells copied from Excel or WPS as the clipboard holds them: a tab between cells, a line break (CR LF, LF or CR)
 * between rows, and a cell that holds a tab, a line break or a quote written in quotes with its quotes doubled
 * ("第一行\n第二行" → {@code "第一行<LF>第二行"}). Rows keep their places, blank ones included; only the blank
 * lines after the last row (Excel ends a copy with a line break) are dropped.
 */
public final class ClipboardText {
    private ClipboardText() {
    }

    public static List<List<String>> rows(String text) {
        List<List<String>> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
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
            } else if (ch == '"' && cell.length() == 0 && closes(text, i)) {
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
                out.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        line.add(cell.toString());
        out.add(line);
        while (!out.isEmpty() && blank(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    public static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    /**
     * Whether the quote opening a cell at {@code at} is closed by a quote that ends the cell (followed by a tab, a
     * line break or the end): only then is the cell quoted; a cell that merely starts with a quote (“"甲"类”) is
     * taken as typed.
     */
    private static boolean closes(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                    continue;
                }
                return i + 1 == text.length() || "\t\r\n".indexOf(text.charAt(i + 1)) >= 0;
            }
        }
        return false;
    }
}
