package cn.gongkai.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tables drawn with ruling lines: the lines that touch each other make a table; their positions make its grid; a
 * border missing between two cells of the grid makes them one merged cell; each character goes into the cell it
 * stands in. A cell is written as a workbook shows a merged cell: its text in every row and column it covers, so
 * that every row has a cell for every column.
 */
final class RuledTables {
    /** A table found on a page: its box, and its rows of cells. */
    record Found(float top, float bottom, float left, float right, List<List<String>> rows, List<Integer> header) {
        boolean holds(Glyph g) {
            float cx = g.x() + g.width() / 2;
            float cy = g.y() - g.height() / 2;
            return cx >= left - 1 && cx <= right + 1 && cy >= top - 1 && cy <= bottom + 1;
        }
    }

    private static final float NEAR = 1.6f;

    private RuledTables() {
    }

    static List<Found> of(Page page) {
        List<Rule> rules = merge(page.rules());
        List<Found> out = new ArrayList<>();
        for (List<Rule> group : groups(rules)) {
            table(group, page.glyphs()).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Found::top));
        return out;
    }

    /** Collinear lines that overlap or touch, as one. */
    private static List<Rule> merge(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::horizontal).thenComparing(Rule::at).thenComparing(Rule::from));
        List<Rule> out = new ArrayList<>();
        for (Rule r : sorted) {
            Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.horizontal() == r.horizontal() && Math.abs(last.at() - r.at()) < NEAR
                    && r.from() <= last.to() + NEAR) {
                out.set(out.size() - 1, new Rule(r.horizontal(), last.at(), last.from(), Math.max(last.to(), r.to())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean touch(Rule h, Rule v) {
        return v.at() >= h.from() - NEAR && v.at() <= h.to() + NEAR && h.at() >= v.from() - NEAR
                && h.at() <= v.to() + NEAR;
    }

    /** The lines that touch each other, directly or through others. */
    private static List<List<Rule>> groups(List<Rule> rules) {
        int n = rules.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Rule a = rules.get(i);
                Rule b = rules.get(j);
                if (a.horizontal() != b.horizontal() && touch(a.horizontal() ? a : b, a.horizontal() ? b : a)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        java.util.Map<Integer, List<Rule>> byRoot = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(rules.get(i));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static java.util.Optional<Found> table(List<Rule> group, List<Glyph> glyphs) {
        List<Float> ys = positions(group.stream().filter(Rule::horizontal).map(Rule::at).toList());
        List<Float> xs = positions(group.stream().filter(r -> !r.horizontal()).map(Rule::at).toList());
        if (ys.size() < 2 || xs.size() < 2) {
            return java.util.Optional.empty();
        }
        int rows = ys.size() - 1;
        int cols = xs.size() - 1;
        // which borders are drawn: right of cell (r, c) and below cell (r, c)
        boolean[][] right = new boolean[rows][cols];
        boolean[][] below = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            float mid = (ys.get(r) + ys.get(r + 1)) / 2;
            for (int c = 0; c < cols; c++) {
                float x = xs.get(c + 1);
                right[r][c] = c == cols - 1 || group.stream().anyMatch(l -> !l.horizontal()
                        && Math.abs(l.at() - x) < NEAR && l.from() <= mid && l.to() >= mid);
            }
        }
        for (int c = 0; c < cols; c++) {
            float mid = (xs.get(c) + xs.get(c + 1)) / 2;
            for (int r = 0; r < rows; r++) {
                float y = ys.get(r + 1);
                below[r][c] = r == rows - 1 || group.stream().anyMatch(l -> l.horizontal()
                        && Math.abs(l.at() - y) < NEAR && l.from() <= mid && l.to() >= mid);
            }
        }
        // merged cells: the grid's cells joined where no border is drawn
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!right[r][c]) {
                    parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
                }
                if (!below[r][c]) {
                    parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
                }
            }
        }
        List<List<Glyph>> cells = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            cells.add(new ArrayList<>());
        }
        float top = ys.get(0);
        float bottom = ys.get(rows);
        float left = xs.get(0);
        float rightEdge = xs.get(cols);
        int placed = 0;
        for (Glyph g : glyphs) {
            float cx = g.x() + g.width() / 2;
            float cy = g.y() - g.height() / 2;
            if (cx < left || cx > rightEdge || cy < top || cy > bottom) {
                continue;
            }
            int r = index(ys, cy);
            int c = index(xs, cx);
            cells.get(find(parent, r * cols + c)).add(g);
            placed++;
        }
        if (placed == 0 && rows * cols <= 1) {
            return java.util.Optional.empty(); // a box drawn around nothing, or a frame
        }
        if (rows == 1 && cols == 1) {
            return java.util.Optional.empty(); // a framed paragraph is text, not a table
        }
        float[] cellRight = new float[parent.length];
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            cellRight[root] = Math.max(cellRight[root], xs.get(i % cols + 1));
        }
        List<List<String>> out = new ArrayList<>();
        Set<Integer> multiRow = new HashSet<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                int root = find(parent, r * cols + c);
                row.add(text(cells.get(root), cellRight[root]));
                if (root / cols != r) {
                    multiRow.add(r);
                }
            }
            out.add(row);
        }
        List<Integer> header = new ArrayList<>(multiRow);
        return java.util.Optional.of(new Found(top, bottom, left, rightEdge, out, header));
    }

    /**
     * A cell's text: its lines joined, Chinese without a space, Latin words with one; a line that ends a sentence well
     * short of the cell's right side ended a paragraph of the cell, written on a line of its own.
     */
    static String text(List<Glyph> glyphs, float right) {
        StringBuilder sb = new StringBuilder();
        TextLines.Line before = null;
        for (TextLines.Line l : TextLines.of(glyphs)) {
            String t = String.join(" ", l.chunks().stream().map(TextLines.Chunk::text).toList());
            if (before != null && !sb.isEmpty() && "。；;！!？?".indexOf(sb.charAt(sb.length() - 1)) >= 0
                    && before.right() < right - 2.5f * before.size()) {
                sb.append('\n');
            } else if (!sb.isEmpty() && !t.isEmpty() && TextLines.latin(sb.substring(sb.length() - 1))
                    && TextLines.latin(t.substring(0, 1)) && Character.isLetter(t.charAt(0))
                    && Character.isLetter(sb.charAt(sb.length() - 1))) {
                sb.append(' ');
            }
            sb.append(t);
            before = l;
        }
        return sb.toString().strip();
    }

    /** Distinct positions, close ones as one. */
    private static List<Float> positions(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> out = new ArrayList<>();
        for (float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > NEAR * 1.5f) {
                out.add(v);
            }
        }
        return out;
    }

    /** The interval of the sorted edges a position falls in. */
    private static int index(List<Float> edges, float v) {
        for (int i = 0; i < edges.size() - 2; i++) {
            if (v < edges.get(i + 1)) {
                return i;
            }
        }
        return edges.size() - 2;
    }
}
