package cn.gongkai.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word fields as runs (begin, instruction, separate, result, end), so that a field may span paragraphs as the 目录
 * does and Word or WPS can update it: the 目录 ({@code TOC}), its entries ({@code TC}) and the page number.
 */
final class DocxFields {
    private DocxFields() {
    }

    /** Opens a field whose result follows in this and later paragraphs, up to {@link #end}. */
    static void begin(XWPFParagraph p, String instruction) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText t = p.createRun().getCTR().addNewInstrText();
        t.setStringValue(" " + instruction + " ");
        t.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void end(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** The current page's number, showing {@code shown} until the application computes it. */
    static void page(XWPFParagraph p, String shown) {
        begin(p, "PAGE");
        XWPFRun r = p.createRun();
        r.setText(shown);
        end(p);
    }

    /**
     * A 目录 entry at this paragraph: its text and level as the 目录 lists it (a table's number and title, a part's
     * name), which need not be the paragraph's own words. It shows nothing.
     */
    static void entry(XWPFParagraph p, String text, int level) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText t = p.createRun().getCTR().addNewInstrText();
        t.setStringValue(" TC \"" + text.replace('"', '\u201D') + "\" \\l " + level + " ");
        t.setSpace(SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
