package cn.gongkai.export.docx;

import cn.gongkai.export.Block;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the blocks of a disclosure as Word paragraphs and tables, each in its named style: titles and headings
 * as 标题 1–3 (the navigation pane's outline), body text as 正文, the 目录 as a TOC field over TC entries at the
 * blocks it points at, showing the PDF's page numbers until the application updates it.
 */
final class DocxBlocks implements Block.Visitor {
    /** A title longer than this many characters breaks after the unit's name, as the PDF's does. */
    private static final int TITLE_LINE = 20;

    private final XWPFDocument doc;
    private final DocxSections sections;
    private final Map<String, Integer> pages;
    private final Map<String, Block.Contents.Entry> entries = new HashMap<>();
    private XWPFParagraph last;
    private boolean lastIsTable;
    private boolean breakBefore;
    /** Something has been written since the current section started. */
    private boolean written;

    DocxBlocks(XWPFDocument doc, DocxSections sections, Map<String, Integer> pages) {
        this.doc = doc;
        this.sections = sections;
        this.pages = pages;
    }

    void write(List<Block> blocks) {
        blocks.forEach(b -> b.accept(this));
        sections.finish();
    }

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        if (breakBefore) {
            p.setPageBreak(true);
            breakBefore = false;
        }
        last = p;
        lastIsTable = false;
        written = true;
        return p;
    }

    private static void lines(XWPFParagraph p, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun r = p.createRun();
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines.get(i));
        }
    }

    /** The title in two lines, broken after the unit's name, when it is long and starts with it. */
    private static List<String> titleLines(String text, String unitName) {
        if (text.length() > TITLE_LINE && unitName != null && !unitName.isBlank() && text.startsWith(unitName)
                && text.length() > unitName.length()) {
            return List.of(unitName, text.substring(unitName.length()));
        }
        return List.of(text);
    }

    private void anchor(XWPFParagraph p, String anchor) {
        Block.Contents.Entry e = anchor == null ? null : entries.get(anchor);
        if (e != null) {
            DocxFields.entry(p, e.text(), e.sub() ? 2 : 1);
        }
    }

    @Override
    public void cover(Block.Cover b) {
        sections.frontMatter();
        lines(paragraph("CoverTitle"), titleLines(b.title(), b.unitName()));
        lines(paragraph("CoverUnit"), b.date().isEmpty() ? List.of(b.unitName()) : List.of(b.unitName(), b.date()));
    }

    @Override
    public void contents(Block.Contents b) {
        b.entries().forEach(e -> entries.put(e.anchor(), e));
        breakBefore = true;
        paragraph("ContentsTitle").createRun().setText("目　　录");
        List<Block.Contents.Entry> list = b.entries();
        for (int i = 0; i < list.size(); i++) {
            Block.Contents.Entry e = list.get(i);
            XWPFParagraph p = paragraph(e.sub() ? "TOC2" : "TOC1");
            if (i == 0) {
                DocxFields.begin(p, "TOC \\f \\h \\z");
            }
            p.createRun().setText(e.text());
            XWPFRun r = p.createRun();
            r.addTab();
            Integer page = pages.get(e.text());
            r.setText(page == null ? "" : page.toString());
            if (i == list.size() - 1) {
                DocxFields.end(p);
            }
        }
    }

    @Override
    public void page(Block.Page b) {
        if (!written) { // a section just begun, still empty: it takes the orientation asked for
            sections.orient(b.landscape());
        } else if (b.landscape() != sections.landscape() || (b.always() && sections.inFront())) {
            if (lastIsTable) {
                holder();
            }
            sections.next(last, b.landscape());
            written = false;
            breakBefore = false;
        } else if (b.always()) {
            breakBefore = true;
        }
    }

    /** An empty paragraph one point high, to carry a section's end after a table. */
    private void holder() {
        XWPFParagraph p = paragraph("Normal");
        p.setSpacingBetween(1, org.apache.poi.xwpf.usermodel.LineSpacingRule.EXACT);
        p.setIndentationFirstLine(0);
    }

    @Override
    public void title(Block.Title b) {
        XWPFParagraph p = paragraph("Heading1");
        lines(p, titleLines(b.text(), b.unitName()));
        anchor(p, b.anchor());
    }

    @Override
    public void heading(Block.Heading b) {
        paragraph(b.level() == 1 ? "Heading2" : "Heading3").createRun().setText(b.text());
        anchor(last, b.anchor());
    }

    @Override
    public void text(Block.Text b) {
        for (String line : b.text().split("\n")) {
            if (!line.isBlank()) {
                paragraph("Normal").createRun().setText(line.strip());
            }
        }
    }

    @Override
    public void note(Block.Note b) {
        paragraph("TableNote").createRun().setText(b.text());
    }

    @Override
    public void mark(Block.Mark b) {
        // the Word file has no live preview
    }

    @Override
    public void tableNumber(Block.TableNumber b) {
        XWPFParagraph p = paragraph("TableNumber");
        p.createRun().setText(b.text());
        anchor(p, b.anchor());
    }

    @Override
    public void tableTitle(Block.TableTitle b) {
        XWPFParagraph p = paragraph("TableTitle");
        p.createRun().setText(b.text());
        anchor(p, b.anchor());
    }

    @Override
    public void caption(Block.Caption b) {
        DocxCaption.write(paragraph("TableCaption"), b.parts(), sections.textWidth());
    }

    @Override
    public void table(Block.Table b) {
        if (breakBefore) {
            paragraph("TableCaption");
        }
        DocxTables.add(doc, b.grid(), sections.textWidth());
        lastIsTable = true;
        written = true;
    }
}
