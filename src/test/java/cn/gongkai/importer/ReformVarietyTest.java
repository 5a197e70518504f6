package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.importer.workbook.TableFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The variety transformations of the 2018–2020 corpus ({@link Variations}) applied to today's template: the 2025
 * sample with its workbook, written as a Word file, its text transformed by each habit that has something to change
 * in it, imported again. The draft must keep at least 98 % of what the untransformed text gives — every figure,
 * every table cell, the 绩效 tree's items (the inventory of the 2018–2020 corpus, and the tables' cells) — and a
 * habit of writing must make no new 错误. The table printed at the end is the one in docs/benchmarks.md.
 */
class ReformVarietyTest {
    @TempDir
    static Path dir;
    private static String text;
    private static Draft base;
    private static final Map<String, String> TABLE = new ConcurrentSkipListMap<>();

    @BeforeAll
    static void sample() throws Exception {
        Draft first = ReformRoundTripTest.sampleWithTables(dir);
        Path docx = dir.resolve("公开.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxDisclosureRenderer().render(first, Validator.standard().validate(first), Map.of(), out);
        }
        text = DocxText.read(docx, 50L << 20);
        base = read(text);
    }

    private static Draft read(String t) {
        return new DisclosureTextImporter(TableFixtures.CATALOGUE).read(t).draft();
    }

    /** The draft's content as comparable strings: the 2018–2020 inventory and every table cell. */
    static List<String> inventory(Draft d) {
        List<String> out = VarietyCorpusTest.inventory(d);
        for (BudgetTable t : d.tables().all()) {
            for (BudgetRow r : t.rows()) {
                r.amounts().forEach((c, v) -> out.add("表 " + t.kind().code() + " " + r.key().id() + " " + c + "="
                        + Amounts.plain(Amounts.convert(v, t.unit(), cn.gongkai.domain.money.MoneyUnit.WAN_YUAN))));
            }
            out.add("空表说明 " + t.kind().code() + "：" + t.emptyStatement());
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Variations.class)
    void eachHabitOfWritingKeepsTheDraft(Variations v) {
        // the 2018–2020 sections 六 and 七 it finds by their numerals are other sections here (and 七 a duty of the
        // 绩效 table): there is nothing of the habit to try
        assumeTrue(v != Variations.TABLES_IN_YUAN, "procurement and assets tables are found by section numerals");
        String changed = v.apply(text);
        assumeTrue(!changed.equals(text.replace("\r\n", "\n")), v + " changes nothing in today's template");
        Draft d = read(changed);
        List<String> want = inventory(base);
        List<String> got = inventory(d);
        List<String> missing = new ArrayList<>();
        for (String item : want) {
            if (!got.remove(item)) {
                missing.add(item);
            }
        }
        double share = 100.0 * (want.size() - missing.size()) / want.size();
        TABLE.put(String.format("%02d", v.ordinal()), String.format("| %s | %d | %.1f %% |", v.label(), want.size(),
                share));
        assertTrue(share >= 98.0, v + String.format(": %.1f%% of the items; missing %s", share,
                missing.subList(0, Math.min(12, missing.size()))));
        List<String> newErrors = errors(d);
        newErrors.removeAll(errors(base));
        assertEquals(List.of(), newErrors, v + ": a habit of writing must not make a new 错误");
    }

    private static List<String> errors(Draft d) {
        return new ArrayList<>(Validator.standard(java.time.Clock.systemDefaultZone(), () -> TableFixtures.CATALOGUE)
                .validate(d).stream().filter(p -> p.severity() == Severity.ERROR)
                .map(p -> p.rule() + " " + p.location().label()).toList());
    }

    @AfterAll
    static void printTable() {
        System.out.println("| transformation (today's template) | items | in draft |");
        System.out.println("|---|---|---|");
        TABLE.values().forEach(System.out::println);
    }
}
