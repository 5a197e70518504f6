package cn.gongkai.export.pdf;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Body text justified as Chinese text is: every line but a paragraph's last reaches the right margin, and the
 * characters of a number or a Latin word keep their natural spacing — the space is taken up between hanzi.
 */
class JustifiedTest {
    private static final String NUMBERS = "本单位2025年收入预算1599.223456万元，比上年增加170.12万元，增长11.90%；"
            + "其中OA系统运维费用12.50万元，办公设备购置费3.8万元，"
            + "按照GB/T 9704要求编排，一般公共预算拨款收入1599.22万元，占100.00%。";

    @Test
    void numbersAndLatinWordsAreNeverSpreadAndLinesReachTheMargin() throws Exception {
        Draft d = TestData.sample();
        d = d.withTexts(d.texts().with(TextKey.OTHER_MATTERS, Narrative.own(NUMBERS.repeat(6))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDisclosureRenderer().render(d, List.of(), out);
        List<List<TextPosition>> lines = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    lines.add(new ArrayList<>(positions));
                    super.writeString(text, positions);
                }
            };
            s.setSortByPosition(true);
            s.getText(doc);
        }
        float right = 0;
        int checked = 0;
        int filled = 0;
        for (List<TextPosition> line : lines) {
            String text = line.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            if (!text.contains("1599") && !text.contains("GB/T")) {
                continue;
            }
            for (int i = 0; i + 1 < line.size(); i++) {
                TextPosition a = line.get(i);
                TextPosition b = line.get(i + 1);
                if (narrow(a) && narrow(b)) {
                    float gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
                    assertTrue(Math.abs(gap) < 0.3f, "“" + a.getUnicode() + b.getUnicode() + "” spread by " + gap
                            + " pt in: " + text);
                    checked++;
                }
            }
            TextPosition last = line.get(line.size() - 1);
            right = Math.max(right, last.getXDirAdj() + last.getWidthDirAdj());
        }
        for (List<TextPosition> line : lines) {
            String text = line.stream().map(TextPosition::getUnicode).reduce("", String::concat);
            TextPosition last = line.get(line.size() - 1);
            if ((text.contains("1599") || text.contains("GB/T")) && !text.endsWith("100.00%。")
                    && right - (last.getXDirAdj() + last.getWidthDirAdj()) < 1f) {
                filled++;
            }
        }
        assertTrue(checked > 50, "pairs of digits and letters checked: " + checked);
        assertTrue(filled >= 3, "lines filled to the right margin: " + filled);
        assertEquals(Math.round(right), Math.round(595.28f - Typesetter.RIGHT), 2, "the right margin");
    }

    private static boolean narrow(TextPosition p) {
        String u = p.getUnicode();
        return u.length() == 1 && u.charAt(0) < 0x80 && !u.isBlank() && !"%".equals(u);
    }
}
