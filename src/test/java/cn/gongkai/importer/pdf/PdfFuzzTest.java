package cn.gongkai.importer.pdf;

import cn.gongkai.HostilePdfs;
import cn.gongkai.TestData;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whatever a file named .pdf is, the PDF reader gives text the importer reads or refuses it with a Chinese message:
 * random bytes, Gongkai's own PDF truncated or with bytes flipped, objects nested 100,000 deep, a page tree of
 * 100,000 pages or one that contains itself, a content stream that inflates to a gigabyte, a form that draws
 * itself, a font whose character map spans 268 million codes, a broken cross-reference table, and the inputs the
 * long run found (src/test/resources/pdf-fuzz). No other exception, no hang (a bound per case). (The long run is
 * cn.gongkai.bench.FuzzAll; this is the suite's quick one.)
 */
class PdfFuzzTest {
    /** Far above any case's normal time: a case that takes longer has hung (a hang detector, not a speed test). */
    private static final long BOUND_MS = 30_000;

    @TempDir
    Path dir;

    private int read;
    private int refusals;
    private long slowest;

    private void attempt(String what, byte[] bytes) throws Exception {
        Path file = Files.write(dir.resolve("case.pdf"), bytes);
        long t = System.nanoTime();
        try {
            String text = PdfText.read(file, 128L << 20);
            Draft d = new DisclosureTextImporter().read(text).draft();
            Validator.standard().validate(d);
            read++;
        } catch (BadInputException e) {
            assertTrue(e.getMessage() != null && e.getMessage().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff),
                    what + ": a refusal says why, in Chinese: " + e.getMessage());
            refusals++;
        } catch (RuntimeException | Error e) {
            fail(what + " threw " + e, e);
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        slowest = Math.max(slowest, ms);
        assertTrue(ms < BOUND_MS, what + " took " + ms + " ms");
    }

    @Test
    void anyFileGivesADraftOrAClearRefusal() throws Exception {
        Random r = new Random(Long.getLong("gongkai.fuzzSeed", 20261123L));
        Draft seed = new DisclosureTextImporter().read(Files.readString(TestData.seed("xiguan-subdistrict-2019.txt"))).draft();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfDisclosureRenderer().render(seed, Validator.standard().validate(seed), out);
        byte[] real = out.toByteArray();
        for (int i = 0; i < 30; i++) {
            byte[] random = new byte[r.nextInt(4096)];
            r.nextBytes(random);
            if (i % 2 == 0 && random.length > 8) {
                System.arraycopy("%PDF-1.7".getBytes(), 0, random, 0, 8); // a header, so the parser goes further
            }
            attempt("random bytes " + i, random);
        }
        for (int i = 0; i < 20; i++) {
            attempt("truncated " + i, Arrays.copyOf(real, r.nextInt(real.length)));
        }
        for (int i = 0; i < 20; i++) {
            byte[] flipped = real.clone();
            for (int k = 0; k < 1 + r.nextInt(8); k++) {
                flipped[r.nextInt(flipped.length)] ^= (byte) (1 + r.nextInt(255));
            }
            attempt("flipped " + i, flipped);
        }
        attempt("nested 100,000 deep", HostilePdfs.deepNesting(100_000));
        attempt("100,000 pages", HostilePdfs.manyPages(100_000));
        attempt("a page tree containing itself", HostilePdfs.cyclicPages());
        attempt("a content stream inflating to 1 GB", HostilePdfs.inflatingContent(1024));
        attempt("a form drawing itself", HostilePdfs.selfDrawingForm());
        attempt("a font mapping 268 million codes", HostilePdfs.hugeCharacterMap());
        attempt("a broken xref", HostilePdfs.brokenXref());
        attempt("the real file without its xref", HostilePdfs.withoutTail(real, 2000));
        attempt("an empty file", new byte[0]);
        try (var found = Files.list(Path.of("src/test/resources/pdf-fuzz"))) {
            for (Path p : found.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
                attempt("found by the long run: " + p.getFileName(), Files.readAllBytes(p));
            }
        }
        System.out.printf("pdf fuzz: %d read, %d refusals, slowest %d ms%n", read, refusals, slowest);
        assertTrue(refusals > 30 && read > 0, read + " read, " + refusals + " refused");
    }
}
