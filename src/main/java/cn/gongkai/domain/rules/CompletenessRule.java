package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;

import java.util.ArrayList;
import java.util.List;

/** The inspectors' list: every section present and not empty, and every empty table explained. */
public final class CompletenessRule implements Rule {
    static final String STANDARD_EMPTY = "无此项公开内容，空表列示。";

    @Override
    public String id() {
        return "completeness";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        if (d.texts().own(TextKey.DUTIES).isBlank()) {
            out.add(Problems.error(id(), Location.of(TextKey.DUTIES), "没有填写部门职责", "写明本部门的主要职责"));
        }
        if (d.orgUnits().isEmpty() && d.texts().own(TextKey.ORG_UNITS_TEXT).isBlank()) {
            out.add(Problems.warning(id(), Location.row(ListTable.ORG_UNITS, 0, "机构设置"),
                    "机构设置表没有单位，也没有机构设置说明", "列出本部门及所属单位的名称、性质、规格和经费保障形式，或写明机构设置情况"));
        }
        if (d.texts().own(TextKey.PERFORMANCE_OVERALL).isBlank()) {
            out.add(Problems.error(id(), Location.of(TextKey.PERFORMANCE_OVERALL), "没有填写总体绩效目标",
                    "写明本年度的总体绩效目标"));
        }
        if (d.performance().duties().isEmpty()) {
            out.add(Problems.error(id(), Location.perfTable("部门职责-工作活动绩效目标"), "绩效表没有任何职责",
                    "按职责列出工作活动和绩效指标"));
        }
        if (d.procurement().isEmpty() && d.texts().own(TextKey.PROCUREMENT_EMPTY_REASON).isBlank()
                && !d.header().profile().tablesFirst()) { // today's template prints no empty procurement table
            out.add(Problems.warning(id(), Location.of(TextKey.PROCUREMENT_EMPTY_REASON),
                    "政府采购表为空，没有说明原因；导出时将写“" + STANDARD_EMPTY + "”", "写明为什么没有政府采购预算"));
        }
        boolean noAssets = d.figures().asMap().keySet().stream()
                .noneMatch(k -> k.section() == Section.ASSETS && k != FigureKey.PROCUREMENT_TOTAL);
        if (noAssets && d.texts().own(TextKey.ASSETS_EMPTY_REASON).isBlank()) {
            out.add(Problems.warning(id(), Location.of(TextKey.ASSETS_EMPTY_REASON),
                    "固定资产表为空，没有说明原因", "填写上年末固定资产，或写明为什么没有"));
        }
        if (d.glossary().isEmpty()) {
            out.add(Problems.error(id(), Location.row(ListTable.GLOSSARY, 0, "名词解释"), "没有名词解释",
                    "使用标准名词解释"));
        }
        return out;
    }
}
