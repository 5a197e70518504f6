package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a seed as Word's text export wrote it: lines starting with a tab are table cells, a blank line
 * ends a row, a line without a tab right after a cell (while the table goes on) is a further paragraph of that
 * cell, and other lines are paragraphs. Tests turn it into the other shapes officers get (.docx, rows on one line).
 */
final class SeedShape {
    /** A paragraph, or a table: rows of cells, a cell's paragraphs joined by "\n". */
    record Block(String paragraph, List<List<String>> rows) {
    }

    private SeedShape() {
    }

    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        String[] lines = text.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("\t")) {
                row.add(l.substring(1));
            } else if (!l.isEmpty() && !row.isEmpty() && tableGoesOn(lines, i + 1)) {
                row.set(row.size() - 1, row.get(row.size() - 1) + "\n" + l);
            } else {
                if (!row.isEmpty()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
                if (!l.isEmpty()) {
                    flush(out, rows);
                    out.add(new Block(l, null));
                }
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        flush(out, rows);
        return out;
    }

    private static void flush(List<Block> out, List<List<String>> rows) {
        if (!rows.isEmpty()) {
            out.add(new Block(null, List.copyOf(rows)));
            rows.clear();
        }
    }

    private static boolean tableGoesOn(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                return lines[i].startsWith("\t");
            }
        }
        return false;
    }
}
