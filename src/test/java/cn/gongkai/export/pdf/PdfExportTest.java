package cn.gongkai.export.pdf;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.ChineseNumbers;
import cn.gongkai.export.DisclosureLayout;
import cn.gongkai.export.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample exported to PDF and read back. */
class PdfExportTest {
    @TempDir
    static Path dir;
    static Draft sample;
    static Path pdf;
    static String raw;
    static String squeezed;

    @BeforeAll
    static void export() throws Exception {
        sample = TestData.sample();
        pdf = render(sample, "sample.pdf");
        raw = PdfText.of(pdf, "-raw");
        squeezed = PdfText.squeezed(raw);
    }

    static Path render(Draft d, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfDisclosureRenderer().render(d, Validator.standard().validate(d), out);
        }
        return file;
    }

    @Test
    void everySectionHeadingInOrder() {
        int at = squeezed.indexOf(PdfText.squeezed(sample.header().unitName() + "2019年部门预算信息公开"));
        assertTrue(at >= 0, "title");
        for (Section s : Section.values()) {
            if (s == Section.TABLES) {
                continue; // the 2018–2020 template prints the nine sections only
            }
            int next = squeezed.indexOf(PdfText.squeezed(s.heading()), at);
            assertTrue(next > at, s.heading() + " missing or out of order");
            at = next;
        }
    }

    @Test
    void theWholePerformanceTreeWithEveryThreshold() {
        int at = 0;
        int duty = 0;
        for (Duty d : sample.performance().duties()) {
            duty++;
            at = find(ChineseNumbers.of(duty) + "、" + d.name(), at);
            int activity = 0;
            for (Activity a : d.activities()) {
                activity++;
                at = find(activity + "、" + a.name(), at);
                for (Indicator i : a.indicators()) {
                    at = find(i.name(), at);
                    for (String g : i.grades()) {
                        at = find(g, at);
                    }
                }
            }
        }
    }

    private int find(String text, int from) {
        int i = squeezed.indexOf(PdfText.squeezed(text), from);
        assertTrue(i >= 0, "not found in order after " + from + ": " + text);
        return i;
    }

    @Test
    void everyFigureOfTheSampleIsPrinted() {
        sample.figures().asMap().forEach((k, v) -> {
            if (k.code().startsWith("last.")) {
                return; // last year's figures appear as the change against them
            }
            String plain = Amounts.plain(v);
            assertTrue(squeezed.contains(plain), k.label() + " " + plain + " not printed");
        });
        assertTrue(squeezed.contains("较2018年预算增加393.11万元"), "the change against last year");
        assertTrue(squeezed.contains("720.7986"));
        assertTrue(squeezed.contains("截止时间：2018年12月31日"));
    }

    @Test
    void fontsAreEmbeddedPagesAreA4AndNoHanziComesOutAsARadical() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 5);
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                float w = Math.min(box.getWidth(), box.getHeight());
                float h = Math.max(box.getWidth(), box.getHeight());
                assertEquals(PDRectangle.A4.getWidth(), w, 1f);
                assertEquals(PDRectangle.A4.getHeight(), h, 1f);
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " not embedded");
                }
            }
            assertEquals(sample.header().unitName(), doc.getDocumentInformation().getAuthor());
            assertTrue(doc.getDocumentInformation().getTitle().contains("2019年部门预算信息公开"));
            assertTrue(doc.getDocumentInformation().getCreationDate() != null);
        }
        assertFalse(raw.codePoints().anyMatch(c -> (c >= 0x2E80 && c <= 0x2EFF) || (c >= 0x2F00 && c <= 0x2FDF)),
                "a hanzi was mapped to a Kangxi radical");
    }

    @Test
    void chineseLineBreakingRulesHold() {
        for (String line : raw.split("\n")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            assertTrue(ChineseSplitCharacters.NO_LINE_START.indexOf(l.codePointAt(0)) < 0,
                    "line starts with closing punctuation: " + l);
            assertTrue(ChineseSplitCharacters.NO_LINE_END.indexOf(l.codePointBefore(l.length())) < 0
                            || l.endsWith("：") || l.length() < 3,
                    "line ends with opening punctuation: " + l);
        }
    }

    @Test
    void aDraftIsMarkedAndAFinalWithoutErrorsIsNot() throws Exception {
        assertTrue(raw.contains("草稿：尚未定稿"), "the sample is a 草稿");
        Draft fixed = sample.withGlossary(sample.glossary().stream().map(g -> new cn.gongkai.domain.model.GlossaryEntry(
                g.term(), g.definition().replace("省级", "区级"))).toList());
        Draft fin = fixed.withHeader(fixed.header().withStatus(DraftStatus.FINAL));
        assertTrue(Validator.hasErrors(Validator.standard().validate(sample)), "the sample's glossary says 省级");
        assertFalse(Validator.hasErrors(Validator.standard().validate(fin)), "corrected, it has no 错误");
        String text = PdfText.of(render(fin, "final.pdf"), "-raw");
        assertFalse(text.contains("草稿"), "a clean 定稿 exports without the mark");
    }

    @Test
    void anEmptyProcurementTableCarriesItsExplanation() throws Exception {
        Draft empty = sample.withProcurement(List.of());
        String text = PdfText.squeezed(PdfText.of(render(empty, "empty.pdf"), "-raw"));
        int table = text.indexOf("部门政府采购预算");
        assertTrue(table > 0);
        assertTrue(text.indexOf("政府采购项目来源", table) > table, "headers print");
        assertTrue(text.indexOf(DisclosureLayout.EMPTY_TABLE, table) > table, "the empty table is explained");
    }

    @Test
    void theAmountNotePrintsWhenActivitiesHaveNoAmount() {
        assertTrue(squeezed.contains(PdfText.squeezed(DisclosureLayout.AMOUNT_NOTE)));
    }

    @Test
    void noAmountIsPaddedPastItsDecimals() {
        assertFalse(raw.contains("0.000000"), "no zero padded to six decimals");
        assertFalse(java.util.regex.Pattern.compile("\\d\\.\\d{2}0000\\b").matcher(raw).find(),
                "no amount padded to six decimals");
    }
}
