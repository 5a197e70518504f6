package cn.gongkai.service;

import cn.gongkai.DraftDiff;
import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.export.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text a draft may hold when it was pasted from anywhere — control characters, a 100,000-character paragraph,
 * right-to-left marks, emoji, rare CJK of extension B, XML's special characters — goes through the store, the checks,
 * the exchange file, the PDF and the Word file without a crash, and comes back from store and exchange file unchanged.
 */
class HostileTextTest {
    static final String CONTROL = "控制\u0001\u0007\u000b\u001b字符\u007f\u0085\u200b\u2028\u2029\ufeff";
    static final String RTL = "\u202eمرحبا\u202c\u200f从右到左\u200e";
    static final String EMOJI = "表情😀👍🏽🇨🇳";
    static final String EXT_B = "生僻字𠀀𠮷𪚥";
    static final String XML = "<w:p>&amp;\"'</w:t>]]>";

    @TempDir
    Path dir;

    static Draft hostile() {
        Draft d = TestData.sample();
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 100_000) {
            huge.append("很长的段落，").append(huge.length()).append("。");
        }
        d = d.withTexts(d.texts().with(TextKey.DUTIES, Narrative.own(CONTROL + "\n" + RTL + "\n" + EMOJI))
                .with(TextKey.OTHER_MATTERS, Narrative.own(huge + EXT_B + XML)));
        List<GlossaryEntry> glossary = new ArrayList<>(d.glossary());
        glossary.add(new GlossaryEntry(EMOJI + EXT_B, XML + RTL));
        d = d.withGlossary(glossary);
        Duty first = d.performance().duties().get(0);
        Activity act = new Activity(XML + EMOJI, null, CONTROL, RTL, List.of(new Indicator(EXT_B + "\u0000零", "≥90%",
                "", "", "<" + EMOJI, GradeScale.FOUR)));
        List<Duty> duties = new ArrayList<>(d.performance().duties());
        duties.set(0, new Duty(first.fields(), List.of(act)));
        return d.withPerformance(d.performance().withDuties(duties));
    }

    @Test
    void theSamplesAndTheSeedsHaveNothingUnprintable() throws Exception {
        try (Services s = new Composition().open(dir.resolve("plain"))) {
            List<Draft> drafts = new ArrayList<>();
            s.drafts().list().forEach(d -> drafts.add(s.drafts().load(d.id())));
            for (String seed : List.of("jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
                    "xiguan-subdistrict-2019.txt")) {
                drafts.add(new cn.gongkai.importer.DisclosureTextImporter().read(Files.readString(TestData.seed(seed)))
                        .draft());
            }
            for (Draft d : drafts) {
                assertEquals(List.of(), s.drafts().validate(d).stream().filter(p -> p.rule().equals("unprintable"))
                        .map(p -> p.message()).toList(), d.header().unitName() + " " + d.header().budgetYear());
            }
        }
    }

    @Test
    void hostileTextGoesEverywhereWithoutACrashAndComesBackUnchanged() throws Exception {
        Draft d = hostile();
        try (Services s = new Composition().open(dir.resolve("data"))) {
            long id = s.drafts().insert(d);
            Draft stored = s.drafts().load(id);
            assertEquals(List.of(), DraftDiff.of(d, stored), "the store keeps every character");
            List<cn.gongkai.domain.model.Problem> unprintable = s.drafts().validate(stored).stream()
                    .filter(p -> p.rule().equals("unprintable")).toList();
            assertTrue(unprintable.stream().anyMatch(p -> p.location().equals(cn.gongkai.domain.model.Location.of(TextKey.DUTIES))
                    && p.message().contains("控制字符")), "the control characters are reported where they stand: " + unprintable);
            assertTrue(unprintable.stream().anyMatch(p -> p.message().contains("打印字体中没有")),
                    "characters the font lacks are reported before export: " + unprintable);
            Draft back = new ExchangeReader().read(new ExchangeWriter().write(stored));
            assertEquals(List.of(), DraftDiff.of(stored, back), "the exchange file keeps every character");
            Path pdf = dir.resolve("x.pdf");
            s.exports().exportPdf(id, pdf);
            String text = PdfText.squeezed(PdfText.of(pdf, "-raw"));
            assertTrue(text.contains("很长的段落，99"), "the long paragraph is printed to its end");
            Path docx = dir.resolve("x.docx");
            s.exports().exportDocx(id, docx);
            try (var in = Files.newInputStream(docx);
                 var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                String all = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
                assertTrue(all.contains(EXT_B) && all.contains(EMOJI), "the Word file keeps them");
            }
        }
    }
}
