package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.BadInputException;
import cn.gongkai.domain.ImportResult;
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
    private static final String ALPHABET = "一二三四五六七八九十、（）()：:，。；;%％≥≤≧≦<>-—…０１２３４５６７８９0123456789."
            + "万元单位年度预算收入支出部门职责工作活动绩效目标指标优良中差合计小计名称\t\n 　";

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
            String input = input(r, seeds, c);
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

    private static String input(Random r, List<String> seeds, int c) {
        String seed = seeds.get(r.nextInt(seeds.size()));
        return switch (c % 6) {
            case 0 -> random(r, r.nextInt(2000));
            case 1 -> slice(r, seed);
            case 2 -> lines(r, slice(r, seed), 0.1);
            case 3 -> flip(r, slice(r, seed), 20);
            case 4 -> c % 300 == 4 ? lines(r, seed, 0.05) : lines(r, slice(r, seed), 0.3);
            default -> c % 500 == 5 ? flip(r, seed, 200) : slice(r, seed).replace("\t", r.nextBoolean() ? "" : "\t\t");
        };
    }

    private static String random(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A piece of a seed, from a random line to a few thousand characters on. */
    private static String slice(Random r, String s) {
        int from = r.nextInt(s.length());
        int len = 200 + r.nextInt(6000);
        return s.substring(from, Math.min(s.length(), from + len));
    }

    /** Drops, repeats and swaps lines. */
    private static String lines(Random r, String s, double rate) {
        List<String> in = new ArrayList<>(List.of(s.split("\n", -1)));
        List<String> out = new ArrayList<>();
        for (String l : in) {
            double x = r.nextDouble();
            if (x < rate / 3) {
                continue;
            }
            out.add(l);
            if (x < rate * 2 / 3) {
                out.add(l);
            } else if (x < rate && out.size() > 1) {
                java.util.Collections.swap(out, out.size() - 1, r.nextInt(out.size()));
            }
        }
        return String.join("\n", out);
    }

    private static String flip(Random r, String s, int n) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < n && chars.length > 0; i++) {
            chars[r.nextInt(chars.length)] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
