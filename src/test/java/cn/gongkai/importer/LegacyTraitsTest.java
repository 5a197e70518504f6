package cn.gongkai.importer;

import cn.gongkai.TestData;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.rules.Validator;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traits of real 2018–2020 files the reader dropped: goals written by duty before the 绩效 table ("职责分类绩效目标情况
 * 说明：" and "1.1某某综合事务,……"), a 固定资产 table's "截止时间：上年12月31日", and 机构设置 given as a table under its
 * caption alone. Each on the 九州镇 seed changed only there.
 */
class LegacyTraitsTest {
    private static String seed() throws Exception {
        return Files.readString(TestData.seed("jiuzhou-town-2019.txt"));
    }

    private static ImportResult read(String text) {
        return new DisclosureTextImporter().read(text);
    }

    @Test
    void goalsWrittenByDutyBeforeTheTableGoWhereTheirNamesAre() throws Exception {
        String text = seed();
        int from = text.indexOf("职责分类绩效目标：");
        int to = text.indexOf("部门职责及工作活动绩效目标指标：");
        String goals = "职责分类绩效目标情况说明：\n"
                + "1.1政务服务,负责政务公开、单位会议管理、督察督办、政务联络、办事处日常工作等。\n"
                + "1.2某某综合事务,做好某某综合事务的协调与服务，全年无差错。\n";
        Draft plain = read(text).draft();
        Draft d = read(text.substring(0, from) + goals + text.substring(to)).draft();
        Duty service = d.performance().duties().stream().filter(x -> x.name().equals("政务服务")).findFirst()
                .orElseThrow();
        Duty before = plain.performance().duties().stream().filter(x -> x.name().equals("政务服务")).findFirst()
                .orElseThrow();
        assertEquals(before.target(), service.target(), "a duty whose goal the table states keeps it");
        assertTrue(d.dutyTargets().stream().anyMatch(t -> t.name().equals("政务服务")
                        && t.text().startsWith("负责政务公开")), "written otherwise: kept as a goal of 五");
        assertTrue(d.dutyTargets().stream().anyMatch(t -> t.name().equals("某某综合事务")), d.dutyTargets().toString());
        ImportResult r = read(text.substring(0, from) + goals + text.substring(to));
        assertTrue(r.unplaced().stream().noneMatch(l -> l.contains("综合事务") || l.contains("情况说明")),
                r.unplaced().toString());
    }

    @Test
    void anAssetsDateWrittenAsLastYearsEndIsRead() throws Exception {
        String text = seed().replace("截止时间：2018年12月31日", "截止时间：上年12月31日");
        Draft d = read(text).draft();
        assertEquals(LocalDate.of(2018, 12, 31), d.header().assetsAsOf());
        assertFalse(Validator.standard().validate(d).stream().anyMatch(p -> p.message().contains("截止")),
                "no false finding about the date");
    }

    @Test
    void unitsGivenAsATableUnderItsCaptionAloneAreTheUnits() throws Exception {
        String text = seed().replace("机构设置：\n部门机构设置情况\n", "本部门机构设置情况表\n")
                .replace("\t单位名称\n", "\t机构名称\n");
        Draft plain = read(seed()).draft();
        Draft d = read(text).draft();
        assertEquals(plain.orgUnits(), d.orgUnits());
        assertEquals(plain.texts().get(TextKey.DUTIES), d.texts().get(TextKey.DUTIES), "the caption is no duty");
        assertEquals(List.of(), read(text).unplaced().stream().filter(l -> l.contains("机构")).toList());
    }
}
