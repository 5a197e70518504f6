package cn.gongkai.importer.pdf;

import cn.gongkai.DraftDiff;
import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.importer.AsPrinted;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.ReformRoundTripTestAccess;
import cn.gongkai.importer.workbook.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Gongkai's own PDF read back: each seed imported, exported as PDF, the PDF imported again; and the 2025 sample with
 * its workbook — both templates, compared field for field through the exchange file (the tables' amounts naming
 * the PDF's cells as their source, by nature).
 */
class PdfRoundTripTest {
    @TempDir
    Path dir;

    private Path pdf(Draft d) throws Exception {
        Path file = dir.resolve("out.pdf");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfDisclosureRenderer().render(d, Validator.standard().validate(d), out);
        }
        return file;
    }

    private static List<String> differences(Draft a, Draft b) {
        return DraftDiff.of(a, b).stream().filter(d -> !d.contains("/sources")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void aSeedsPdfReadsBackAsTheSameDraft(String seed) throws Exception {
        Draft first = new DisclosureTextImporter().read(Files.readString(TestData.seed(seed))).draft();
        String text = PdfText.read(pdf(first), 64L << 20);
        Draft again = new DisclosureTextImporter().read(text).draft();
        assertEquals(List.of(), differences(first, again), seed + ": the draft read back from its PDF differs");
    }

    @Test
    void theSamplesPdfReadsBackAsTheSameDraft() throws Exception {
        Draft sample = ReformRoundTripTestAccess.sampleWithTables(dir);
        Draft first = sample.withHeader(sample.header().withAmountStyle(AmountStyle.AS_ENTERED));
        String text = PdfText.read(pdf(first), 64L << 20);
        Draft again = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text).draft();
        assertEquals(List.of(), differences(first, again), "the 2025 sample printed as entered, read back from its PDF");
        Draft rounded = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(PdfText.read(pdf(sample), 64L << 20))
                .draft();
        assertEquals(List.of(), differences(AsPrinted.of(sample), rounded),
                "the 2025 sample printed with two decimals, read back as printed");
    }
}
