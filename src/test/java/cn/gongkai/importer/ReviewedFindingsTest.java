package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.pdf.PdfGlyphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * No false 错误 on real disclosures: each seed is imported as an officer would import it and its full list of
 * findings is compared with the list reviewed by hand next to it ({@code seeds/findings/SEED.tsv}), where every
 * finding is marked 真实问题 (a real fault of the published document, with why) or 提示 (a reminder about something
 * the published text cannot say, such as the approval date). A finding that is not on the list fails — and so does
 * one on the list that is no longer found, so that the list stays the truth. A 错误 must be a 真实问题.
 */
class ReviewedFindingsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    /** One reviewed line: 级别, 规则, 位置, 判定, 理由. */
    private record Reviewed(String severity, String rule, String place, String verdict, String why) {
        String key() {
            return severity + "\t" + rule + "\t" + place;
        }
    }

    /**
     * The seeds, then the disclosures written in other units' habits ({@link OtherUnitsTest}), then the post-reform
     * ones ({@link ReformUnitsTest}).
     */
    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019", "qinglong-county-office-2018", "xiguan-subdistrict-2019",
            "xiabancheng-2020", "kuancheng-agri-2019", "jianbei-subdistrict-2018", "luanping-market-2019",
            "kuancheng-agri-2024", "gushanzi-town-2025", "luanping-health-2023"})
    void everyFindingOnTheSeedIsOnItsReviewedList(String seed) throws Exception {
        Path other = OtherUnitsTest.DIR.resolve(seed + ".txt");
        Path reform = ReformUnitsTest.DIR.resolve(seed + ".txt");
        boolean post = Files.exists(reform);
        var draft = post ? ReformUnitsTest.imported(seed).draft()
                : new DisclosureTextImporter().read(Files.readString(Files.exists(other) ? other
                : TestData.seed(seed + ".txt"))).draft();
        List<Problem> found = Validator.standard(CLOCK, () -> post ? TableFixtures.CATALOGUE : SubjectCatalogue.EMPTY,
                new PdfGlyphs()).validate(draft);
        List<Reviewed> reviewed = read(Path.of("src/test/resources/seeds/findings", seed + ".tsv"));

        List<String> expected = new ArrayList<>(reviewed.stream().map(Reviewed::key).toList());
        List<String> unreviewed = new ArrayList<>();
        for (Problem p : found) {
            String key = p.severity().label() + "\t" + p.rule() + "\t" + p.location().label();
            if (!expected.remove(key)) {
                unreviewed.add(key + "\t?\t" + p.message());
            }
        }
        if (!unreviewed.isEmpty() || !expected.isEmpty()) {
            fail(seed + ": findings not on the reviewed list (review each and add it, or fix the check):\n"
                    + String.join("\n", unreviewed) + "\nreviewed but no longer found:\n" + String.join("\n", expected));
        }
        for (Reviewed r : reviewed) {
            assertTrue(r.verdict().equals("真实问题") || r.verdict().equals("提示"), r.key() + ": 判定应为 真实问题 或 提示");
            assertTrue(!r.why().isBlank(), r.key() + ": 理由 is missing");
            if (r.severity().equals(Severity.ERROR.label())) {
                assertEquals("真实问题", r.verdict(), r.key() + ": a 错误 on a published disclosure must be a real fault");
            }
        }
    }

    private static List<Reviewed> read(Path file) throws Exception {
        return Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(c -> {
                    if (c.length != 5) {
                        throw new IllegalStateException(file + ": 每行应有五列（级别、规则、位置、判定、理由）：" + String.join("|", c));
                    }
                    return new Reviewed(c[0], c[1], c[2], c[3], c[4]);
                })
                .collect(Collectors.toList());
    }
}
