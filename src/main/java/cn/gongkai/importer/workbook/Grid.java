package cn.gongkai.importer.workbook;

import java.math.BigDecimal;
import java.util.List;

/**
 * One visible sheet as a grid of cells: text as shown (numbers as read), the exact amount where the cell holds one,
 * and each cell's reference ("C7") for the evidence. Merged header cells are repeated over the cells they cover.
 */
record Grid(String sheet, List<List<GridCell>> rows, String noun) {
    /** A workbook's sheet. */
    Grid(String sheet, List<List<GridCell>> rows) {
        this(sheet, rows, "工作表");
    }

    /** How the report names it: "工作表“1.3部门支出总表”", "表格“表3 部门支出总表”". */
    String named() {
        return noun + "“" + sheet + "”";
    }

    /** A cell: its text ("" when blank), its amount (null unless a number), its A1 reference, and any reading error. */
    record GridCell(String text, BigDecimal amount, String ref, String problem) {
        boolean blank() {
            return text.isBlank() && amount == null;
        }
    }

    GridCell cell(int row, int col) {
        if (row < 0 || row >= rows.size()) {
            return null;
        }
        List<GridCell> r = rows.get(row);
        return col < 0 || col >= r.size() ? null : r.get(col);
    }

    String text(int row, int col) {
        GridCell c = cell(row, col);
        return c == null ? "" : c.text();
    }

    int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    /** "1.3部门收支总表!C7", the evidence of a value. */
    String where(GridCell c) {
        return sheet + "!" + c.ref();
    }

    /** The row's texts joined without blanks, for finding captions such as "单位：万元". */
    String line(int row) {
        StringBuilder sb = new StringBuilder();
        if (row >= 0 && row < rows.size()) {
            for (GridCell c : rows.get(row)) {
                sb.append(c.text()).append(' ');
            }
        }
        return sb.toString();
    }
}
