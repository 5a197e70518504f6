package cn.gongkai.domain.versions;

import cn.gongkai.TestData;
import cn.gongkai.app.Jiuzhou2025;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.Performance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What changed between two drafts, each change once and nothing else: the seed against edited copies — a figure, a
 * paragraph, an indicator's threshold, the unit's name, a row of a list, a node of the tree, a cell of a 公开表 (whose
 * totals and figures follow it and are not reported again).
 */
class DraftCompareTest {
    @TempDir
    Path dir;

    private static List<String> lines(Draft a, Draft b) {
        return DraftCompare.of(a, b).stream().map(Change::line).toList();
    }

    @Test
    void aDraftAgainstItselfHasNoChange() {
        assertEquals(List.of(), lines(TestData.sample(), TestData.sample()));
    }

    @Test
    void oneFigureOneParagraphOneThresholdAreThreeLines() {
        Draft seed = TestData.sample();
        Draft copy = seed.withFigures(seed.figures().with(FigureKey.THREE_PUBLIC_RECEPTION, new BigDecimal("1.5")))
                .withTexts(seed.texts().with(TextKey.DUTIES, Narrative.own(seed.texts().own(TextKey.DUTIES)
                        .replace("负责本镇的行政管理工作", "负责本镇的行政管理和服务工作"))));
        copy = copy.withPerformance(threshold(copy.performance(), "≥95%"));
        List<String> got = lines(seed, copy);
        assertEquals(3, got.size(), String.join("\n", got));
        assertEquals("四、公务接待费\t0.00万元\t1.50万元（增加1.50万元）", got.get(0));
        assertTrue(got.get(1).startsWith("一、部门职责\t…") && got.get(1).contains("行政管理【】工作")
                && got.get(1).contains("行政管理【和服务】工作"), got.get(1));
        assertTrue(got.get(2).startsWith("五、绩效表 › 政务服务 › 政务公开 › 政务公开率\t优：≥90%")
                && got.get(2).contains("\t优：≥95%；良：≥80%"), got.get(2));
    }

    private static Performance threshold(Performance p, String excellent) {
        Duty d = p.duties().get(0);
        Activity a = d.activities().get(0);
        Indicator i = a.indicators().get(0).withGrade(0, excellent);
        List<Indicator> inds = new ArrayList<>(a.indicators());
        inds.set(0, i);
        List<Activity> acts = new ArrayList<>(d.activities());
        acts.set(0, a.withIndicators(inds));
        List<Duty> duties = new ArrayList<>(p.duties());
        duties.set(0, d.withActivities(acts));
        return new Performance(p.unit(), duties);
    }

    @Test
    void everyKindOfChangeOnce() {
        Draft seed = TestData.sample();
        List<OrgUnit> units = new ArrayList<>(seed.orgUnits());
        units.add(new OrgUnit("廊坊市广阳区九州镇文化站", "事业", "股级", "财政拨款", null));
        List<GlossaryEntry> glossary = new ArrayList<>(seed.glossary());
        GlossaryEntry g = glossary.get(0);
        glossary.set(0, new GlossaryEntry(g.term(), g.definition() + "（补充）"));
        Performance p = seed.performance();
        List<Duty> duties = new ArrayList<>(p.duties());
        Duty removed = duties.remove(duties.size() - 1);
        Draft copy = seed.withHeader(seed.header().withUnit("廊坊市广阳区九州镇政府", seed.header().unitCode()))
                .withOrgUnits(units, seed.showStaffing()).withGlossary(glossary)
                .withPerformance(new Performance(p.unit(), duties));
        List<String> got = lines(seed, copy);
        assertEquals(4, got.size(), String.join("\n", got));
        assertTrue(got.get(0).startsWith("基本信息 › 单位名称\t廊坊市广阳区九州镇人民政府\t廊坊市广阳区九州镇政府"), got.get(0));
        assertTrue(got.get(1).startsWith("一、机构设置 › 廊坊市广阳区九州镇文化站\t\t事业，股级，财政拨款"), got.get(1));
        assertTrue(got.get(2).startsWith("八、名词解释 › " + g.term()) && got.get(2).endsWith("（补充）"), got.get(2));
        assertTrue(got.get(3).startsWith("五、绩效表 › " + removed.name() + "\t") && got.get(3).endsWith("（删除）"),
                got.get(3));
    }

    /** A 项's cell in 表5: its 款, 类, 合计 and the figures the tables determine follow it; one change. */
    @Test
    void aTableCellOnceNotItsTotalsOrFigures() throws Exception {
        Draft d = Jiuzhou2025.withTables(dir);
        BudgetTable t5 = d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        RowKey admin = new RowKey.Subject(Classification.FUNCTION, "2010301");
        BigDecimal was = t5.value(admin, BudgetColumn.PERSONNEL);
        // typed as in the editor: the totals recomputed, and the figures that follow the tables
        BudgetTable changed = cn.gongkai.domain.budget.TableEdits.set(t5, admin, BudgetColumn.PERSONNEL,
                was.add(BigDecimal.TEN));
        Draft copy = TableFigures.sync(d.withTables(d.tables().with(changed)));
        List<String> got = lines(d, copy);
        assertEquals(1, got.size(), String.join("\n", got));
        assertTrue(got.get(0).startsWith("一般公共预算支出表 › 2010301 "), got.get(0));
    }
}
