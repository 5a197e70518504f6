package cn.gongkai.export.pdf;

import cn.gongkai.export.GridTable;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link GridTable} measured for one width: every cell's place and lines, the height of every header and body
 * row. A header cell over several rows is one cell; the rows it spans are made tall enough for it.
 */
final class GridGeometry {
    static final float PADDING = 2f;
    static final float LEADING = 1.35f;

    /** A cell as placed: its rows and columns, its left edge and width, its lines and the breaker of its font. */
    record Placed(GridTable.Cell cell, int row, int col, int rowSpan, int colSpan, float x, float width,
                  List<LineBreaker.Line> lines, LineBreaker font) {
        float leftPadding(float size) {
            return PADDING + cell.indent() * size;
        }
    }

    final GridTable grid;
    final float width;
    final float[] columnX;
    final List<Placed> header = new ArrayList<>();
    final float[] headerHeights;
    final List<List<Placed>> body = new ArrayList<>();
    final float[] bodyHeights;

    GridGeometry(GridTable grid, float width, LineBreaker body, LineBreaker bold) {
        this.grid = grid;
        this.width = width;
        float size = grid.size();
        float[] widths = widths(grid, width, body, bold);
        columnX = new float[grid.columns() + 1];
        for (int i = 0; i < grid.columns(); i++) {
            columnX[i + 1] = columnX[i] + widths[i];
        }
        GridTable.Slot[][] slots = grid.headerGrid();
        headerHeights = new float[slots.length];
        for (int r = 0; r < slots.length; r++) {
            for (int c = 0; c < grid.columns(); c++) {
                GridTable.Slot s = slots[r][c];
                if (s != null && s.origin(r, c)) {
                    int rows = Math.min(s.cell().rowSpan(), slots.length - r);
                    header.add(place(s.cell(), r, c, rows, s.cell().colSpan(), body, bold));
                } else if (s == null) {
                    header.add(place(GridTable.Cell.heading("", 1, 1), r, c, 1, 1, body, bold));
                }
            }
        }
        for (Placed p : header) { // single-row cells first, then the spans take what they still need
            if (p.rowSpan() == 1) {
                headerHeights[p.row()] = Math.max(headerHeights[p.row()], height(p, size));
            }
        }
        for (Placed p : header) {
            if (p.rowSpan() > 1) {
                float have = 0;
                for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                    have += headerHeights[r];
                }
                float need = height(p, size) - have;
                if (need > 0) {
                    headerHeights[p.row() + p.rowSpan() - 1] += need;
                }
            }
        }
        bodyHeights = new float[grid.body().size()];
        for (int r = 0; r < grid.body().size(); r++) {
            List<Placed> row = new ArrayList<>();
            int c = 0;
            for (GridTable.Cell cell : grid.body().get(r)) {
                Placed p = place(cell, r, c, 1, cell.colSpan(), body, bold);
                row.add(p);
                bodyHeights[r] = Math.max(bodyHeights[r], height(p, size));
                c += cell.colSpan();
            }
            this.body.add(row);
        }
    }

    /**
     * The columns' widths: their share of {@code width}, but never less than what a cell of the column cannot break
     * (an amount such as 1599.223456 stays on one line), the room taken from the columns that can spare it — as
     * iText's own table layout does.
     */
    private static float[] widths(GridTable grid, float width, LineBreaker body, LineBreaker bold) {
        int n = grid.columns();
        float total = 0;
        for (float w : grid.widths()) {
            total += w;
        }
        float[] share = new float[n];
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            share[i] = width * grid.widths().get(i) / total;
        }
        for (List<GridTable.Cell> row : grid.body()) {
            int c = 0;
            for (GridTable.Cell cell : row) {
                if (cell.colSpan() == 1 && c < n) {
                    float run = (cell.bold() ? bold : body).longestRun(cell.text(), grid.size());
                    min[c] = Math.max(min[c], run + 2 * PADDING + cell.indent() * grid.size() + 0.5f);
                }
                c += cell.colSpan();
            }
        }
        float need = 0;
        float slack = 0;
        for (int i = 0; i < n; i++) {
            need += Math.max(0, min[i] - share[i]);
            slack += Math.max(0, share[i] - min[i]);
        }
        if (need <= 0 || slack <= 0) {
            return share;
        }
        float take = Math.min(1, need / slack);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = share[i] < min[i] ? share[i] + (min[i] - share[i]) * Math.min(1, slack / need)
                    : share[i] - (share[i] - min[i]) * take;
        }
        return out;
    }

    private Placed place(GridTable.Cell cell, int row, int col, int rowSpan, int colSpan, LineBreaker body,
                         LineBreaker bold) {
        float x = columnX[col];
        float w = columnX[Math.min(col + colSpan, columnX.length - 1)] - x;
        float size = grid.size();
        LineBreaker font = cell.bold() ? bold : body;
        float inner = Math.max(size, w - PADDING - (PADDING + cell.indent() * size));
        return new Placed(cell, row, col, rowSpan, colSpan, x, w, font.lines(cell.text(), size, inner), font);
    }

    /** A cell's height: its lines and paddings, at least one line. */
    private static float height(Placed p, float size) {
        return Math.max(1, p.lines().size()) * size * LEADING + 2 * PADDING;
    }

    float headerHeight() {
        float h = 0;
        for (float x : headerHeights) {
            h += x;
        }
        return h;
    }
}
