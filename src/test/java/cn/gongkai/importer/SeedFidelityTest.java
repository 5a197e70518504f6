package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.PdfText;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Import each published seed, export it, and find the seed's content lines in the PDF's text in order: at least
 * 98% of them for each seed.
 */
class SeedFidelityTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void theSeedsLinesAppearInThePdfInOrder(String seed) throws Exception {
        String text = Files.readString(TestData.seed(seed));
        ImportResult result = new DisclosureTextImporter().read(text);
        String pdfText = printedText(result.draft(), dir.resolve("out.pdf"));
        List<String> lines = contentLines(text);
        int found = PdfText.inOrder(lines, pdfText);
        List<String> missing = lines.stream().filter(l -> !pdfText.contains(l)).toList();
        double share = 100.0 * found / lines.size();
        System.out.printf("fidelity %s: %d of %d seed lines in order (%.1f%%)%n", seed, found, lines.size(), share);
        assertTrue(share >= 98.0, seed + ": " + String.format("%.1f%%", share) + " of the seed's lines in order; missing "
                + missing.subList(0, Math.min(15, missing.size())));
    }

    /** The draft exported to {@code pdf} and read back as a reader sees it: text without page furniture or blanks. */
    static String printedText(Draft d, Path pdf) throws Exception {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            new PdfDisclosureRenderer().render(d, Validator.standard().validate(d), out);
        }
        return PdfText.squeezed(PdfText.withoutPageFurniture(PdfText.of(pdf, "-raw")));
    }

    /** The seed's lines as a reader sees them: whitespace removed, stray bookmarks and empty lines left out. */
    static List<String> contentLines(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String s = PdfText.squeezed(raw);
            if (s.isEmpty() || s.startsWith("[bookmark:")) {
                continue;
            }
            out.add(s);
        }
        return out;
    }
}
