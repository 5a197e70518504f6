package cn.gongkai.export.docx;

import cn.gongkai.export.DisclosureLayout;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The 草稿 mark of a draft not ready for publication, as in the PDF: a red line at the head of every page and
 * "草 稿" written large and grey across it (Word's VML text watermark, which Word, WPS and LibreOffice show and keep).
 */
final class DocxDraftMark {
    private DocxDraftMark() {
    }

    static void write(XWPFHeader h) {
        XWPFParagraph p = h.createParagraph();
        p.setStyle("Header");
        XWPFRun r = p.createRun();
        r.setFontFamily("黑体", XWPFRun.FontCharRange.eastAsia); // rFonts before color, as the schema orders them
        r.setColor("FF0000");
        r.setText(DisclosureLayout.DRAFT_NOTICE);
        h.createParagraph().getCTP().set(watermark());
    }

    /** The watermark paragraph, from watermark.xml next to this class. */
    private static CTP watermark() {
        try (InputStream in = DocxParts.resource("watermark.xml")) {
            return CTP.Factory.parse(in, new XmlOptions().setLoadReplaceDocumentElement(null)); // w:p is the root
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("watermark.xml is not a paragraph", e);
        }
    }
}
