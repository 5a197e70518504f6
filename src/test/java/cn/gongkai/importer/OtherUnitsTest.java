package cn.gongkai.importer;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.export.PdfText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disclosures written in other units' habits, not derived from the seeds ({@code other-units/README.md}): each
 * imports with every section found, nothing left unplaced, every figure its text states or its tables give, the
 * counts of its lists, and a PDF that prints its lines in order (≥ 98 %, as for the seeds). The table printed at
 * the end is the one in docs/benchmarks.md.
 */
class OtherUnitsTest {
    static final Path DIR = Path.of("src/test/resources/other-units");
    static final String[] FILES = {"xiabancheng-2020", "kuancheng-agri-2019", "jianbei-subdistrict-2018",
            "luanping-market-2019"};
    private static final Map<String, String> TABLE = new ConcurrentSkipListMap<>();

    @TempDir
    Path dir;

    static ImportResult imported(String name) throws Exception {
        return new DisclosureTextImporter().read(Files.readString(DIR.resolve(name + ".txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xiabancheng-2020", "kuancheng-agri-2019", "jianbei-subdistrict-2018", "luanping-market-2019"})
    void importsWhatTheTextSays(String name) throws Exception {
        String text = Files.readString(DIR.resolve(name + ".txt"));
        ImportResult r = imported(name);
        Draft d = r.draft();
        Map<String, String> want = expected(name);

        List<String> absent = want.containsKey("@absent") ? List.of(want.get("@absent") + "：未找到") : List.of();
        assertEquals(absent, r.recognised().stream().filter(l -> l.endsWith("：未找到")).toList(), "every section");
        assertEquals(want.get("@unplaced"), String.valueOf(r.unplaced().size()), "unplaced: " + r.unplaced());
        List<String> wrong = new ArrayList<>();
        int figures = 0;
        for (Map.Entry<String, String> e : want.entrySet()) {
            if (e.getKey().startsWith("@")) {
                continue;
            }
            figures++;
            BigDecimal got = d.figures().get(FigureKey.fromCode(e.getKey()));
            if (got == null || !Amounts.same(got, new BigDecimal(e.getValue()))) {
                wrong.add(e.getKey() + " 应为 " + e.getValue() + "，导入为 " + (got == null ? "（无）" : Amounts.plain(got)));
            }
        }
        for (FigureKey k : d.figures().asMap().keySet()) {
            if (!want.containsKey(k.code())) {
                wrong.add(k.code() + " 不应有，导入为 " + Amounts.plain(d.figures().get(k)));
            }
        }
        assertEquals(List.of(), wrong, name + ": figures");
        assertEquals(want.get("@unit"), d.header().moneyUnit().label());
        assertEquals(want.getOrDefault("@performanceUnit", want.get("@unit")), d.performance().unit().label());
        assertEquals(want.get("@assetsAsOf"), String.valueOf(d.header().assetsAsOf()));
        assertEquals(want.get("@duties"), String.valueOf(d.performance().duties().size()), "duties");
        assertEquals(want.get("@activities"), String.valueOf(d.performance().activityCount()), "activities");
        assertEquals(want.get("@indicators"), String.valueOf(d.performance().indicatorCount()), "indicators");
        assertEquals(want.get("@costItems"), String.valueOf(d.runningCostItems().size()), "机关运行经费 items");
        assertEquals(want.get("@glossary"), String.valueOf(d.glossary().size()), "glossary");
        assertEquals(want.get("@orgUnits"), String.valueOf(d.orgUnits().size()), "units");
        assertEquals(want.get("@procurement"), String.valueOf(d.procurement().size()), "procurement rows");
        if (want.containsKey("@orgText")) {
            assertTrue(d.texts().own(TextKey.ORG_UNITS_TEXT).startsWith(want.get("@orgText")), "机构设置 as prose");
        }
        if (want.containsKey("@report")) {
            assertTrue(r.recognised().contains(want.get("@report")), "the report says: " + want.get("@report"));
        }
        if (want.containsKey("@procurementEmpty")) {
            assertTrue(d.texts().own(TextKey.PROCUREMENT_EMPTY_REASON).startsWith(want.get("@procurementEmpty")));
        }

        String pdfText = SeedFidelityTest.printedText(d, dir.resolve("out.pdf"));
        String templateWords = want.getOrDefault("@templateWords", "(?!)");
        List<String> lines = PrintedLines.of(text, want.getOrDefault("@notPrinted", "")).stream()
                .filter(l -> !l.matches(templateWords)).map(l -> PrintedLines.asPrinted(l, pdfText)).toList();
        double share = 100.0 * PdfText.inOrder(lines, pdfText) / lines.size();
        TABLE.put(name, String.format("| %s | %d | %.1f %% | %d | %d | %d |", name, lines.size(), share, figures,
                d.performance().indicatorCount(), r.unplaced().size()));
        assertTrue(share >= 98.0, name + String.format(": %.1f%% of lines in order", share));
    }

    static Map<String, String> expected(String name) throws Exception {
        return expected(DIR, name);
    }

    static Map<String, String> expected(Path dir, String name) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : Files.readAllLines(dir.resolve(name + ".expected"))) {
            if (!l.isBlank() && !l.startsWith("#")) {
                String[] kv = l.split("\t", 2);
                out.put(kv[0], kv[1]);
            }
        }
        return out;
    }

    @AfterAll
    static void printTable() {
        System.out.println("| disclosure | lines | in PDF in order | figures | indicators | unplaced |");
        System.out.println("|---|---|---|---|---|---|");
        TABLE.values().forEach(System.out::println);
    }
}
