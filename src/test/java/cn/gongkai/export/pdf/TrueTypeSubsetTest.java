package cn.gongkai.export.pdf;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one-pass subset, read by another parser (FontBox, PDFBox's), for the bundled fonts and DejaVu (the bundled ones
 * have no composite glyphs; installed fonts may): every used glyph — composites with the glyphs they are made of —
 * has the original's outline and advance width, the font ends after the highest one, and the
 * file's checksums hold.
 */
class TrueTypeSubsetTest {
    /** DejaVu, which GTK's fontconfig brings wherever the editor runs, has composite glyphs (accented letters). */
    private static final java.nio.file.Path DEJAVU = java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private static byte[] font(String name) throws Exception {
        if (name.startsWith("/")) {
            assumeTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of(name)), name + " is not installed");
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(name));
        }
        try (var in = TrueTypeSubsetTest.class.getResourceAsStream("/gongkai/fonts/" + name)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NotoSerifSC-Regular.ttf", "NotoSansSC-Regular.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"})
    void usedGlyphsKeepTheirOutlinesAndWidths(String name) throws Exception {
        byte[] bytes = font(name);
        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        Set<Integer> used = new TreeSet<>();
        for (int cp : "廊坊市广阳区九州镇人民政府2019年部门预算信息公开，（一）“三公”≥90%ABCxyz".codePoints().toArray()) {
            used.add(original.getUnicodeCmapLookup().getGlyphId(cp));
        }
        for (int g = 1; g < original.getNumberOfGlyphs(); g += 997) {
            used.add(g); // spread over the whole font
        }
        int picked = 0;
        for (int g = 1; g < original.getNumberOfGlyphs() && picked < 20; g++) {
            GlyphData d = original.getGlyph().getGlyph(g);
            if (d != null && d.getDescription().isComposite()) {
                used.add(g); // glyphs made of others: their parts must come along
                picked++;
            }
        }
        Map.Entry<Integer, byte[]> s = TrueTypeSubset.of(bytes, used).orElseThrow();
        int highest = used.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(s.getKey() > highest, "the font ends after the highest glyph used");
        TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(s.getValue()));
        assertEquals(s.getKey(), subset.getNumberOfGlyphs());
        int composites = 0;
        for (int g : used) {
            GlyphData want = original.getGlyph().getGlyph(g);
            GlyphData got = subset.getGlyph().getGlyph(g);
            assertEquals(original.getAdvanceWidth(g), subset.getAdvanceWidth(g), "width of glyph " + g);
            if (want == null) {
                continue;
            }
            assertNotNull(got, "glyph " + g);
            assertEquals(want.getPath().getBounds2D(), got.getPath().getBounds2D(), "outline of glyph " + g);
            composites += want.getDescription().isComposite() ? 1 : 0;
        }
        assertEquals(0xB1B0AFBAL, checksum(s.getValue()), "the file's checksum adjustment");
        assertTrue(composites > 0 || picked == 0, "the composite glyphs the font has among those checked");
        assertTrue(picked > 0 || !name.equals(DEJAVU.toString()), "DejaVu has composite glyphs");
    }

    /** The whole file's checksum, which with head's adjustment is 0xB1B0AFBA. */
    private static long checksum(byte[] b) {
        long sum = 0;
        for (int i = 0; i + 3 < b.length; i += 4) {
            sum += ((b[i] & 0xFFL) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
        }
        return sum & 0xFFFFFFFFL;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a font at all"})
    void whatItDoesNotUnderstandIsLeftToIText(String text) {
        assertTrue(TrueTypeSubset.of(text.getBytes(), Set.of(1, 2)).isEmpty());
    }
}
