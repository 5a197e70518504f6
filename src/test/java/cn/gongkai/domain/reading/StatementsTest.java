package cn.gongkai.domain.reading;

import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.MoneyUnit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sentence states a figure only when its clause is about that figure, this year, as budgeted. */
class StatementsTest {
    private static List<String> found(TextKey key, String text) {
        return Statements.in(key, text, 2019).stream().filter(s -> s.kind() == Statements.Kind.VALUE)
                .map(StatementsTest::show).toList();
    }

    private static List<String> changes(TextKey key, String text) {
        return Statements.in(key, text, 2019).stream().filter(s -> s.kind() == Statements.Kind.CHANGE)
                .map(StatementsTest::show).toList();
    }

    private static String show(Statements.Statement s) {
        return s.figures().stream().map(Enum::name).collect(Collectors.joining("+")) + "="
                + s.amount().toPlainString() + s.unit().label();
    }

    @Test
    void theFiguresASentenceStates() {
        assertEquals(List.of("INCOME_TOTAL=1234.567891万元", "INCOME_GENERAL_PUBLIC=1200万元", "INCOME_GOV_FUND=34.567891万元"),
                found(TextKey.INCOME, "本年收入总额1234.567891万元，其中一般公共预算拨款收入1200万元，政府性基金预算收入34.567891万元。"));
        assertEquals(List.of("INCOME_TOTAL=1234.567891万元", "INCOME_GENERAL_PUBLIC=1200万元", "INCOME_GOV_FUND=34.567891万元"),
                found(TextKey.INCOME, "本年收入总额1234.567891万元，其中一般公共预算拨款1200万元，政府性基金预算财政拨款34.567891万元。"));
        assertEquals(List.of("ASSET_TOTAL=720.7986万元"), found(TextKey.ASSETS,
                "九州镇人民政府（含所属单位）上年末固定资产金额为720.7986万元，本年度拟购置固定资产主要为计算机设备。"));
        assertEquals(List.of("ASSET_TOTAL=64.92万元"), found(TextKey.ASSETS, "截至2018年12月31日固定资产总额64.92万元。"));
        assertEquals(List.of("THREE_PUBLIC_RECEPTION=5000元"), found(TextKey.THREE_PUBLIC, "公务接待费5000元。"));
    }

    /** Other units' wordings of the same figures: "收入预算总额", "预算数为", thousands separators, 元. */
    @Test
    void otherUnitsWordings() {
        assertEquals(List.of("INCOME_TOTAL=1234.56万元", "INCOME_GENERAL_PUBLIC=1200.56万元", "INCOME_GOV_FUND=34万元"),
                found(TextKey.INCOME, "2019年收入预算总额1,234.56万元，比上年增加56.78万元，增长4.82%。其中：一般公共预算拨款收入"
                        + "1,200.56万元，占97.25%；政府性基金预算拨款收入34万元，占2.75%。"));
        assertEquals(List.of("EXPENSE_TOTAL=8765432.1元", "EXPENSE_BASIC=5432100元", "EXPENSE_PERSONNEL=4987600元",
                        "EXPENSE_PUBLIC_USE=444500元", "EXPENSE_PROJECT=3333332.1元"),
                found(TextKey.EXPENSE, "2019年部门预算支出8,765,432.10元。其中：基本支出5,432,100.00元，包括人员经费4,987,600.00元、"
                        + "日常公用经费444,500.00元；项目支出3,333,332.10元，主要用于农业技术推广等项目。"));
        assertEquals(List.of("EXPENSE_TOTAL=1860.45万元", "INCOME_GENERAL_PUBLIC=1860.45万元", "EXPENSE_PERSONNEL=1310.6万元"),
                found(TextKey.INCOME, "2019年建北街道办事处收支预算总额为1860.45万元。收入全部为一般公共预算拨款收入1860.45万元。"
                        + "其中工资福利支出等人员经费1310.6万元。"));
        assertEquals(List.of("RUNNING_COST_TOTAL=79.22万元"), found(TextKey.RUNNING_COSTS, "2019年机关运行经费预算为79.22万元，"
                + "比2018年减少3.5万元，主要用于办公费12万元。"));
        assertEquals(List.of("THREE_PUBLIC_TOTAL=9.6万元"), found(TextKey.THREE_PUBLIC, "2019年“三公”经费预算数为9.6万元。"));
        assertEquals(List.of("THREE_PUBLIC_TOTAL=5.6万元"), found(TextKey.THREE_PUBLIC, "2019年“三公”经费财政拨款预算数为5.6万元。"));
        assertEquals(List.of("INCOME_GENERAL_PUBLIC=1200万元"), found(TextKey.INCOME, "其中一般公共预算拨款1200万元。"));
        // the evidence does not stop at a thousands separator
        assertEquals("基本支出1,890.12万元（人员支出1,702.32万元", Statements.in(TextKey.EXPENSE,
                "其中：基本支出1,890.12万元（人员支出1,702.32万元，公用支出187.80万元）。", 2019).get(1).clause());
        assertEquals(List.of("PROCUREMENT_TOTAL=15万元"), found(TextKey.PROCUREMENT, "2019年我镇政府采购预算总额为15万元，其中：货物类10万元。"));
        assertEquals(List.of("ASSET_TOTAL=356.8万元", "ASSET_BUILDING_VALUE=210万元", "ASSET_VEHICLE_VALUE=18.5万元"),
                found(TextKey.ASSETS, "截至2018年12月31日，建北街道办事处固定资产原值合计356.8万元，其中房屋建筑物210万元，"
                        + "车辆1辆价值18.5万元。"));
        // a zero needs no unit
        assertEquals(List.of("THREE_PUBLIC_TOTAL=4.5万元", "THREE_PUBLIC_ABROAD=0万元", "THREE_PUBLIC_RECEPTION=1.5万元"),
                found(TextKey.THREE_PUBLIC, "2019年“三公”经费预算为4.5万元，其中：因公出国（境）费为0；公务接待费为1.5万元。"));
    }

    /** A head preceded by words that name another figure is not the total: "利息收入", "农村人居环境整治项目". */
    @Test
    void notATotalWhenTheWordsBeforeItNameSomethingElse() {
        assertEquals(List.of(), found(TextKey.INCOME, "其中利息收入2万元，房租收入3万元。"));
        assertEquals(List.of(), found(TextKey.EXPENSE, "例如综合业务事务管理项目安排60.95万元。"));
        assertEquals(List.of(), found(TextKey.EXPENSE, "农村人居环境整治支出60万元。"));
    }

    @Test
    void notAPlannedPurchaseNorLastYearNorAChange() {
        assertEquals(List.of(), found(TextKey.ASSETS, "本年度拟购置固定资产总额12万元，已列入政府采购预算。"));
        assertEquals(List.of(), found(TextKey.ASSETS, "计划购置固定资产原值3万元。"));
        assertEquals(List.of(), found(TextKey.THREE_PUBLIC, "2018年公务接待费0.06万元，本年减少0.01万元。"));
        assertEquals(List.of(), found(TextKey.THREE_PUBLIC, "上年公务接待费0.06万元。"));
        assertEquals(List.of(), found(TextKey.CHANGE, "基本支出增加391.58万元。"));
        assertEquals(List.of("THREE_PUBLIC_RECEPTION=0.05万元"),
                found(TextKey.THREE_PUBLIC, "2018年公务接待费0.06万元；2019年公务接待费0.05万元。"));
    }

    /** A change is about its own subject, else the figure stated last in its sentence, else the paragraph's first. */
    @Test
    void changesAndWhatTheyAreAbout() {
        assertEquals(List.of("EXPENSE_TOTAL=393.11万元", "EXPENSE_BASIC=391.58万元", "EXPENSE_PROJECT=1.53万元"),
                changes(TextKey.CHANGE, "2019年预算收支安排5176.58万元，较2018年预算增加393.11万元，其中：基本支出增加391.58万元，"
                        + "主要为工资方面的支出；项目支出增加1.53万元。"));
        assertEquals(List.of("EXPENSE_TOTAL=-50.3万元", "EXPENSE_BASIC=-50.34万元", "EXPENSE_PROJECT=0.04万元"),
                changes(TextKey.CHANGE, "2019年预算支出安排329.37万元，较2018年预算减少50.30万元，其中：基本支出减少50.34万元；"
                        + "项目支出增加 0.04万元。"));
        assertEquals(List.of("EXPENSE_TOTAL=432100元"), changes(TextKey.CHANGE, "与2018年相比，部门预算支出增加432,100.00元。"));
        assertEquals(List.of("INCOME_TOTAL=56.78万元"), changes(TextKey.INCOME, "2019年收入预算总额1,234.56万元，比上年增加56.78万元。"));
        // a sentence that opens with the change: the paragraph's first figure
        assertEquals(List.of("THREE_PUBLIC_TOTAL=-0.23万元", "THREE_PUBLIC_VEHICLE_PURCHASE+THREE_PUBLIC_VEHICLE_OPERATION=-0.23万元",
                        "THREE_PUBLIC_VEHICLE_OPERATION=-0.23万元", "THREE_PUBLIC_RECEPTION=0万元"),
                changes(TextKey.THREE_PUBLIC, "2019年，我部门财政拨款“三公”经费预算安排4.37万元。其中，公务接待费0万元。与2018年相比减少"
                        + "0.23万元，其中，公务用车购置及运维费减少0.23万元（其中：公务用车运维费减少0.23万元)。公务接待费0万元，与2018年相比持平。"));
        assertEquals(List.of("THREE_PUBLIC_RECEPTION=-0.4万元"), changes(TextKey.THREE_PUBLIC, "公务接待费1.6万元，比上年减少0.4万元。"));
        assertEquals(List.of("THREE_PUBLIC_TOTAL=0万元"), changes(TextKey.THREE_PUBLIC, "“三公”经费预算与上年持平。"));
        assertEquals(List.of("THREE_PUBLIC_VEHICLE_PURCHASE=0万元", "THREE_PUBLIC_VEHICLE_OPERATION=0万元"),
                changes(TextKey.THREE_PUBLIC, "其中：公务用车购置无变化，公务用车运行费无变化。"));
    }

    /** "公务用车购置及运维费" is the sum of two figures. */
    @Test
    void aSumOfTwoFigures() {
        assertEquals(List.of("THREE_PUBLIC_VEHICLE_PURCHASE+THREE_PUBLIC_VEHICLE_OPERATION=1.1万元",
                        "THREE_PUBLIC_VEHICLE_PURCHASE=0万元", "THREE_PUBLIC_VEHICLE_OPERATION=1.1万元"),
                found(TextKey.THREE_PUBLIC, "公务用车购置及运维费1.1万元（其中：公务用车购置费为0万元，公务用车运行费1.1万元)。"));
        assertTrue(Statements.in(TextKey.THREE_PUBLIC, "公务用车购置及运行维护费8万元。", 2019).get(0).figure().isEmpty());
    }

    @Test
    void theEvidenceIsTheClause() {
        Statements.Statement s = Statements.first(TextKey.RUNNING_COSTS, "2019年，我部门机关运行经费共计安排6.7万元，主要用于…",
                2019, FigureKey.RUNNING_COST_TOTAL).orElseThrow();
        assertEquals("我部门机关运行经费共计安排6.7万元", s.clause());
        assertEquals(new BigDecimal("67000"), s.in(MoneyUnit.YUAN).stripTrailingZeros().setScale(0));
        assertTrue(Statements.first(TextKey.RUNNING_COSTS, "无", 2019, FigureKey.RUNNING_COST_TOTAL).isEmpty());
    }

    /** The amounts a paragraph lists, for the 机关运行经费 items: their names cleaned, changes marked. */
    @Test
    void thePartsOfAList() {
        List<String> parts = Statements.parts("比2019年减少3.5万元，主要用于：办公费120,000元，维修（护）费4万元、培训费5000元。")
                .stream().map(p -> (p.change() ? "±" : "") + p.topic() + "=" + p.amount().toPlainString() + p.unit().label())
                .toList();
        assertEquals(List.of("±=-3.5万元", "办公费=120000元", "维修（护）费=4万元", "培训费=5000元"), parts);
    }
}
