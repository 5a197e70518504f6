package cn.gongkai.domain.rules;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bundled sample (the Jiuzhou disclosure as published) and its real findings, message for message. */
class SampleFindingsTest {
    @Test
    void theSamplesRealFindings() {
        // the wording of its indicators (20 findings, issue 27) is counted and judged in IndicatorRuleTest
        List<String> lines = Validator.standard(RulesTest.FEB_10_2019).validate(TestData.sample()).stream()
                .filter(p -> !p.rule().startsWith("indicator-")).map(Problem::toLine).toList();
        assertEquals(List.of(
                "错误\t八、名词解释 › 1、一般公共预算拨款收入\t名词解释“一般公共预算拨款收入”写“省级财政”，本单位属区级财政（改为“区级财政”）",
                "错误\t八、名词解释 › 7、“三公”经费\t名词解释““三公”经费”写“省级财政”，本单位属区级财政（改为“区级财政”）",
                "警告\t基本信息 › 预算批复日期\t没有填写预算批复日期（部门预算应在批复后20日内公开；填写批复日期以便提醒期限）",
                "警告\t五、绩效表 › 13.政务管理 › 4、综治工作 › 辖区排查率\t工作活动“综治工作”下指标“辖区排查率”出现了两次（合并或改名）"),
                lines);
    }
}
