package cn.gongkai.export.pdf;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.port.DisclosureRenderer;
import cn.gongkai.domain.port.PrintedPages;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.export.DisclosureLayout;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The print-ready PDF of a draft: its {@link DisclosureLayout} typeset as Chinese official documents are (GB/T
 * 9704), page numbers "— n —" after the front matter, and on a draft not ready for publication the 草稿 mark.
 */
public final class PdfDisclosureRenderer implements DisclosureRenderer {
    /** Lets the fonts load in the background before the first export needs them. */
    @Override
    public void warmUp() {
        PdfFonts.preload();
    }

    @Override
    public void render(Draft d, List<Problem> problems, OutputStream out) throws IOException {
        render(d, problems, out, new java.util.HashMap<>(), new int[1]);
    }

    @Override
    public PrintedPages printed(Draft d, List<Problem> problems) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 19);
        int[] pageCount = new int[1];
        PdfBlocks blocks = render(d, problems, out, new java.util.HashMap<>(), pageCount);
        return new PrintedPages(out.toByteArray(), pageCount[0], blocks.headingPages());
    }

    @Override
    public Map<String, Integer> contentsPages(Draft d, List<Problem> problems) throws IOException {
        Map<String, Integer> pages = new java.util.LinkedHashMap<>();
        if (d.header().profile().tablesFirst()) { // only today's template has a 目录
            render(d, problems, OutputStream.nullOutputStream(), pages, new int[1]);
        }
        return pages;
    }

    /** Typesets the draft; fills {@code pages} (目录 entries) and {@code pageCount}; the blocks, for their pages. */
    private PdfBlocks render(Draft d, List<Problem> problems, OutputStream out, Map<String, Integer> pages,
                             int[] pageCount) throws IOException {
        PdfBlocks blocks;
        boolean draftMark = DisclosureLayout.draftMark(d, problems);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
             Document doc = new Document(pdf, PageSize.A4, false)) {
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(Narratives.text(d, TextKey.TITLE));
            info.setAuthor(d.header().unitName());
            info.setSubject(d.header().budgetYear() + "年部门预算信息公开");
            info.setCreator("Gongkai 预算公开编制助手");
            doc.setMargins(Typesetter.TOP, Typesetter.RIGHT, Typesetter.BOTTOM, Typesetter.LEFT);
            doc.setSplitCharacters(new ChineseSplitCharacters());
            PdfFonts.Set fonts = PdfFonts.forDocument();
            doc.setFont(fonts.body());
            blocks = new PdfBlocks(doc, fonts);
            int front = blocks.write(DisclosureLayout.of(d));
            pages.putAll(blocks.contentsPages());
            new PageDecorations(fonts, draftMark, front).apply(pdf, doc);
            pageCount[0] = pdf.getNumberOfPages();
        }
        return blocks;
    }
}
