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

    /** What typesetting a draft gave besides the bytes: its page count, and the blocks with their pages. */
    private record Typeset(int pageCount, PdfBlocks blocks) {
    }

    @Override
    public void render(Draft d, List<Problem> problems, OutputStream out) throws IOException {
        typeset(d, problems, out);
    }

    @Override
    public PrintedPages printed(Draft d, List<Problem> problems) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 19);
        Typeset t = typeset(d, problems, out);
        return new PrintedPages(out.toByteArray(), t.pageCount(), t.blocks().partPages());
    }

    @Override
    public Map<String, Integer> contentsPages(Draft d, List<Problem> problems) throws IOException {
        if (!d.header().profile().tablesFirst()) { // only today's template has a 目录
            return Map.of();
        }
        PdfBlocks blocks = typeset(d, problems, OutputStream.nullOutputStream()).blocks();
        return new java.util.LinkedHashMap<>(blocks.contentsPages());
    }

    /** Typesets the draft into {@code out}. */
    private Typeset typeset(Draft d, List<Problem> problems, OutputStream out) throws IOException {
        PdfBlocks blocks;
        int pageCount;
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
            blocks = PdfBlocks.on(doc);
            int front = blocks.write(DisclosureLayout.of(d));
            new PageDecorations(blocks.fonts(), draftMark, front).apply(pdf, doc);
            pageCount = pdf.getNumberOfPages();
        }
        return new Typeset(pageCount, blocks);
    }
}
