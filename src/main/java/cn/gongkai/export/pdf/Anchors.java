package cn.gongkai.export.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages headings land on, for the 目录: a paragraph marked here records, when it is drawn, the number of the page
 * it is drawn on.
 */
final class Anchors {
    private final Map<String, Integer> pages = new LinkedHashMap<>();

    /** Marks a paragraph as the target of a 目录 entry. */
    Paragraph mark(String entry, Paragraph p) {
        p.setNextRenderer(new Recording(p, entry));
        return p;
    }

    /** The page an entry's paragraph was drawn on (absolute, from 1); 0 when it was not drawn. */
    int page(String entry) {
        return pages.getOrDefault(entry, 0);
    }

    private final class Recording extends ParagraphRenderer {
        private final String entry;

        Recording(Paragraph p, String entry) {
            super(p);
            this.entry = entry;
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            pages.putIfAbsent(entry, getOccupiedArea().getPageNumber());
        }

        @Override
        public IRenderer getNextRenderer() {
            return new Recording((Paragraph) modelElement, entry);
        }
    }
}
