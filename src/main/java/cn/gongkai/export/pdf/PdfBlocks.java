package cn.gongkai.export.pdf;

import cn.gongkai.export.Block;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;

import java.util.List;

/**
 * Typesets the blocks of a disclosure. The 目录 needs the pages of what it lists: the blocks it points at record the
 * page they are drawn on, so it is set after everything else and its pages are moved to where it stands (behind
 * the cover) — one layout pass.
 */
final class PdfBlocks implements Block.Visitor {
    private final Document doc;
    private final PdfFonts.Set fonts;
    private final Anchors anchors = new Anchors();
    private final Typesetter ts;
    /** The tables' text: one width cache per font for the whole document. */
    private final LineBreaker bodyLines;
    private final LineBreaker boldLines;
    private Block.Contents contents;
    private boolean covered;
    private final java.util.Map<String, Integer> numbers = new java.util.LinkedHashMap<>();
    private final List<cn.gongkai.domain.port.PagePart> parts = new java.util.ArrayList<>();
    private int front;
    private int inserted;

    PdfBlocks(Document doc, PdfFonts.Set fonts) {
        this.doc = doc;
        this.fonts = fonts;
        this.bodyLines = new LineBreaker(fonts.body());
        this.ts = new Typesetter(doc, fonts, anchors, bodyLines);
        this.boldLines = new LineBreaker(fonts.heading());
    }

    /**
     * The blocks' writer on a document set as every Gongkai PDF is: the margins of GB/T 9704, Chinese line breaking,
     * the body font.
     */
    static PdfBlocks on(Document doc) {
        doc.setMargins(Typesetter.TOP, Typesetter.RIGHT, Typesetter.BOTTOM, Typesetter.LEFT);
        doc.setSplitCharacters(new ChineseSplitCharacters());
        PdfFonts.Set fonts = PdfFonts.forDocument();
        doc.setFont(fonts.body());
        return new PdfBlocks(doc, fonts);
    }

    PdfFonts.Set fonts() {
        return fonts;
    }

    /** Writes every block; returns the number of front pages (cover and 目录), which carry no page number. */
    int write(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
        if (contents == null) {
            return 0;
        }
        doc.flush(); // draws the pages: the anchors now know where their blocks landed
        PdfDocument pdf = doc.getPdfDocument();
        int before = covered ? 1 : 0;
        int content = pdf.getNumberOfPages();
        ts.newPage(false);
        contents.entries().forEach(e -> numbers.put(e.text(), anchors.page(e.anchor()) - before));
        ts.contents(contents.entries().stream().map(e -> new String[] {(e.sub() ? " " : "") + e.text(),
                Integer.toString(numbers.get(e.text()))}).toList());
        doc.flush();
        int pages = pdf.getNumberOfPages() - content;
        for (int i = 0; i < pages; i++) {
            pdf.movePage(content + 1 + i, before + 1 + i);
        }
        front = before;
        inserted = pages;
        return before + pages;
    }

    /**
     * The page (of the finished file, from 1) each marked part begins on, once the document is closed: what the
     * live preview shows beside the part being edited.
     */
    java.util.Map<cn.gongkai.domain.port.PagePart, Integer> partPages() {
        java.util.Map<cn.gongkai.domain.port.PagePart, Integer> out = new java.util.LinkedHashMap<>();
        for (cn.gongkai.domain.port.PagePart part : parts) {
            int p = anchors.page(SECTION + part);
            if (p > 0) {
                out.put(part, p > front ? p + inserted : p); // the 目录's pages went in behind the cover
            }
        }
        return out;
    }

    @Override
    public void mark(Block.Mark b) {
        parts.add(b.part());
        ts.mark(SECTION + b.part());
    }

    private static final String SECTION = "§";

    /** The printed page number of each 目录 entry, once {@link #write} is done. */
    java.util.Map<String, Integer> contentsPages() {
        return java.util.Collections.unmodifiableMap(numbers);
    }

    @Override
    public void cover(Block.Cover b) {
        ts.cover(b.title(), b.unitName(), b.date());
        covered = true;
    }

    @Override
    public void contents(Block.Contents b) {
        contents = b;
    }

    @Override
    public void page(Block.Page b) {
        if (b.always()) {
            ts.newPage(b.landscape());
        } else {
            ts.orientation(b.landscape());
        }
    }

    @Override
    public void title(Block.Title b) {
        ts.title(b.text(), b.unitName(), b.anchor());
    }

    @Override
    public void heading(Block.Heading b) {
        if (b.level() == 1) {
            ts.heading(b.text(), null);
        } else {
            ts.subheading(b.text());
        }
    }

    @Override
    public void text(Block.Text b) {
        ts.body(b.text());
    }

    @Override
    public void note(Block.Note b) {
        ts.note(b.text());
    }

    @Override
    public void tableNumber(Block.TableNumber b) {
        ts.tableNumber(b.text(), b.anchor());
    }

    @Override
    public void tableTitle(Block.TableTitle b) {
        ts.tableTitle(b.text(), b.anchor());
    }

    @Override
    public void caption(Block.Caption b) {
        if (b.parts().size() == 3) {
            ts.caption(b.parts().get(0), b.parts().get(1), b.parts().get(2));
        } else {
            ts.caption(b.parts().get(0), b.parts().size() > 1 ? b.parts().get(1) : "");
        }
    }

    @Override
    public void table(Block.Table b) {
        ts.add(new GridBlock(b.grid(), bodyLines, boldLines));
    }
}
