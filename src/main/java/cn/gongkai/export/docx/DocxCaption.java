package cn.gongkai.export.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

import java.math.BigInteger;
import java.util.List;

/**
 * The line above a table as the PDF sets it: 编制单位 on the left, 预算年度 centred before 单位 at the right margin,
 * by tab stops (so the officer edits one line of text, not a layout table); when the three do not fit on one line,
 * 编制单位 has the first line to itself.
 */
final class DocxCaption {
    /** The caption's size, 小四 (12 pt), in twips per character. */
    private static final int CHAR = 240;

    private DocxCaption() {
    }

    static void write(XWPFParagraph p, List<String> parts, int textWidth) {
        String left = parts.get(0);
        if (parts.size() == 1) {
            p.createRun().setText(left);
            return;
        }
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        String right = parts.get(parts.size() - 1);
        tab(tabs, STTabJc.RIGHT, textWidth);
        XWPFRun r = p.createRun();
        r.setText(left);
        if (parts.size() == 3) {
            String middle = parts.get(1);
            int middleWidth = width(middle) + 2 * CHAR;
            int rightWidth = width(right) + CHAR;
            tab(tabs, STTabJc.CENTER, textWidth - rightWidth - middleWidth / 2);
            if (width(left) + width(middle) + width(right) + 3 * CHAR > textWidth) {
                r.addBreak();
            }
            r.addTab();
            r.setText(middle);
        }
        r.addTab();
        r.setText(right);
    }

    private static void tab(CTTabs tabs, STTabJc.Enum kind, int pos) {
        var t = tabs.addNewTab();
        t.setVal(kind);
        t.setPos(BigInteger.valueOf(pos));
    }

    /** The width of a text in twips at 12 pt: Chinese characters full, Latin letters and digits half. */
    static int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += text.charAt(i) < 0x2E80 ? CHAR / 2 : CHAR;
        }
        return w;
    }
}
