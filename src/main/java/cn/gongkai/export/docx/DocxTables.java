package cn.gongkai.export.docx;

import cn.gongkai.export.GridTable;
import cn.gongkai.export.TableGrids;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.math.BigInteger;
import java.util.List;

/**
 * A {@link GridTable} as a Word table: column widths in the table grid (twips, filling the text block), header
 * cells merged across columns ({@code gridSpan}) and rows ({@code vMerge}), header rows repeated on every page, no
 * row split across pages, totals in 黑体, a duty's row shaded.
 */
final class DocxTables {
    private static final String SHADE = "EBEBEB";

    private DocxTables() {
    }

    static void add(XWPFDocument doc, GridTable g, int textWidth) {
        CTTbl t = doc.getDocument().getBody().addNewTbl();
        int[] widths = widths(g, textWidth);
        CTTblPr pr = t.addNewTblPr();
        pr.addNewTblStyle().setVal("TableGrid");
        pr.addNewTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(textWidth));
        pr.addNewJc().setVal(STJcTable.CENTER);
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var grid = t.addNewTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        GridTable.Slot[][] header = g.headerGrid();
        for (int r = 0; r < header.length; r++) {
            CTRow row = row(t, true);
            for (int c = 0; c < g.columns(); c++) {
                GridTable.Slot s = header[r][c];
                if (s == null) {
                    cell(row, GridTable.Cell.heading("", 1, 1), widths, c, g.size(), null);
                } else if (s.origin(r, c)) {
                    cell(row, s.cell(), widths, c, g.size(), s.cell().rowSpan() > 1 ? STMerge.RESTART : null);
                } else if (s.continues(r, c)) {
                    cell(row, GridTable.Cell.heading("", 1, s.cell().colSpan()), widths, c, g.size(),
                            STMerge.CONTINUE);
                }
            }
        }
        for (List<GridTable.Cell> cells : g.body()) {
            CTRow row = row(t, false);
            int c = 0;
            for (GridTable.Cell cell : cells) {
                cell(row, cell, widths, c, g.size(), null);
                c += cell.colSpan();
            }
        }
    }

    /** The columns' widths in twips, in the proportions of the grid, adding up to the text block's width. */
    static int[] widths(GridTable g, int textWidth) {
        float sum = 0;
        for (float w : g.widths()) {
            sum += w;
        }
        int[] out = new int[g.columns()];
        int used = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = i == out.length - 1 ? textWidth - used : Math.round(textWidth * g.widths().get(i) / sum);
            used += out[i];
        }
        return out;
    }

    private static CTRow row(CTTbl t, boolean header) {
        CTRow row = t.addNewTr();
        var pr = row.addNewTrPr();
        pr.addNewCantSplit();
        if (header) {
            pr.addNewTblHeader();
        }
        return row;
    }

    private static void cell(CTRow row, GridTable.Cell cell, int[] widths, int col, float size, STMerge.Enum merge) {
        CTTc tc = row.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        int width = 0;
        for (int i = col; i < col + cell.colSpan() && i < widths.length; i++) {
            width += widths[i];
        }
        pr.addNewTcW().setType(STTblWidth.DXA);
        pr.getTcW().setW(BigInteger.valueOf(width));
        if (cell.colSpan() > 1) {
            pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
        }
        if (merge != null) {
            pr.addNewVMerge().setVal(merge);
        }
        if (cell.shaded()) {
            pr.addNewShd().setVal(STShd.CLEAR);
            pr.getShd().setColor("auto");
            pr.getShd().setFill(SHADE);
        }
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        for (String line : cell.text().split("\n", -1)) { // each line a paragraph, as an officer types it
            paragraph(tc.addNewP(), cell, size, line);
        }
    }

    private static void paragraph(CTP p, GridTable.Cell cell, float size, String text) {
        CTPPr ppr = p.addNewPPr();
        ppr.addNewPStyle().setVal("TableText");
        if (size != TableGrids.SIZE) { // the style's line is 1.35 times 五号, as the PDF's
            ppr.addNewSpacing().setLine(BigInteger.valueOf(Math.round(size * 1.35f * 20)));
            ppr.getSpacing().setLineRule(STLineSpacingRule.EXACT);
        }
        if (cell.indent() > 0) {
            ppr.addNewInd().setLeft(BigInteger.valueOf(Math.round(cell.indent() * size * 20)));
        }
        ppr.addNewJc().setVal(switch (cell.align()) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
        });
        if (text.isEmpty()) {
            return;
        }
        CTR r = p.addNewR();
        CTRPr rpr = r.addNewRPr();
        if (cell.bold()) {
            rpr.addNewRFonts().setEastAsia("黑体");
            rpr.addNewB();
        }
        if (size != TableGrids.SIZE) {
            rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        }
        var t = r.addNewT();
        t.setStringValue(text);
        if (!text.equals(text.strip())) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }
}
