package cn.gongkai.export.pdf;

import cn.gongkai.domain.port.ChangeReport;
import cn.gongkai.domain.versions.Change;
import cn.gongkai.export.ChangeLayout;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The 对比 report typeset as the disclosure is (same fonts, margins, Chinese line breaking), with page numbers. */
public final class PdfChangeReport implements ChangeReport {
    @Override
    public void render(String title, String between, List<Change> changes, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer); Document doc = new Document(pdf, PageSize.A4, false)) {
            pdf.getDocumentInfo().setTitle(title + "对比报告");
            pdf.getDocumentInfo().setCreator("Gongkai 预算公开编制助手");
            PdfBlocks blocks = PdfBlocks.on(doc);
            blocks.write(ChangeLayout.of(title, between, changes));
            new PageDecorations(blocks.fonts(), false, 0).apply(pdf, doc);
        }
    }
}
