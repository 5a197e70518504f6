package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.rules.Validator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Any text gives a draft or a clear refusal, never another exception or a hang: 10,000 cases of random text,
 * random slices of the seeds and seeds with lines dropped, repeated, swapped and bytes flipped. Each case must
 * finish within a bound far above its normal time (a hang shows as a failure naming the case's seed).
 */
class ImportFuzzTest {
    private static final int CASES = 10_000;
    private static final long BOUND_MS = 2_000;

    @Test
    void tenThousandInputsGiveADraftOrAClearRefusal() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String s : List.of("jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
                "xiguan-subdistrict-2019.txt")) {
            seeds.add(Files.readString(TestData.seed(s)));
        }
        DisclosureTextImporter importer = new DisclosureTextImporter();
        Validator validator = Validator.standard();
        long seed = Long.getLong("gongkai.fuzzSeed", 20261123L);
        Random r = new Random(seed);
        int drafts = 0;
        int refusals = 0;
        long slowest = 0;
        for (int c = 0; c < CASES; c++) {
            String input = FuzzTexts.input(r, seeds, c);
            long t = System.nanoTime();
            try {
                ImportResult result = importer.read(input);
                assertNotNull(result.draft());
                validator.validate(result.draft()); // the checks take whatever the importer makes
                drafts++;
            } catch (BadInputException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a refusal says why");
                refusals++;
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + c + " (seed " + seed + ") threw " + e + " for input starting "
                        + input.substring(0, Math.min(200, input.length())), e);
            }
            long ms = (System.nanoTime() - t) / 1_000_000;
            slowest = Math.max(slowest, ms);
            assertTrue(ms < BOUND_MS, "case " + c + " (seed " + seed + ") took " + ms + " ms");
        }
        System.out.printf("fuzz: %d cases, %d drafts, %d refusals, slowest %d ms%n", CASES, drafts, refusals, slowest);
        assertTrue(drafts > CASES / 4, "most seed-like inputs still give a draft");
    }

    /** Found by the long fuzz run: a title "…2619年部门预算…" made a draft of a year the model refuses (a crash). */
    @Test
    void aYearOutOfRangeInTheTitleIsNotTakenForTheBudgetYear() throws Exception {
        String text = Files.readString(TestData.seed("jiuzhou-town-2019.txt")).replaceFirst("2019年", "2619年");
        ImportResult result = new DisclosureTextImporter().read(text);
        assertTrue(result.draft().header().budgetYear() != 2619);
    }
}
