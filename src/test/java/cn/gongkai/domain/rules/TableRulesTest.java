package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each table rule on the consistent township draft and on one fault: what it says and where it points. */
class TableRulesTest {
    @TempDir
    static Path dir;
    static Draft clean;

    @BeforeAll
    static void read() throws Exception {
        clean = WorkbookDrafts.newDraft(TableFixtures.read(TownshipWorkbook.write(dir.resolve("预算.xlsx"),
                TownshipWorkbook.Shape.standard())), TableFixtures.glossary(), 2025);
    }

    private static Draft change(Draft d, TableKind kind, RowKey row, BudgetColumn c, String value) {
        BudgetTable t = d.tables().get(kind).orElseThrow();
        int i = t.indexOf(row);
        return d.withTables(d.tables().with(t.withRow(i, t.rows().get(i).with(c, new BigDecimal(value)))));
    }

    private static List<Problem> run(Rule r, Draft d) {
        return r.check(d);
    }

    private static final RowKey ITEM = new RowKey.Subject(Classification.FUNCTION, "2010301");
    private static final RowKey SECTION = new RowKey.Subject(Classification.FUNCTION, "20103");

    @Test
    void sumsNameTheTableTheRowTheColumnAndBothAmounts() {
        Rule r = new TableSumsRule();
        assertEquals(List.of(), run(r, clean));
        List<Problem> p = run(r, change(clean, TableKind.EXPENSE_SUMMARY, ITEM, BudgetColumn.BASIC, "850.133456"));
        assertEquals(2, p.size(), p.toString());
        assertEquals("部门支出总表“2010301 行政运行”的合计为850.123456万元，但基本支出850.133456 + 项目支出0.00 = 850.133456万元",
                p.get(0).message());
        assertEquals(new Place.Cell(TableKind.EXPENSE_SUMMARY, ITEM, BudgetColumn.TOTAL), p.get(0).location().place());
        assertEquals("部门支出总表“20103 政府办公厅（室）及相关机构事务”的基本支出为850.123456万元，但各项之和为850.133456万元，"
                + "相差0.01万元", p.get(1).message());
        assertEquals(new Place.Cell(TableKind.EXPENSE_SUMMARY, SECTION, BudgetColumn.BASIC), p.get(1).location().place());
    }

    @Test
    void theTwoHalvesOfTheSummaryBalance() {
        Draft d = change(clean, TableKind.INCOME_EXPENSE_SUMMARY, new RowKey.Line(BudgetLine.CARRY_OVER_IN),
                BudgetColumn.AMOUNT, "5");
        List<String> messages = run(new TableSumsRule(), d).stream().map(Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("收入总计") && m.contains("上年结转结余5")), messages.toString());
    }

    @Test
    void tablesAgreeWithEachOtherAcrossUnits() {
        Rule r = new TableLinksRule();
        assertEquals(List.of(), run(r, clean));
        BudgetTable inYuan = clean.tables().get(TableKind.GENERAL_PUBLIC_BASIC).orElseThrow().inUnit(MoneyUnit.YUAN);
        Draft mixed = clean.withTables(clean.tables().with(inYuan));
        assertEquals(List.of(), run(r, mixed), "a table in 元 beside tables in 万元 compares exactly");
        Draft off = change(clean, TableKind.GENERAL_PUBLIC_BASIC, new RowKey.Line(BudgetLine.TOTAL),
                BudgetColumn.TOTAL, "1299.233456");
        List<Problem> p = run(r, off);
        assertEquals(1, p.size(), p.toString());
        assertEquals("一般公共预算基本支出表“合计”合计1299.233456万元，与一般公共预算支出表“合计”基本支出1299.223456万元不一致，"
                + "相差0.01万元", p.get(0).message());
    }

    @Test
    void figuresTypedOverTheTablesAreErrors() {
        Rule r = new TableFiguresRule();
        assertEquals(List.of(), run(r, clean));
        Draft typed = clean.withFigures(clean.figures().with(FigureKey.EXPENSE_PROJECT, new BigDecimal("299")));
        List<Problem> p = run(r, typed);
        assertEquals(1, p.size());
        assertEquals("项目支出填写为299.00万元，但公开表中为300.00万元", p.get(0).message());
        assertEquals(new Place.Figure(FigureKey.EXPENSE_PROJECT), p.get(0).location().place());
        assertEquals(List.of(), run(r, TableFigures.sync(typed)), "syncing takes the tables' figure");
    }

    @Test
    void anEmptyTableNeedsItsStatement() {
        Rule r = new EmptyTablesRule();
        assertEquals(List.of(), run(r, clean), "the workbook's notes are the statements");
        BudgetTable t8 = clean.tables().get(TableKind.GOV_FUND_EXPENSE).orElseThrow().withEmptyStatement("");
        List<Problem> p = run(r, clean.withTables(clean.tables().with(t8)));
        assertEquals(1, p.size());
        assertEquals(Severity.WARNING, p.get(0).severity());
        assertEquals(new Place.Table(TableKind.GOV_FUND_EXPENSE), p.get(0).location().place());
        Draft none = clean.withTables(cn.gongkai.domain.budget.BudgetTables.NONE);
        assertEquals("还没有部门预算公开表", run(r, none).get(0).message());
        assertEquals(Severity.ERROR, run(r, none).get(0).severity());
    }

    @Test
    void subjectsAgainstTheYearsCatalogue() {
        Rule r = new SubjectsRule(() -> TableFixtures.CATALOGUE);
        assertEquals(List.of(), run(r, clean));
        BudgetTable t3 = clean.tables().get(TableKind.EXPENSE_SUMMARY).orElseThrow();
        List<BudgetRow> rows = new java.util.ArrayList<>(t3.rows());
        rows.removeIf(x -> x.key().equals(SECTION));
        rows.add(BudgetRow.of(new RowKey.Subject(Classification.FUNCTION, "2019999"), "其他一般公共服务支出"));
        rows.add(BudgetRow.of(new RowKey.Subject(Classification.FUNCTION, "2999999"), "自编科目"));
        rows.replaceAll(x -> x.key().equals(new RowKey.Subject(Classification.FUNCTION, "210"))
                ? x.withName("医疗卫生与计划生育支出") : x);
        List<String> m = run(r, clean.withTables(clean.tables().with(t3.withRows(rows)))).stream()
                .map(Problem::message).toList();
        assertTrue(m.contains("部门支出总表中的科目 2010301“行政运行”的上级科目 20103 不在表中"), m.toString());
        assertTrue(m.contains("部门支出总表中的科目 2999999“自编科目”不在2025年的政府收支分类科目中"), m.toString());
        assertTrue(m.contains("部门支出总表中的科目 210“医疗卫生与计划生育支出”在2025年的科目表中名为“卫生健康支出”"),
                m.toString());
    }

    @Test
    void aChangeOfTenPercentNeedsAReason() {
        Rule r = new ChangeReasonRule();
        Draft legacy = clean.withHeader(clean.header().withProfile(cn.gongkai.domain.budget.TemplateProfile.HEBEI_2018));
        assertEquals(List.of(), run(r, clean.withFigures(clean.figures().with(FigureKey.LAST_BASIC, BigDecimal.ONE))),
                "the post-reform 情况说明 explains changes by 项 instead (ReformReasonsRule)");
        Draft d = legacy.withFigures(clean.figures().with(FigureKey.LAST_BASIC, new BigDecimal("1000"))
                .with(FigureKey.LAST_PROJECT, new BigDecimal("295")).with(FigureKey.LAST_TOTAL, new BigDecimal("1295")));
        List<Problem> p = run(r, d);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(1).message().startsWith("基本支出比上年增加299.223456万元（29.9%），变化超过10%"), p.get(1).message());
        Draft explained = d.withTexts(d.texts().with(TextKey.BASIC_CHANGE_REASON, Narrative.own("主要是人员调资。")));
        assertEquals(List.of(), run(r, explained), "the reason of the part that moved explains the total too");
    }
}
