package cn.gongkai.importer.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables drawn without lines (a workbook printed without gridlines, a plain text PDF): a run of lines whose parts
 * stand far apart — three or more parts, amounts among them — is a table; its columns are where no part of any of
 * its lines stands (the gaps of their projection); the heading lines just above it that line up with its columns
 * are its header, a heading that spans columns written in each. Each line is a row.
 */
final class AlignedTables {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,，]*(?:\\.\\d+)?%?");
    /** A gap between a table's cells: wider than a character. */
    private static final float GAP = 1.2f;

    private AlignedTables() {
    }

    /** A line's parts split at gaps wider than a character. */
    static List<TextLines.Chunk> cells(TextLines.Line l) {
        List<TextLines.Chunk> out = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph last = null;
        for (Glyph g : l.glyphs()) {
            if (last != null && g.x() - last.right() > GAP * Math.max(g.size(), last.size()) && !run.isEmpty()) {
                out.add(TextLines.Chunk.of(run));
                run = new ArrayList<>();
            }
            if (!(run.isEmpty() && g.blank())) {
                run.add(g);
            }
            last = g;
        }
        if (!run.isEmpty()) {
            out.add(TextLines.Chunk.of(run));
        }
        return out;
    }

    private static boolean numeric(TextLines.Chunk c) {
        return NUMBER.matcher(c.text().replace(" ", "")).matches();
    }

    private static boolean row(TextLines.Line l) {
        List<TextLines.Chunk> c = cells(l);
        return c.size() >= 3 && c.stream().anyMatch(AlignedTables::numeric);
    }

    /** The tables among a page's lines, each with the lines it took. */
    static List<RuledTables.Found> of(List<TextLines.Line> lines) {
        List<RuledTables.Found> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!row(lines.get(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && (row(lines.get(end + 1)) || cells(lines.get(end + 1)).size() >= 2
                    && end + 2 < lines.size() && row(lines.get(end + 2)))) {
                end++;
            }
            if (end - i + 1 < 2) {
                i = end + 1;
                continue;
            }
            int start = i;
            while (start > 0 && cells(lines.get(start - 1)).size() >= 2 && !row(lines.get(start - 1))
                    && start > i - 3 && !caption(lines.get(start - 1))) {
                start--; // heading lines above the rows
            }
            out.add(table(lines.subList(start, end + 1), i - start));
            i = end + 1;
        }
        return out;
    }

    /** A caption line ("编制单位：…　单位：万元") is not a heading of the table below it. */
    private static boolean caption(TextLines.Line l) {
        String t = l.text();
        return t.contains("单位：") || t.contains("单位:") || t.contains("预算年度");
    }

    private static RuledTables.Found table(List<TextLines.Line> lines, int headerRows) {
        // the columns: the gaps of the projection of the body rows' cells
        List<float[]> spans = new ArrayList<>();
        for (int k = headerRows; k < lines.size(); k++) {
            for (TextLines.Chunk c : cells(lines.get(k))) {
                spans.add(new float[]{c.left(), c.right()});
            }
        }
        spans.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> columns = new ArrayList<>();
        for (float[] s : spans) {
            float[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && s[0] <= last[1] + 1f) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                columns.add(new float[]{s[0], s[1]});
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Integer> header = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String[] row = new String[columns.size()];
            java.util.Arrays.fill(row, "");
            List<TextLines.Chunk> parts = cells(lines.get(k));
            if (k < headerRows && parts.size() == columns.size()) {
                for (int col = 0; col < row.length; col++) {
                    row[col] = parts.get(col).text(); // a heading for each column, in order, however aligned
                }
                rows.add(List.of(row));
                header.add(k);
                continue;
            }
            for (TextLines.Chunk c : parts) {
                int first = -1;
                int last = -1;
                for (int col = 0; col < columns.size(); col++) {
                    float[] x = columns.get(col);
                    if (c.right() > x[0] - 1 && c.left() < x[1] + 1) {
                        first = first < 0 ? col : first;
                        last = col;
                    }
                }
                if (first < 0) {
                    // between columns: a heading set at a column's left over amounts set to its right
                    first = columns.size() - 1;
                    for (int col = 0; col < columns.size(); col++) {
                        if (columns.get(col)[0] > c.left()) {
                            first = col;
                            break;
                        }
                    }
                    last = first;
                }
                for (int col = first; col <= last; col++) {
                    row[col] = row[col].isEmpty() ? c.text() : row[col] + c.text();
                }
            }
            rows.add(List.of(row));
            if (k < headerRows) {
                header.add(k);
            }
        }
        float top = lines.get(0).top();
        float bottom = lines.get(lines.size() - 1).baseline() + 1;
        float left = columns.get(0)[0];
        float right = columns.get(columns.size() - 1)[1];
        return new RuledTables.Found(top, bottom, left, right, rows, header);
    }
}
