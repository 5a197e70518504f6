package cn.gongkai.export.pdf;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.port.PageImage;
import cn.gongkai.domain.port.PageImages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders PDF pages with PDFBox. */
public final class PdfPageImages implements PageImages {
    @Override
    public List<PageImage> pages(Path pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return render(doc, dpi, 1, doc.getNumberOfPages());
        } catch (IOException e) {
            throw new BadInputException("无法显示 PDF 文件 " + pdf + "：" + e.getMessage());
        }
    }

    @Override
    public List<PageImage> pages(byte[] pdf, float dpi, int from, int to) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return render(doc, dpi, Math.max(1, from), Math.min(to, doc.getNumberOfPages()));
        } catch (IOException e) {
            throw new BadInputException("无法显示预览：" + e.getMessage());
        }
    }

    private static List<PageImage> render(PDDocument doc, float dpi, int from, int to) throws IOException {
        PDFRenderer r = new PDFRenderer(doc);
        List<PageImage> out = new ArrayList<>();
        for (int i = from - 1; i < to; i++) {
            BufferedImage b = r.renderImageWithDPI(i, dpi, ImageType.RGB);
            int w = b.getWidth();
            int h = b.getHeight();
            out.add(new PageImage(w, h, b.getRGB(0, 0, w, h, null, 0, w)));
        }
        return out;
    }
}
