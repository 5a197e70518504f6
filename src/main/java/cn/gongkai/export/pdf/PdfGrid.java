package cn.gongkai.export.pdf;

import cn.gongkai.export.GridTable;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * A {@link GridTable} as an iText table: header rows repeated on every page, cells kept whole (no row split across
 * pages). A heading over several header rows is drawn as its top cell without a bottom border over cells without a
 * top border: iText writes a true row-spanning cell after the row's other cells, and copied or extracted text would
 * then read the headings out of order.
 */
final class PdfGrid {
    private static final Color SHADE = new DeviceGray(0.92f);

    private PdfGrid() {
    }

    static Table of(GridTable g, PdfFonts.Set fonts) {
        float[] widths = new float[g.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = g.widths().get(i);
        }
        Table t = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        t.setSkipFirstHeader(false);
        GridTable.Slot[][] header = g.headerGrid();
        for (int r = 0; r < header.length; r++) {
            for (int c = 0; c < g.columns(); c++) {
                GridTable.Slot s = header[r][c];
                if (s == null) {
                    t.addHeaderCell(cell(GridTable.Cell.heading("", 1, 1), 1, g.size(), fonts));
                } else if (s.origin(r, c)) {
                    Cell top = cell(s.cell(), s.cell().colSpan(), g.size(), fonts);
                    if (!s.lastRow(r)) {
                        top.setBorderBottom(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.BOTTOM);
                    }
                    t.addHeaderCell(top);
                } else if (s.continues(r, c)) {
                    Cell rest = cell(GridTable.Cell.heading("", 1, 1), s.cell().colSpan(), g.size(), fonts)
                            .setBorderTop(Border.NO_BORDER);
                    t.addHeaderCell(s.lastRow(r) ? rest : rest.setBorderBottom(Border.NO_BORDER));
                }
            }
        }
        for (java.util.List<GridTable.Cell> row : g.body()) {
            for (GridTable.Cell c : row) {
                t.addCell(cell(c, c.colSpan(), g.size(), fonts));
            }
        }
        return t;
    }

    private static Cell cell(GridTable.Cell c, int colSpan, float size, PdfFonts.Set fonts) {
        Paragraph p = new Paragraph(c.text()).setFont(c.bold() ? fonts.heading() : fonts.body()).setFontSize(size)
                .setFixedLeading(size * 1.35f).setMargin(0);
        Cell out = new Cell(1, colSpan).add(p).setPadding(2).setPaddingLeft(2 + c.indent() * size)
                .setTextAlignment(switch (c.align()) {
                    case LEFT -> TextAlignment.LEFT;
                    case CENTER -> TextAlignment.CENTER;
                    case RIGHT -> TextAlignment.RIGHT;
                }).setVerticalAlignment(VerticalAlignment.MIDDLE).setKeepTogether(true);
        return c.shaded() ? out.setBackgroundColor(SHADE) : out;
    }
}
