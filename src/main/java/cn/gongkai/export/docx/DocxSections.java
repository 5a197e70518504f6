package cn.gongkai.export.docx;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.math.BigInteger;

/**
 * The Word file's sections: A4 with the GB/T 9704 margins (portrait, or landscape for a wide table), the front
 * matter (cover, 目录) without page numbers, then "— n —" in the footer from 1; on a draft the 草稿 header. A
 * section's properties stand in its last paragraph, the last section's at the end of the body.
 */
final class DocxSections {
    static final int A4_SHORT = 11906;
    static final int A4_LONG = 16838;
    static final int TOP = 2098;
    static final int BOTTOM = 1984;
    static final int LEFT = 1588;
    static final int RIGHT = 1474;
    static final int LANDSCAPE_TOP_BOTTOM = 1417;

    private final XWPFDocument doc;
    private final String footer;
    private final String header;
    private boolean landscape;
    private boolean front;
    private boolean restart = true;

    DocxSections(XWPFDocument doc, boolean draftMark) {
        this.doc = doc;
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setStyle("Footer");
        p.createRun().setText("— ");
        DocxFields.page(p, "1");
        p.createRun().setText(" —");
        this.footer = doc.getRelationId(f);
        if (draftMark) {
            XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
            DocxDraftMark.write(h);
            this.header = doc.getRelationId(h);
        } else {
            this.header = null;
        }
    }

    boolean landscape() {
        return landscape;
    }

    /** The width of the text block of the current section, in twips. */
    int textWidth() {
        return (landscape ? A4_LONG : A4_SHORT) - LEFT - RIGHT;
    }

    /** From here on the front matter: no page numbers until the next section. */
    void frontMatter() {
        front = true;
    }

    boolean inFront() {
        return front;
    }

    /**
     * Ends the current section at {@code last}, its last paragraph; the next starts on a new page in the given
     * orientation (after the front matter, with page 1).
     */
    void next(XWPFParagraph last, boolean nextLandscape) {
        CTSectPr s = (last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr()).addNewSectPr();
        fill(s);
        restart = front;
        front = false;
        landscape = nextLandscape;
    }

    /** Sets the orientation of the current section, before anything is written in it. */
    void orient(boolean nowLandscape) {
        landscape = nowLandscape;
    }

    /** Writes the last section's properties; call once, after the last block. */
    void finish() {
        CTSectPr s = CTSectPr.Factory.newInstance();
        fill(s);
        doc.getDocument().getBody().setSectPr(s);
    }

    private void fill(CTSectPr s) {
        if (header != null) {
            reference(s.addNewHeaderReference(), header);
        }
        if (!front) {
            reference(s.addNewFooterReference(), footer);
        }
        CTPageSz size = s.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar m = s.addNewPgMar();
        int bottom = landscape ? LANDSCAPE_TOP_BOTTOM : BOTTOM;
        m.setTop(BigInteger.valueOf(landscape ? LANDSCAPE_TOP_BOTTOM : TOP));
        m.setBottom(BigInteger.valueOf(bottom));
        m.setLeft(BigInteger.valueOf(LEFT));
        m.setRight(BigInteger.valueOf(RIGHT));
        m.setHeader(BigInteger.valueOf(850));
        // the number's line 7 mm below the text block: its foot about 12 mm above the text block's foot
        m.setFooter(BigInteger.valueOf(bottom - 680));
        m.setGutter(BigInteger.ZERO);
        if (restart && !front) {
            s.addNewPgNumType().setStart(BigInteger.ONE);
            s.getPgNumType().setFmt(STNumberFormat.DECIMAL);
        }
    }

    private static void reference(CTHdrFtrRef ref, String id) {
        ref.setType(STHdrFtr.DEFAULT);
        ref.setId(id);
    }
}
