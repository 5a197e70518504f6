package cn.gongkai.export.pdf;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.renderer.AbstractRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out and draws a {@link GridBlock} a page at a time: the header rows, then as many whole body rows as fit; the
 * rest goes on in an overflow renderer on the next page. A row taller than a whole page (iText then asks again with
 * forced placement) is split between its lines. Backgrounds, then borders, then the text cell by cell in reading
 * order, so that copied or extracted text reads as the table does.
 */
final class GridRenderer extends AbstractRenderer {
    private static final float BORDER = 0.5f;
    private static final DeviceGray SHADE = new DeviceGray(0.92f);

    /** Lines {@code [from, to)} of body row {@code row} (to: -1 for all), and the height they take. */
    private record Segment(int row, int from, int to, float height, boolean split) {
    }

    private final GridBlock block;
    private final int fromRow;
    private final int fromLine;
    private List<Segment> placed = List.of();
    private GridGeometry geometry;

    GridRenderer(GridBlock block, int fromRow, int fromLine) {
        super(block);
        this.block = block;
        this.fromRow = fromRow;
        this.fromLine = fromLine;
    }

    @Override
    public LayoutResult layout(LayoutContext context) {
        LayoutArea area = context.getArea();
        Rectangle box = area.getBBox();
        GridGeometry g = block.geometry(box.getWidth());
        float size = g.grid.size();
        float line = size * GridGeometry.LEADING;
        float used = g.headerHeight();
        boolean forced = Boolean.TRUE.equals(getPropertyAsBoolean(Property.FORCED_PLACEMENT));
        List<Segment> out = new ArrayList<>();
        int row = fromRow;
        int first = fromLine;
        while (row < g.body.size()) {
            int lines = lines(g, row);
            float h = first == 0 ? g.bodyHeights[row] : (lines - first) * line + 2 * GridGeometry.PADDING;
            if (used + h <= box.getHeight() + 0.01f) {
                out.add(new Segment(row, first, -1, h, first > 0));
                used += h;
                row++;
                first = 0;
                continue;
            }
            if (out.isEmpty() && forced) { // taller than a page: the lines that fit here, the rest on the next
                int fit = Math.max(1, (int) ((box.getHeight() - used - 2 * GridGeometry.PADDING) / line));
                float part = fit * line + 2 * GridGeometry.PADDING;
                out.add(new Segment(row, first, first + fit, part, true));
                used += part;
                first += fit;
            }
            break;
        }
        if (out.isEmpty() && row < g.body.size()) {
            return new LayoutResult(LayoutResult.NOTHING, null, null, this, this);
        }
        LayoutArea occupied = new LayoutArea(area.getPageNumber(),
                new Rectangle(box.getX(), box.getTop() - used, box.getWidth(), used));
        if (row >= g.body.size()) {
            keep(out, g, occupied);
            return new LayoutResult(LayoutResult.FULL, occupied, this, null);
        }
        GridRenderer split = new GridRenderer(block, fromRow, fromLine);
        split.parent = parent;
        split.keep(out, g, occupied);
        return new LayoutResult(LayoutResult.PARTIAL, occupied, split, new GridRenderer(block, row, first));
    }

    private void keep(List<Segment> segments, GridGeometry g, LayoutArea occupied) {
        placed = segments;
        geometry = g;
        occupiedArea = occupied;
    }

    private static int lines(GridGeometry g, int row) {
        int n = 1;
        for (GridGeometry.Placed p : g.body.get(row)) {
            n = Math.max(n, p.lines().size());
        }
        return n;
    }

    @Override
    public void draw(DrawContext context) {
        PdfCanvas canvas = context.getCanvas();
        Rectangle box = occupiedArea.getBBox();
        GridGeometry g = geometry;
        List<Box> cells = new ArrayList<>();
        float top = box.getTop();
        float[] rowTops = new float[g.headerHeights.length + 1];
        rowTops[0] = top;
        for (int r = 0; r < g.headerHeights.length; r++) {
            rowTops[r + 1] = rowTops[r] - g.headerHeights[r];
        }
        for (GridGeometry.Placed p : g.header) {
            float yTop = rowTops[p.row()];
            cells.add(new Box(p, box.getX() + p.x(), yTop, yTop - rowTops[p.row() + p.rowSpan()], 0, -1, false));
        }
        float y = rowTops[g.headerHeights.length];
        for (Segment s : placed) {
            for (GridGeometry.Placed p : g.body.get(s.row())) {
                cells.add(new Box(p, box.getX() + p.x(), y, s.height(), s.from(), s.to(), s.split()));
            }
            y -= s.height();
        }
        canvas.saveState();
        for (Box c : cells) {
            if (c.cell().cell().shaded()) {
                canvas.setFillColor(SHADE).rectangle(c.x(), c.top() - c.height(), c.cell().width(), c.height()).fill();
            }
        }
        canvas.setLineWidth(BORDER).setStrokeColor(ColorConstants.BLACK);
        for (Box c : cells) {
            canvas.rectangle(c.x(), c.top() - c.height(), c.cell().width(), c.height());
        }
        canvas.stroke();
        canvas.setFillColor(ColorConstants.BLACK);
        for (Box c : cells) {
            text(canvas, c, g.grid.size());
        }
        canvas.restoreState();
    }

    /** A cell where it is drawn on this page: its top, its height, which of its lines, top-aligned when split. */
    private record Box(GridGeometry.Placed cell, float x, float top, float height, int from, int to, boolean split) {
    }

    private static void text(PdfCanvas canvas, Box b, float size) {
        GridGeometry.Placed p = b.cell();
        List<LineBreaker.Line> lines = p.lines();
        int to = b.to() < 0 ? lines.size() : Math.min(b.to(), lines.size());
        int from = Math.min(b.from(), to);
        if (from >= to) {
            return;
        }
        float leading = size * GridGeometry.LEADING;
        float block = (to - from) * leading;
        float inner = b.height() - 2 * GridGeometry.PADDING;
        float lineTop = b.top() - GridGeometry.PADDING - (b.split() ? 0 : Math.max(0, (inner - block) / 2));
        PdfFont font = p.font().font();
        float ascent = font.getFontProgram().getFontMetrics().getTypoAscender() * size / 1000f;
        float descent = font.getFontProgram().getFontMetrics().getTypoDescender() * size / 1000f;
        float baselineOffset = (leading - (ascent - descent)) / 2 + ascent;
        float left = b.x() + p.leftPadding(size);
        float right = b.x() + p.width() - GridGeometry.PADDING;
        for (int i = from; i < to; i++) {
            LineBreaker.Line l = lines.get(i);
            if (!l.text().isEmpty()) {
                float x = switch (p.cell().align()) {
                    case LEFT -> left;
                    case CENTER -> left + (right - left - l.width()) / 2;
                    case RIGHT -> right - l.width();
                };
                canvas.beginText().setFontAndSize(font, size).moveText(x, lineTop - baselineOffset).showText(l.text())
                        .endText();
            }
            lineTop -= leading;
        }
    }

    @Override
    public IRenderer getNextRenderer() {
        return new GridRenderer(block, fromRow, fromLine);
    }
}
