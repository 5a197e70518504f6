package cn.gongkai.export.pdf;

import cn.gongkai.export.GridTable;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.element.BlockElement;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.kernel.pdf.tagutils.AccessibilityProperties;
import com.itextpdf.kernel.pdf.tagutils.DefaultAccessibilityProperties;

/**
 * A {@link GridTable} in the iText document flow, laid out and drawn by {@link GridRenderer} rather than by iText's
 * Table: the disclosure's tables are plain grids (header rows repeated on every page, rows kept whole, text in one
 * size), and iText's general table layout costs a renderer tree and a chain of property lookups per cell — most of an
 * export's time, and of a 5,000-indicator table's memory.
 */
final class GridBlock extends BlockElement<GridBlock> {
    private final GridTable grid;
    private final LineBreaker body;
    private final LineBreaker bold;
    private GridGeometry geometry;

    GridBlock(GridTable grid, LineBreaker body, LineBreaker bold) {
        this.grid = grid;
        this.body = body;
        this.bold = bold;
    }

    /** The table measured for {@code width} (one width per orientation: measured once, reused on every page). */
    GridGeometry geometry(float width) {
        if (geometry == null || Math.abs(geometry.width - width) > 0.01f) {
            geometry = new GridGeometry(grid, width, body, bold);
        }
        return geometry;
    }

    @Override
    protected IRenderer makeNewRenderer() {
        return new GridRenderer(this, 0, 0);
    }

    @Override
    public AccessibilityProperties getAccessibilityProperties() {
        return new DefaultAccessibilityProperties(StandardRoles.TABLE);
    }
}
