package cn.gongkai.export;

import java.util.List;

/**
 * A table as printed, for any format: column widths (relative), header rows repeated on every page, body rows,
 * the text size. A header cell spanning rows covers the positions below it, which the following header rows
 * leave out, as in HTML; body rows have no spans.
 */
public record GridTable(List<Float> widths, List<List<Cell>> header, List<List<Cell>> body, float size) {
    public enum Align { LEFT, CENTER, RIGHT }

    /** A cell: its text, spans, alignment, bold (a total, a duty), shaded (a duty's row), indent in characters. */
    public record Cell(String text, int rowSpan, int colSpan, Align align, boolean bold, boolean shaded, int indent) {
        public Cell {
            text = text == null ? "" : text;
        }

        public static Cell heading(String text, int rowSpan, int colSpan) {
            return new Cell(text, rowSpan, colSpan, Align.CENTER, true, false, 0);
        }

        public static Cell text(String text) {
            return new Cell(text, 1, 1, Align.LEFT, false, false, 0);
        }

        public static Cell amount(String text) {
            return new Cell(text, 1, 1, Align.RIGHT, false, false, 0);
        }

        public Cell bold(boolean b) {
            return new Cell(text, rowSpan, colSpan, align, b, shaded, indent);
        }

        public Cell withShade() {
            return new Cell(text, rowSpan, colSpan, align, bold, true, indent);
        }

        public Cell aligned(Align a) {
            return new Cell(text, rowSpan, colSpan, a, bold, shaded, indent);
        }

        public Cell indented(int characters) {
            return new Cell(text, rowSpan, colSpan, align, bold, shaded, characters);
        }
    }

    public GridTable {
        widths = List.copyOf(widths);
        header = header.stream().map(List::copyOf).toList();
        body = body.stream().map(List::copyOf).toList();
    }

    /** The number of columns. */
    public int columns() {
        return widths.size();
    }

    /** Where a header position belongs: the cell covering it and the row and column that cell starts at. */
    public record Slot(Cell cell, int row, int col) {
        /** The cell starts here. */
        public boolean origin(int r, int c) {
            return row == r && col == c;
        }

        /** A position below the cell's first row, in its first column: where a row span continues. */
        public boolean continues(int r, int c) {
            return col == c && r > row;
        }
    }

    /** The header as a full grid: at each row and column the cell covering it, with where that cell starts. */
    public Slot[][] headerGrid() {
        Slot[][] grid = new Slot[header.size()][columns()];
        for (int r = 0; r < header.size(); r++) {
            int c = 0;
            for (Cell cell : header.get(r)) {
                while (c < columns() && grid[r][c] != null) {
                    c++;
                }
                if (c + cell.colSpan() > columns()) {
                    throw new IllegalStateException("header row " + r + " has too many cells");
                }
                Slot slot = new Slot(cell, r, c);
                for (int dr = 0; dr < cell.rowSpan() && r + dr < header.size(); dr++) {
                    for (int dc = 0; dc < cell.colSpan(); dc++) {
                        grid[r + dr][c + dc] = slot;
                    }
                }
                c += cell.colSpan();
            }
        }
        return grid;
    }
}
