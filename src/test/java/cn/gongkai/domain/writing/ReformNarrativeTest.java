package cn.gongkai.domain.writing;

import cn.gongkai.TestData;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.newyear.RollForward;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.ReformReasonsRule;
import cn.gongkai.domain.rules.ReformTextsRule;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The post-reform 情况说明 written from the tables: each paragraph says what the tables say; the officer's own
 * words are held to the tables the same way; every change against last year asks for its reason until written;
 * rolling forward makes this year's amounts next year's 上年 and keeps them through a new workbook.
 */
class ReformNarrativeTest {
    private static final RowKey.Subject ADMIN = f("2010301");
    private static final RowKey.Subject GENERAL = f("2010302");
    @TempDir
    static Path dir;
    static WorkbookTables workbook;
    static Draft clean;
    /** The township draft with last year's amounts: 行政运行 was 800, 一般行政管理事务 is new, the rest as now. */
    static Draft compared;

    private static RowKey.Subject f(String code) {
        return new RowKey.Subject(Classification.FUNCTION, code);
    }

    @BeforeAll
    static void read() throws Exception {
        workbook = TableFixtures.read(TownshipWorkbook.write(dir.resolve("预算.xlsx"),
                TownshipWorkbook.Shape.standard()));
        clean = WorkbookDrafts.newDraft(workbook, TableFixtures.glossary(), 2025);
        BudgetTable t5 = clean.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        java.util.Map<String, BigDecimal> growth = java.util.Map.of("2010301", new BigDecimal("50.123456"),
                "2010302", new BigDecimal("120"));
        List<BudgetRow> rows = t5.rows().stream().map(r -> {
            BigDecimal now = t5.amount(r, BudgetColumn.TOTAL);
            String code = r.key().fold(RowKey.Subject::code, l -> "");
            BigDecimal grew = growth.entrySet().stream().filter(e -> e.getKey().startsWith(code))
                    .map(java.util.Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
            return r.with(BudgetColumn.LAST_YEAR_TOTAL, r.key().equals(GENERAL) ? null : now.subtract(grew));
        }).toList();
        compared = cn.gongkai.domain.newyear.TableFigures.sync(clean.withTables(clean.tables().with(t5.withRows(rows))));
    }

    private static String text(Draft d, TextKey k) {
        return Narratives.text(d, k);
    }

    @Test
    void theParagraphsSayWhatTheTablesSay() {
        assertTrue(text(clean, TextKey.INCOME).startsWith("2025年收入预算1599.223456万元，其中：一般公共预算拨款收入"
                + "1599.223456万元，占100.00%"), text(clean, TextKey.INCOME));
        assertTrue(text(clean, TextKey.EXPENSE).contains("基本支出1299.223456万元，占81.24%；项目支出300.00万元，占18.76%"));
        assertTrue(text(clean, TextKey.EXPENSE).contains("按支出功能分类：一般公共服务支出1137.923456万元，占71.15%"));
        assertTrue(text(clean, TextKey.FISCAL_OVERVIEW).startsWith("2025年财政拨款收入预算1599.223456万元，其中："
                + "一般公共预算拨款1599.223456万元；财政拨款支出预算1599.223456万元"), text(clean, TextKey.FISCAL_OVERVIEW));
        assertEquals("2025年一般公共预算当年拨款1599.223456万元。", text(clean, TextKey.GENERAL_PUBLIC_SCALE),
                "without last year's amounts no change is claimed");
        assertTrue(text(clean, TextKey.GENERAL_PUBLIC_ITEMS).startsWith(
                "1. 一般公共服务支出（类）人大事务（款）行政运行（项）2025年预算数为12.50万元。\n"));
        assertEquals(11, text(clean, TextKey.GENERAL_PUBLIC_ITEMS).lines().count(), "one line per 项 with money");
        assertTrue(text(clean, TextKey.GENERAL_PUBLIC_BASIC).startsWith("2025年一般公共预算基本支出1299.223456万元，"
                + "其中：人员经费1121.423456万元，主要包括：基本工资、津贴补贴、退休费"), text(clean, TextKey.GENERAL_PUBLIC_BASIC));
        assertTrue(text(clean, TextKey.GENERAL_PUBLIC_BASIC).contains("公用经费177.80万元，主要包括：其他商品和服务支出、办公费"));
        assertEquals(clean.tables().get(TableKind.GOV_FUND_EXPENSE).orElseThrow().emptyStatement(),
                text(clean, TextKey.GOV_FUND_EXPENSE), "an empty table's paragraph is its 空表说明");
        assertTrue(text(clean, TextKey.THREE_PUBLIC).contains("“三公”经费预算安排17.00万元"));
    }

    @Test
    void changesByItemAskForTheirReasonUntilWritten() {
        String scale = text(compared, TextKey.GENERAL_PUBLIC_SCALE);
        assertEquals("2025年一般公共预算当年拨款1599.223456万元，比上年增加170.123456万元，增长11.90%，主要原因是……。",
                scale);
        String items = text(compared, TextKey.GENERAL_PUBLIC_ITEMS);
        assertTrue(items.contains("行政运行（项）2025年预算数为850.123456万元，比上年增加50.123456万元（增长6.27%），"
                + "主要原因是……。"), items);
        assertTrue(items.contains("一般行政管理事务（项）2025年预算数为120.00万元，比上年增加120.00万元（上年未安排），主要原因是……。"));
        assertTrue(items.contains("人大事务（款）行政运行（项）2025年预算数为12.50万元，与上年持平。"));
        List<String> asked = new ReformReasonsRule().check(compared).stream().map(Problem::message).toList();
        assertEquals(List.of("一般公共预算当年拨款比上年增加170.123456万元，还没有写主要原因",
                "2010301 行政运行（项）比上年增加50.123456万元，还没有写主要原因",
                "2010302 一般行政管理事务（项）比上年增加120.00万元，还没有写主要原因"), asked);

        BudgetTable t5 = compared.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        int i = t5.indexOf(ADMIN);
        int j = t5.indexOf(GENERAL);
        BudgetTable noted = t5.withRow(i, t5.rows().get(i).withNote("人员调资")).withRow(j,
                t5.rows().get(j).withNote("主要原因是新增办公楼维修项目。"));
        Draft explained = compared.withTables(compared.tables().with(noted)).withTexts(compared.texts()
                .with(TextKey.GENERAL_PUBLIC_SCALE_REASON, Narrative.own("人员调资和新增维修项目")));
        assertEquals(List.of(), new ReformReasonsRule().check(explained));
        assertTrue(text(explained, TextKey.GENERAL_PUBLIC_ITEMS).contains("（增长6.27%），主要原因是人员调资。"));
        assertTrue(text(explained, TextKey.GENERAL_PUBLIC_ITEMS).contains("（上年未安排），主要原因是新增办公楼维修项目。"));
        assertTrue(text(explained, TextKey.GENERAL_PUBLIC_SCALE).endsWith("主要原因是人员调资和新增维修项目。"));
    }

    /** Every generated paragraph, taken as the officer's own words, passes; any amount in it changed, fails. */
    @ParameterizedTest
    @EnumSource(value = TextKey.class, names = {"INCOME", "EXPENSE", "FISCAL_OVERVIEW", "GENERAL_PUBLIC_SCALE",
            "GENERAL_PUBLIC_STRUCTURE", "GENERAL_PUBLIC_ITEMS", "GENERAL_PUBLIC_BASIC"})
    void ownWordsAreHeldToTheTables(TextKey key) {
        String generated = text(compared, key);
        Draft own = compared.withTexts(compared.texts().with(key, Narrative.own(generated)));
        List<Problem> none = checks(own);
        assertEquals(List.of(), none, generated);
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)万元").matcher(generated);
        int checked = 0;
        while (m.find()) {
            String wrong = generated.substring(0, m.start(1)) + new BigDecimal(m.group(1)).add(BigDecimal.ONE)
                    .toPlainString() + generated.substring(m.end(1));
            List<Problem> found = checks(compared.withTexts(compared.texts().with(key, Narrative.own(wrong))));
            assertFalse(found.isEmpty(), "a changed amount in “" + wrong + "” is found");
            assertTrue(found.stream().allMatch(p -> p.location().section() == key.section()), found.toString());
            checked++;
        }
        assertTrue(checked >= 2, generated);
    }

    /** The checks of stated amounts: the post-reform paragraphs' own, and those of the wording both templates share. */
    private static List<Problem> checks(Draft d) {
        List<Problem> out = new java.util.ArrayList<>(new ReformTextsRule().check(d));
        out.addAll(new cn.gongkai.domain.rules.TextFiguresRule().check(d));
        return out;
    }

    @Test
    void rollingForwardMakesThisYearsAmountsLastYears() throws Exception {
        Draft next = RollForward.apply(clean, 2026, TableFixtures.glossary());
        BudgetTable t5 = next.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        BudgetTable was = clean.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        assertEquals(was.rows().stream().map(BudgetRow::key).toList(), t5.rows().stream().map(BudgetRow::key).toList(),
                "every subject row is kept");
        for (BudgetRow r : t5.rows()) {
            assertEquals(was.amount(was.row(r.key()).orElseThrow(), BudgetColumn.TOTAL), r.amount(BudgetColumn.LAST_YEAR_TOTAL));
            assertEquals(null, r.amount(BudgetColumn.TOTAL), "this year's amounts are empty");
        }
        assertEquals(new BigDecimal("1599.223456"), next.figures().get(FigureKey.LAST_GENERAL_PUBLIC));
        BudgetRow lastThree = next.tables().get(TableKind.THREE_PUBLIC).orElseThrow().line(BudgetLine.LAST_YEAR)
                .orElseThrow();
        assertEquals(new BigDecimal("17"), lastThree.amount(BudgetColumn.TOTAL));
        assertEquals(new BigDecimal("17"), next.figures().get(FigureKey.LAST_THREE_PUBLIC_TOTAL));
        assertFalse(next.figures().has(FigureKey.EXPENSE_TOTAL));

        Draft filled = WorkbookDrafts.into(next.withTables(next.tables().with(t5.withRow(t5.indexOf(ADMIN),
                t5.rows().get(t5.indexOf(ADMIN)).withNote("留着")))), workbook);
        BudgetTable after = filled.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        assertEquals(new BigDecimal("850.123456"), after.row(ADMIN).orElseThrow().amount(BudgetColumn.LAST_YEAR_TOTAL),
                "a new workbook keeps last year's column");
        assertEquals("留着", after.row(ADMIN).orElseThrow().note(), "and the officer's notes");
        assertEquals(new BigDecimal("850.123456"), after.row(ADMIN).orElseThrow().amount(BudgetColumn.TOTAL));
        assertEquals("2026年一般公共预算当年拨款1599.223456万元，与上年持平。", text(filled, TextKey.GENERAL_PUBLIC_SCALE)
                .replace("2025年", "2026年"));
    }

    @Test
    void aSeedRolledIntoThePostReformYearsSaysWhatMoved() throws Exception {
        Draft seed = TestData.sample();
        assertEquals(TemplateProfile.HEBEI_2018, seed.header().profile());
        Draft next = RollForward.apply(seed, 2025, TableFixtures.glossary());
        assertEquals(TemplateProfile.HEBEI_2021, next.header().profile());
        List<String> notes = RollForward.notes(seed, next);
        assertTrue(notes.get(0).startsWith("2019 年的数字已作为上年数（比较基数）："), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("模板改为“河北 预算管理一体化模板（2021 年起）”")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("原“事业收入”“事业单位经营收入”“其他收入”归入“单位资金收入”")));
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("上年一般公共预算当年拨款暂取 2019 年的一般公共预算收入")));
        assertEquals(seed.figures().get(FigureKey.INCOME_GENERAL_PUBLIC), next.figures().get(FigureKey.LAST_GENERAL_PUBLIC));
        Draft later = RollForward.apply(clean, 2026, TableFixtures.glossary());
        assertTrue(RollForward.notes(clean, later).stream().noneMatch(n -> n.startsWith("模板改为")),
                "within one template nothing moves");
        assertNotEquals(List.of(), RollForward.notes(clean, later));
    }
}
