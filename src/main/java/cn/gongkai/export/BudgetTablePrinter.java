package cn.gongkai.export;

import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableLayout;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One standard table as printed, from its {@link TableLayout}: the heading rows and the 栏次 row repeated at the top of
 * every page, the subject names indented by level, amounts right-aligned with the same number of decimals down the
 * table (two, or more where an amount has more), the total lines in bold, no row split across pages.
 */
final class BudgetTablePrinter {
    private static final Set<BudgetLine> TOTALS = EnumSet.of(BudgetLine.TOTAL, BudgetLine.INCOME_YEAR_TOTAL,
            BudgetLine.INCOME_GRAND_TOTAL, BudgetLine.EXPENSE_YEAR_TOTAL, BudgetLine.EXPENSE_GRAND_TOTAL);

    private final PdfFonts.Set fonts;

    BudgetTablePrinter(PdfFonts.Set fonts) {
        this.fonts = fonts;
    }

    /** Whether the table needs a landscape page: more than six columns. */
    static boolean wide(TableLayout l) {
        return l.columns().size() > 6;
    }

    Table table(BudgetTable t, float size) {
        TableLayout l = TableLayout.of(t);
        Table out = new Table(UnitValue.createPercentArray(widths(l))).useAllAvailableWidth();
        out.setSkipFirstHeader(false);
        headings(out, l, size);
        for (int c = 0; c < l.countRow().size(); c++) {
            out.addHeaderCell(Typesetter.headerCell(l.countRow().get(c), 1, 1, fonts.body(), size));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        t.rows().forEach(r -> l.columns().stream().filter(TableLayout.Column::isAmount)
                .forEach(c -> amounts.add(t.amount(r, c.amount()))));
        AmountFormat fmt = AmountFormat.forValues(amounts);
        for (List<TableLayout.Cell> line : l.body()) {
            boolean bold = line.stream().anyMatch(c -> c.row() != null && total(c.row()));
            for (int i = 0; i < line.size(); i++) {
                TableLayout.Cell c = line.get(i);
                if (c.isAmount()) {
                    out.addCell(cell(fmt.format(t.amount(c.row(), c.column())), size, bold, TextAlignment.RIGHT));
                } else {
                    boolean count = l.columns().get(i).heading().equals("序号");
                    String text = c.text();
                    int indent = 0;
                    while (indent < text.length() && text.charAt(indent) == '\u3000') {
                        indent++; // a 款 or 项 under its 类: iText drops leading spaces, so the indent is padding
                    }
                    Cell cell = cell(text.substring(indent), size, bold || labelOfTotal(line, i),
                            count ? TextAlignment.CENTER : TextAlignment.LEFT);
                    out.addCell(cell.setPaddingLeft(2 + indent * size));
                }
            }
        }
        return out;
    }

    /** A line's label is bold with its amounts: the label cell just left of a total line's amount. */
    private static boolean labelOfTotal(List<TableLayout.Cell> line, int i) {
        return i + 1 < line.size() && line.get(i + 1).isAmount() && line.get(i + 1).row() != null
                && total(line.get(i + 1).row());
    }

    private static boolean total(BudgetRow r) {
        return r.key().fold(s -> false, l -> TOTALS.contains(l.line()));
    }

    /**
     * The heading rows. A heading over both rows is drawn as its top cell without a bottom border over a cell
     * without a top border: iText writes a true row-spanning cell after the row's other cells, and copied or
     * extracted text would then read the headings out of order.
     */
    private void headings(Table out, TableLayout l, float size) {
        PdfFont h = fonts.heading();
        for (int row = 0; row < l.headingRows(); row++) {
            for (int col = 0; col < l.columns().size(); ) {
                TableLayout.Heading heading = at(l, row, col);
                if (heading == null) {
                    out.addHeaderCell(Typesetter.headerCell("", 1, 1, h, size));
                    col++;
                    continue;
                }
                boolean top = heading.row() == row;
                boolean last = heading.row() + heading.rowSpan() - 1 == row;
                Cell c = Typesetter.headerCell(top ? heading.text() : "", 1, heading.colSpan(), h, size);
                if (!last) {
                    c.setBorderBottom(Border.NO_BORDER).setVerticalAlignment(VerticalAlignment.BOTTOM);
                }
                if (!top) {
                    c.setBorderTop(Border.NO_BORDER);
                }
                out.addHeaderCell(c);
                col += heading.colSpan();
            }
        }
    }

    private static TableLayout.Heading at(TableLayout l, int row, int col) {
        for (TableLayout.Heading h : l.headings()) {
            if (row >= h.row() && row < h.row() + h.rowSpan() && col == h.col()) {
                return h;
            }
        }
        return null;
    }

    private static float[] widths(TableLayout l) {
        float[] w = new float[l.columns().size()];
        for (int i = 0; i < w.length; i++) {
            TableLayout.Column c = l.columns().get(i);
            w[i] = c.isAmount() ? 10 : switch (c.heading()) {
                case "序号" -> 4;
                case "科目编码" -> 8;
                case "科目名称" -> 24;
                default -> 22;
            };
        }
        return w;
    }

    private Cell cell(String s, float size, boolean bold, TextAlignment align) {
        Paragraph p = new Paragraph(s).setFont(bold ? fonts.heading() : fonts.body()).setFontSize(size)
                .setFixedLeading(size * 1.35f).setMargin(0);
        return new Cell().add(p).setPadding(2).setTextAlignment(align).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setKeepTogether(true);
    }
}
