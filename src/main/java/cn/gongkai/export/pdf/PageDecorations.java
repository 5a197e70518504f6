package cn.gongkai.export.pdf;

import cn.gongkai.export.DisclosureLayout;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.extgstate.PdfExtGState;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * What every page gets once the text is laid out: the page number "— 1 —" in 4号 below the text block (counted from
 * the first page after the front matter — cover and 目录 — which has none), and on a draft that is not ready for
 * publication a visible 草稿 mark.
 */
final class PageDecorations {
    private static final float PAGE_NUMBER_SIZE = 14f;
    private final PdfFonts.Set fonts;
    private final boolean draftMark;
    private final int frontPages;

    PageDecorations(PdfFonts.Set fonts, boolean draftMark, int frontPages) {
        this.fonts = fonts;
        this.draftMark = draftMark;
        this.frontPages = frontPages;
    }

    void apply(PdfDocument pdf, Document doc) {
        doc.flush();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            PdfPage page = pdf.getPage(i);
            Rectangle size = page.getPageSize();
            try (Canvas c = new Canvas(new PdfCanvas(page), size)) {
                if (i > frontPages) {
                    c.showTextAligned(new Paragraph("— " + (i - frontPages) + " —").setFont(fonts.body())
                                    .setFontSize(PAGE_NUMBER_SIZE), size.getWidth() / 2,
                            Typesetter.bottomMargin(size) - 7 * Typesetter.MM - PAGE_NUMBER_SIZE, TextAlignment.CENTER);
                }
                if (draftMark) {
                    c.showTextAligned(new Paragraph(DisclosureLayout.DRAFT_NOTICE).setFont(fonts.heading())
                                    .setFontSize(10.5f).setFontColor(ColorConstants.RED),
                            size.getWidth() / 2, size.getHeight() - 12 * Typesetter.MM, TextAlignment.CENTER);
                    PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
                    under.saveState().setExtGState(new PdfExtGState().setFillOpacity(0.25f));
                    try (Canvas mark = new Canvas(under, size)) {
                        mark.showTextAligned(new Paragraph("草 稿").setFont(fonts.heading()).setFontSize(110)
                                        .setFontColor(new DeviceGray(0.6f)), size.getWidth() / 2,
                                size.getHeight() / 2, i, TextAlignment.CENTER, VerticalAlignment.MIDDLE,
                                (float) Math.toRadians(45));
                    }
                    under.restoreState();
                }
            }
        }
    }
}
