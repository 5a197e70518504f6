package cn.gongkai.domain.newyear;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.importer.DisclosureTextImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rolling an imported seed forward gives a draft whose problems are the figures still to enter, the things a new
 * year always needs (approval date, this year's procurement and asset tables), and nothing else but what the
 * published source itself already had (kept, not hidden: the officer should fix them this year).
 */
class RollForwardSeedTest {
    private static final Set<String> NEW_YEAR = Set.of("figure-missing", "approval-date");

    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void onlyFiguresToEnterAndTheSourcesOwnFindings(String seed) throws Exception {
        Draft d = new DisclosureTextImporter().read(Files.readString(TestData.seed(seed))).draft();
        StandardGlossary g = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        Draft next = RollForward.apply(d, d.header().budgetYear() + 1, g);
        Validator v = Validator.standard();
        Set<String> inherited = v.validate(d).stream().map(p -> p.rule() + "@" + p.location().place())
                .collect(Collectors.toSet());
        List<Problem> other = v.validate(next).stream()
                .filter(p -> !NEW_YEAR.contains(p.rule()))
                .filter(p -> !inherited.contains(p.rule() + "@" + p.location().place()))
                .filter(p -> !(p.rule().equals("completeness") && p.message().contains("表为空")))
                .toList();
        assertEquals(List.of(), other.stream().map(p -> p.location().label() + "：" + p.message()).toList());
        assertTrue(v.validate(next).stream().anyMatch(p -> p.rule().equals("figure-missing")));
    }
}
