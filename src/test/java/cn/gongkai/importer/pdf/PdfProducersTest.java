package cn.gongkai.importer.pdf;

import cn.gongkai.DraftDiff;
import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.ReformRoundTripTestAccess;
import cn.gongkai.importer.workbook.TableFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * PDFs as other programs make them, read as the Word file they were made from: the sample's and a seed's Word file
 * saved as PDF by LibreOffice (as Word and WPS "另存为 PDF" do: tables bordered with thin filled rectangles, text set
 * by another line breaker). Runs where LibreOffice is installed (.ci/run installs it).
 */
class PdfProducersTest {
    @TempDir
    Path dir;

    static boolean libreOffice() {
        return Files.isExecutable(Path.of("/usr/bin/soffice"));
    }

    /** The Word file converted by LibreOffice, headless, into a PDF beside it. */
    static Path convert(Path docx, Path dir) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("LibreOffice did not finish");
        }
        return dir.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf"));
    }

    private Path docx(Draft d, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxDisclosureRenderer().render(d, Validator.standard().validate(d), Map.of(), out);
        }
        return file;
    }

    /**
     * The differences but the one LibreOffice makes itself: a 、 at the end of a line of a justified paragraph is
     * not drawn at all (pdftotext does not see it either), so the text read from its PDF lacks it.
     */
    private static List<String> differences(Draft a, Draft b) {
        return DraftDiff.of(a, b).stream().filter(d -> !d.contains("/sources")).filter(d -> !onlyCommaDropped(d))
                .toList();
    }

    private static boolean onlyCommaDropped(String difference) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": \"(.*)\" ≠ \"(.*)\"$").matcher(difference);
        return m.find() && !m.group(1).equals(m.group(2))
                && m.group(1).replace("、", "").equals(m.group(2).replace("、", ""))
                && m.group(1).length() - m.group(2).length() <= 2;
    }

    @Test
    void theSamplesWordFileSavedAsPdfByLibreOffice() throws Exception {
        assumeTrue(libreOffice(), "LibreOffice is not installed");
        Draft first = ReformRoundTripTestAccess.sampleWithTables(dir);
        Path word = docx(first, "sample.docx");
        Draft fromWord = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(DocxText.read(word, 64L << 20)).draft();
        String text = PdfText.read(convert(word, dir), 64L << 20);
        Draft fromPdf = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text).draft();
        assertEquals(List.of(), differences(fromWord, fromPdf));
    }

    @Test
    void aSeedsWordFileSavedAsPdfByLibreOffice() throws Exception {
        assumeTrue(libreOffice(), "LibreOffice is not installed");
        Draft first = new DisclosureTextImporter().read(Files.readString(TestData.seed("jiuzhou-town-2019.txt"))).draft();
        Path word = docx(first, "seed.docx");
        Draft fromWord = new DisclosureTextImporter().read(DocxText.read(word, 64L << 20)).draft();
        Draft fromPdf = new DisclosureTextImporter().read(PdfText.read(convert(word, dir), 64L << 20)).draft();
        assertEquals(List.of(), differences(fromWord, fromPdf));
    }
}
