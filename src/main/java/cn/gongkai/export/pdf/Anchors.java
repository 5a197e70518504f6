package cn.gongkai.export.pdf;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages headings land on, for the 目录: a paragraph marked here records, when it is drawn, the number of the page
 * it is drawn on.
 */
final class Anchors {
    private final Map<String, Integer> pages = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();

    /**
     * Marks a paragraph as the target of a 目录 entry (none: {@code entry} null) and of the entries deferred to the
     * next paragraph marked; a paragraph with neither is left as it is.
     */
    Paragraph mark(String entry, Paragraph p) {
        List<String> entries = new ArrayList<>(pending);
        pending.clear();
        if (entry != null) {
            entries.add(entry);
        }
        if (!entries.isEmpty()) {
            p.setNextRenderer(new Recording(p, List.copyOf(entries)));
        }
        return p;
    }

    /** Records {@code entry} on the next paragraph marked (the heading or table title a part begins with). */
    void defer(String entry) {
        pending.add(entry);
    }

    /** The page an entry's paragraph was drawn on (absolute, from 1); 0 when it was not drawn. */
    int page(String entry) {
        return pages.getOrDefault(entry, 0);
    }

    private final class Recording extends ParagraphRenderer {
        private final List<String> entries;

        Recording(Paragraph p, List<String> entries) {
            super(p);
            this.entries = entries;
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            for (String entry : entries) {
                pages.putIfAbsent(entry, getOccupiedArea().getPageNumber());
            }
        }

        @Override
        public IRenderer getNextRenderer() {
            return new Recording((Paragraph) modelElement, entries);
        }
    }
}
