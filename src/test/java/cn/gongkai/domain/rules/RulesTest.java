package cn.gongkai.domain.rules;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule: a passing case (the corrected sample) and a failing one, with the message it gives. */
class RulesTest {
    static final Clock FEB_10_2019 = Clock.fixed(LocalDate.of(2019, 2, 10).atStartOfDay(ZoneId.of("Asia/Shanghai"))
            .toInstant(), ZoneId.of("Asia/Shanghai"));

    /** The sample with its two real faults corrected: glossary at 区级, approval date given. */
    static Draft clean() {
        Draft d = TestData.sample();
        List<GlossaryEntry> g = d.glossary().stream()
                .map(e -> new GlossaryEntry(e.term(), e.definition().replace("省级", "区级"))).toList();
        DraftHeader h = d.header();
        return d.withGlossary(g).withHeader(h.withDates(LocalDate.of(2019, 2, 1), h.assetsAsOf()));
    }

    static Draft with(Draft d, FigureKey k, String v) {
        return d.withFigures(d.figures().with(k, v == null ? null : new BigDecimal(v)));
    }

    static List<Problem> run(Rule r, Draft d) {
        return r.check(d);
    }

    static Problem only(Rule r, Draft d) {
        List<Problem> p = r.check(d);
        assertEquals(1, p.size(), p.toString());
        return p.get(0);
    }

    @Test
    void theCorrectedSampleOnlyKeepsItsRepeatedIndicator() {
        List<Problem> all = Validator.standard(FEB_10_2019).validate(clean()).stream()
                .filter(p -> !p.rule().startsWith("indicator-")).toList(); // its indicators' wording: IndicatorRuleTest
        assertEquals(1, all.size(), all.toString());
        assertEquals("工作活动“综治工作”下指标“辖区排查率”出现了两次", all.get(0).message());
    }

    @Test
    void sumRule() {
        Rule r = Validator.standard().rules().stream().filter(x -> x.id().equals("basic-total")).findFirst().orElseThrow();
        assertTrue(run(r, clean()).isEmpty());
        Problem p = only(r, with(clean(), FigureKey.EXPENSE_PERSONNEL, "5014.3"));
        assertEquals(Severity.ERROR, p.severity());
        assertEquals(new Place.Figure(FigureKey.EXPENSE_BASIC), p.location().place());
        assertEquals("基本支出为5138.43万元，但各项之和为5138.53万元（人员经费5014.30 + 日常公用经费124.23），相差0.10万元",
                p.message());
    }

    @Test
    void balancedBudget() {
        Rule r = new BalancedBudgetRule();
        assertTrue(run(r, clean()).isEmpty());
        assertEquals("预算收入合计5176.59万元与预算支出合计5176.58万元不相等，相差0.01万元",
                only(r, with(clean(), FigureKey.INCOME_TOTAL, "5176.59")).message());
        Draft carried = with(with(clean(), FigureKey.INCOME_CARRY_OVER, "10"), FigureKey.EXPENSE_CARRY_FORWARD, "10");
        assertTrue(run(r, carried).isEmpty(), "结转结余 on both sides balance");
        assertEquals("预算收入合计5176.58万元加上年结转结余10.00万元与预算支出合计5176.58万元不相等，相差10.00万元",
                only(r, with(clean(), FigureKey.INCOME_CARRY_OVER, "10")).message());
    }

    @Test
    void requiredFigures() {
        Rule r = new RequiredFiguresRule(List.of(FigureKey.RUNNING_COST_TOTAL));
        assertTrue(run(r, clean()).isEmpty());
        assertEquals("尚未填写机关运行经费", only(r, with(clean(), FigureKey.RUNNING_COST_TOTAL, null)).message());
    }

    @Test
    void textAgainstFigures() {
        Rule r = new TextFiguresRule();
        assertTrue(run(r, clean()).isEmpty());
        List<Problem> both = run(r, with(clean(), FigureKey.EXPENSE_BASIC, "5138.53"));
        assertEquals(2, both.size(), "the stated amount and the stated change both disagree");
        Problem p = both.get(0);
        assertEquals(new Place.Figure(FigureKey.EXPENSE_BASIC), p.location().place());
        assertEquals("“支出说明”中写基本支出5138.43万元，但填写的基本支出为5138.53万元", p.message());
        Problem change = only(r, with(clean(), FigureKey.LAST_BASIC, "4746.95"));
        assertTrue(change.message().contains("基本支出增加391.58万元") && change.message().contains("比上年增加391.48万元"),
                change.message());
        Draft wrongDirection = clean().withTexts(clean().texts().with(TextKey.CHANGE, Narrative.own(
                clean().texts().get(TextKey.CHANGE).text().replace("基本支出增加391.58", "基本支出减少391.58"))));
        assertTrue(only(r, wrongDirection).message().contains("基本支出减少391.58万元"));
    }

    @Test
    void runningCostItemsAndUnitSlips() {
        Rule r = new RunningCostItemsRule();
        Draft items = clean().withRunningCostItems(List.of(new CostItem("办公费", new BigDecimal("6.2"), MoneyUnit.WAN_YUAN),
                new CostItem("水电费", new BigDecimal("0.5"), MoneyUnit.WAN_YUAN)));
        assertTrue(run(r, items).isEmpty());
        assertEquals("机关运行经费为6.70万元，但明细合计为6.60万元，相差0.10万元",
                only(r, items.withRunningCostItems(List.of(items.runningCostItems().get(0),
                        new CostItem("水电费", new BigDecimal("0.4"), MoneyUnit.WAN_YUAN)))).message());
        List<Problem> slip = run(r, items.withRunningCostItems(List.of(items.runningCostItems().get(0),
                new CostItem("水电费", new BigDecimal("5000"), MoneyUnit.YUAN))));
        assertEquals(1, slip.size(), "5000元 = 0.5万元 adds up: a habit, flagged as a 警告");
        assertEquals(Severity.WARNING, slip.get(0).severity());
        assertTrue(slip.get(0).message().contains("以元为单位，其他项目以万元为单位（换算后合计无误）"), slip.get(0).message());
        List<Problem> wrong = run(r, items.withRunningCostItems(List.of(items.runningCostItems().get(0),
                new CostItem("水电费", new BigDecimal("0.5"), MoneyUnit.YUAN))));
        assertEquals(Severity.ERROR, wrong.get(0).severity(), "0.5元 makes the total come out only as 0.5万元: a slip");
        assertTrue(wrong.get(0).message().contains("单位与其他项目（万元）不同，疑似单位写错"), wrong.get(0).message());
        // items that add up neither way: the sum is wrong, and reading 5000 as 万元 would not mend it
        List<Problem> neither = run(r, items.withRunningCostItems(List.of(items.runningCostItems().get(0),
                new CostItem("水电费", new BigDecimal("4000"), MoneyUnit.YUAN))));
        assertEquals(List.of("机关运行经费为6.70万元，但明细合计为6.60万元，相差0.10万元"),
                neither.stream().map(Problem::message).toList());
    }

    @Test
    void procurement() {
        Rule r = new ProcurementRule();
        assertTrue(run(r, clean()).isEmpty());
        List<ProcurementRow> rows = new ArrayList<>(clean().procurement());
        ProcurementRow a = rows.get(0);
        rows.set(0, new ProcurementRow(a.projectName(), a.projectBudget(), a.itemName(), a.catalogCode(),
                a.quantityUnit(), a.quantity(), new BigDecimal("0.36"), a.amount(), a.fundGeneral(), a.fundGovFund(),
                a.fundSpecial(), a.fundOtherIncome(), a.otherChannel()));
        assertEquals("政府采购表第1行（计算机设备及软件）：数量5 × 单价0.36万元 = 1.80万元，但金额为1.75万元",
                only(r, clean().withProcurement(rows)).message());
        rows.set(0, new ProcurementRow(a.projectName(), a.projectBudget(), a.itemName(), a.catalogCode(),
                a.quantityUnit(), a.quantity(), a.unitPrice(), a.amount(), new BigDecimal("1.5"), a.fundGovFund(),
                a.fundSpecial(), a.fundOtherIncome(), a.otherChannel()));
        assertTrue(only(r, clean().withProcurement(rows)).message().contains("各资金来源合计1.50万元，与总计1.75万元不符"));
        assertEquals("文字中的政府采购预算为5.76万元，但采购表合计为5.75万元",
                only(r, with(clean(), FigureKey.PROCUREMENT_TOTAL, "5.76")).message());
    }

    @Test
    void assets() {
        Rule r = new AssetsRule();
        assertTrue(run(r, clean()).isEmpty());
        assertEquals("办公用房面积10456平方米大于房屋面积10455平方米",
                only(r, with(clean(), FigureKey.ASSET_OFFICE_AREA, "10456")).message());
        DraftHeader h = clean().header();
        Draft wrongDate = clean().withHeader(h.withDates(h.approvalDate(), LocalDate.of(2017, 12, 31)));
        assertEquals("固定资产表截止时间为2017-12-31，应为上年末2018-12-31", only(r, wrongDate).message());
    }

    @Test
    void threePublicNeedsAReason() {
        Rule r = new ThreePublicReasonRule();
        assertTrue(run(r, clean()).isEmpty(), "the sample states 主要原因是…");
        Draft noReason = clean().withTexts(clean().texts().with(TextKey.THREE_PUBLIC, Narrative.GENERATED));
        assertEquals("“三公”经费比上年减少0.23万元，但没有说明增减原因", only(r, noReason).message());
        Draft given = noReason.withTexts(noReason.texts().with(TextKey.THREE_PUBLIC_REASON, Narrative.own("压减公车运行经费")));
        assertTrue(run(r, given).isEmpty());
    }

    @Test
    void glossaryLevel() {
        Rule r = new GlossaryLevelRule();
        assertTrue(run(r, clean()).isEmpty());
        List<Problem> p = run(r, TestData.sample());
        assertEquals(2, p.size());
        assertEquals("名词解释“一般公共预算拨款收入”写“省级财政”，本单位属区级财政", p.get(0).message());
    }

    @Test
    void completeness() {
        Rule r = new CompletenessRule();
        assertTrue(run(r, clean()).isEmpty());
        Draft empty = clean().withProcurement(List.of()).withGlossary(List.of());
        List<Problem> p = run(r, empty);
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).message().startsWith("政府采购表为空，没有说明原因"));
        assertEquals("没有名词解释", p.get(1).message());
        Draft explained = empty.withTexts(empty.texts().with(TextKey.PROCUREMENT_EMPTY_REASON,
                Narrative.own("本部门无政府采购预算，空表列示。")));
        assertEquals(1, run(r, explained).size());
    }

    @Test
    void approvalDate() {
        Rule onTime = new DatesRule(FEB_10_2019);
        assertTrue(run(onTime, clean()).isEmpty());
        assertEquals("没有填写预算批复日期", only(onTime, TestData.sample()).message());
        Rule late = new DatesRule(Clock.offset(FEB_10_2019, java.time.Duration.ofDays(20)));
        assertEquals("预算于2019-02-01批复，已过29天，超过20日公开期限", only(late, clean()).message());
        assertTrue(run(late, clean().withHeader(clean().header().withStatus(DraftStatus.FINAL))).isEmpty());
    }

    @Test
    void yearsInTheText() {
        Rule r = new YearsRule();
        assertTrue(run(r, clean()).isEmpty());
        Draft old = clean().withTexts(clean().texts().with(TextKey.OTHER_MATTERS, Narrative.own("2017年的事项。")));
        assertEquals("“其他需要说明的事项”中提到2017年，既不是预算年度2019年也不是上年", only(r, old).message());
    }

    static Draft tree(List<Duty> duties) {
        return clean().withPerformance(clean().performance().withDuties(duties));
    }

    static Indicator ind(String name, String... g) {
        return new Indicator(name, g[0], g[1], g.length > 2 ? g[2] : "", g.length > 3 ? g[3] : "",
                g.length > 2 ? GradeScale.FOUR : GradeScale.TWO);
    }

    @Test
    void performanceTreeShape() {
        Rule r = new PerformanceTreeRule();
        assertTrue(run(r, clean()).stream().allMatch(p -> p.severity() == Severity.WARNING),
                "the sample's only tree finding is a repeated indicator name");
        Activity ok = new Activity("政务公开", null, "", "", List.of(ind("公开率", "≥90%", "≥80%", "≥70%", "＜70%")));
        assertTrue(run(r, tree(List.of(new Duty("政务服务", null, "", "", List.of(ok))))).isEmpty());
        assertEquals("职责“应急管理”下没有工作活动",
                only(r, tree(List.of(new Duty("应急管理", null, "", "", List.of())))).message());
        assertEquals("工作活动“政务公开”没有绩效指标", only(r, tree(List.of(new Duty("政务服务", null, "", "",
                List.of(ok.withIndicators(List.of())))))).message());
        assertEquals("指标“公开率”缺少评价标准：中、差", only(r, tree(List.of(new Duty("政务服务", null, "", "",
                List.of(ok.withIndicators(List.of(new Indicator("公开率", "≥90%", "≥80%", "", "", GradeScale.FOUR))))))))
                .message());
        assertTrue(run(r, tree(List.of(new Duty("政务服务", null, "", "",
                List.of(ok.withIndicators(List.of(ind("是否完成", "完成", "未完成"))))))))
                .isEmpty(), "a two-grade scale is complete with two grades");
        List<Problem> dup = run(r, tree(List.of(new Duty("政务服务", null, "", "", List.of(ok, ok)))));
        assertEquals("职责“政务服务”下工作活动“政务公开”出现了两次", dup.get(0).message());
        assertEquals(Severity.WARNING, dup.get(0).severity());
    }

    @Test
    void performanceAmounts() {
        Rule r = new PerformanceTreeRule();
        Indicator i = ind("公开率", "≥90%", "≥80%", "≥70%", "＜70%");
        Activity a1 = new Activity("甲", new BigDecimal("20"), "", "", List.of(i));
        Activity a2 = new Activity("乙", new BigDecimal("18.15"), "", "", List.of(i));
        assertTrue(run(r, tree(List.of(new Duty("政务服务", new BigDecimal("38.15"), "", "", List.of(a1, a2))))).isEmpty());
        assertEquals("职责“政务服务”的年度预算数为38.15万元，但其工作活动合计38.16万元", only(r, tree(List.of(
                new Duty("政务服务", new BigDecimal("38.15"), "", "", List.of(a1, a2.withAmount(new BigDecimal("18.16")))))))
                .message());
        assertEquals("绩效表中各职责年度预算数合计40.00万元，不等于项目支出38.15万元，也不等于支出合计5176.58万元", only(r, tree(List.of(
                new Duty("政务服务", new BigDecimal("40"), "", "", List.of(a1.withAmount(new BigDecimal("40")))))))
                .message());
        // a table that lists the whole budget (basic spending as a duty of its own) adds up to 支出合计
        Activity basic = new Activity("机关运行", new BigDecimal("5138.43"), "", "", List.of(i));
        assertTrue(run(r, tree(List.of(new Duty("政务服务", new BigDecimal("38.15"), "", "", List.of(a1, a2)),
                new Duty("机关运行保障", new BigDecimal("5138.43"), "", "", List.of(basic))))).isEmpty());
        assertEquals("绩效表中各职责年度预算数合计5177.43万元，超过项目支出38.15万元和支出合计5176.58万元", only(r, tree(List.of(
                new Duty("政务服务", new BigDecimal("39"), "", "", List.of(a1, a2.withAmount(new BigDecimal("19")))),
                new Duty("机关运行保障", new BigDecimal("5138.43"), "", "", List.of(basic))))).message());
    }

    @Test
    void thresholds() {
        ThresholdRule r = new ThresholdRule();
        Location at = Location.perf(PerfPath.indicator(0, 0, 0), "x");
        for (String[] good : new String[][] {{"≥90%", "≥80%", "≥70%", "＜70%"}, {"100%", "≥95%", "≥90%", "＜90%"},
                {"≥4", "3", "2", "≤1"}, {"按时完成", "延迟5天以内", "延迟10天以内", "延迟10天以上"},
                {"≤2", "≤10", "≤20", "＞20"}, {"≥1亿", "≥8千万", "≥6千万", "＜6千万"}, {"完成", "未完成", "", ""},
                {"及时出台制度", "出台主要制度", "出台部分制度", "未及时出台"},
                {"≥95%", "90%≤X<95%", "85%≤X<90%", "<85%"}, {"≥95%", "95%>X≥90%", "90%>X≥85%", "<85%"},
                {"≥95%", "≥90%且<95%", "≥85%且<90%", "<85%"}}) {
            List<Problem> out = new ArrayList<>();
            r.check(new Indicator("指标", good[0], good[1], good[2], good[3],
                    good[2].isEmpty() ? GradeScale.TWO : GradeScale.FOUR), at, out);
            assertEquals(List.of(), out, String.join("/", good));
        }
        List<Problem> overlap = new ArrayList<>();
        r.check(ind("覆盖率", "≧90%", "90%-80%", "80%-70%", "≦70%"), at, overlap);
        assertEquals(1, overlap.size());
        assertTrue(overlap.get(0).message().contains("优“≧90%”与良“90%-80%”有重叠（90%同属两档）"), overlap.get(0).message());
        List<Problem> order = new ArrayList<>();
        r.check(ind("完成率", "≥80%", "≥90%", "≥70%", "＜70%"), at, order);
        assertEquals(Severity.ERROR, order.get(0).severity());
        assertTrue(order.get(0).message().contains("顺序不对"), order.get(0).message());
        List<Problem> gap = new ArrayList<>();
        r.check(ind("故障次数", "无故障", "故障次数小于5", "故障次数小于10", "故障次数大于20"), at, gap);
        assertTrue(gap.get(0).message().contains("之间有空档（10～20不属于任何一档）"), gap.get(0).message());
        List<Problem> between = new ArrayList<>();
        r.check(ind("参与率", "≥95%", "90%≤X<93%", "85%≤X<90%", "<85%"), at, between);
        assertTrue(between.size() == 1 && between.get(0).message().contains("之间有空档（93～95%不属于任何一档）"),
                between.toString());
        List<Problem> mixed = new ArrayList<>();
        r.check(ind("及时率", "按时", "≥90%", "≥80%", "＜80%"), at, mixed);
        assertTrue(mixed.get(0).message().contains("无法核对"));
        assertEquals(Severity.WARNING, mixed.get(0).severity());
        // scales in words that happen to hold numbers are qualitative (seen in 青龙 2018), and 无错误 is zero
        for (List<String> words : List.of(List.of("签批当日办结、分发", "签批2日内办结、分发", "签批3日内办结、分发", "签批3日后办结、分发"),
                List.of("提前3天", "按期办理", "推迟3天以内", "推迟3天以上"),
                List.of("组织2次并形成调研报告或分析报告", "组织1次并形成调研报告或分析报告", "组织调研未形成调研报告", "未组织"),
                List.of("无错误", "≤1‰", "≤2‰", "＞2‰"))) {
            List<Problem> out = new ArrayList<>();
            r.check(ind("指标", words.get(0), words.get(1), words.get(2), words.get(3)), at, out);
            assertEquals(List.of(), out, String.join("/", words));
        }
    }
}
