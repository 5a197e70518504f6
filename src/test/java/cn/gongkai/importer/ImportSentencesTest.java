package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.rules.Validator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figures read from sentences carry their sentence as evidence; a sentence that disagrees with a table is reported. */
class ImportSentencesTest {
    private static final String ASSETS = "廊坊市广阳区九州镇人民政府（含所属单位）上年末固定资产金额为720.7986万元，";

    private static ImportResult jiuzhou(String from, String to) throws Exception {
        String seed = Files.readString(TestData.seed("jiuzhou-town-2019.txt"));
        assertTrue(seed.contains(from));
        return new DisclosureTextImporter().read(seed.replace(from, to));
    }

    @Test
    void eachFigureFromASentenceNamesItsSentence() throws Exception {
        ImportResult r = jiuzhou("", "");
        assertTrue(r.recognised().contains("依据：预算收入合计 5176.58万元 ← “2019年预算收入5176.58万元”"), r.recognised().toString());
        assertTrue(r.recognised().contains("依据：机关运行经费 6.70万元 ← “我部门机关运行经费共计安排6.7万元”"));
        assertTrue(r.recognised().stream().noneMatch(l -> l.startsWith("依据：固定资产")), "the table gives the assets");
    }

    @Test
    void aSentenceThatDisagreesWithTheTableIsReportedAndTheTableStands() throws Exception {
        ImportResult r = jiuzhou(ASSETS, ASSETS.replace("720.7986", "702.7986"));
        assertEquals(0, new BigDecimal("720.7986").compareTo(r.draft().figures().get(FigureKey.ASSET_TOTAL)));
        List<String> conflicts = r.recognised().stream().filter(l -> l.startsWith("不一致：")).toList();
        assertEquals(1, conflicts.size(), r.recognised().toString());
        assertTrue(conflicts.get(0).contains("文字写702.7986万元") && conflicts.get(0).contains("表格为720.7986万元"),
                conflicts.get(0));
        assertTrue(Validator.standard().validate(r.draft()).stream().anyMatch(p -> p.severity() == Severity.ERROR
                && p.rule().equals("text-figures") && p.message().contains("702.7986")), "and the check says so too");
    }

    /** The false 错误: a sentence about planned purchases read as the asset total. */
    @Test
    void aPlannedPurchaseIsNotTheAssetTotal() throws Exception {
        ImportResult r = jiuzhou(ASSETS, ASSETS + "本年度拟购置固定资产总额12万元，已列入政府采购预算。");
        assertEquals(0, new BigDecimal("720.7986").compareTo(r.draft().figures().get(FigureKey.ASSET_TOTAL)));
        assertTrue(r.recognised().stream().noneMatch(l -> l.startsWith("不一致：")));
        assertTrue(Validator.standard().validate(r.draft()).stream().noneMatch(p -> p.rule().equals("text-figures")));
        // but the text ties it to section 六, whose budget is 5.75万元: that is checked
        List<String> tie = Validator.standard().validate(r.draft()).stream().filter(p -> p.rule().equals("cross-section"))
                .map(p -> p.severity().label() + " " + p.message()).toList();
        assertEquals(List.of("错误 “国有资产说明”说拟购置的12万元已列入政府采购预算，但政府采购预算为5.75万元"), tie);
        ImportResult fits = jiuzhou(ASSETS, ASSETS + "本年度拟购置固定资产5万元，已列入政府采购预算。");
        assertTrue(Validator.standard().validate(fits.draft()).stream().noneMatch(p -> p.rule().equals("cross-section")));
    }

    @Test
    void vehiclesRunWithoutVehiclesAreQuestioned() throws Exception {
        ImportResult r = jiuzhou("", "");
        var d = r.draft().withFigures(r.draft().figures().with(FigureKey.THREE_PUBLIC_VEHICLE_OPERATION, new BigDecimal("1.2"))
                .with(FigureKey.ASSET_VEHICLE_COUNT, BigDecimal.ZERO));
        assertTrue(Validator.standard().validate(d).stream().anyMatch(p -> p.rule().equals("cross-section")
                && p.severity() == Severity.WARNING && p.message().contains("车辆为0辆")));
    }
}
