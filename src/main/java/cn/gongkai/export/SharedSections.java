package cn.gongkai.export;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.writing.Narratives;

import java.time.format.DateTimeFormatter;

/** What both templates print alike: the units, 绩效, procurement and assets tables, the glossary, other matters. */
final class SharedSections {
    static final String EMPTY_TABLE = Narratives.EMPTY_TABLE;

    private SharedSections() {
    }

    /**
     * The 机构设置 written as prose, then the units table (with staffing columns on a landscape page of its own);
     * where the prose says it all and no unit is listed, no empty table.
     */
    static void orgUnits(Draft d, BlockList out) {
        String prose = d.texts().own(TextKey.ORG_UNITS_TEXT);
        if (!prose.isBlank()) {
            out.body(prose);
            if (d.orgUnits().isEmpty()) {
                return;
            }
        }
        out.orientation(d.showStaffing());
        out.tableTitle(d.showStaffing() ? "部门基本情况表" : "部门机构设置情况", null);
        if (d.showStaffing()) {
            out.caption(d.header().unitCode() + d.header().unitName(), "单位：人");
        }
        out.table(TableGrids.units(d));
        out.orientation(false);
    }

    /** The 部门职责-工作活动绩效目标 table (on the landscape page the caller turned to), titled, with its note. */
    static void performance(Draft d, BlockList out, String anchor) {
        out.mark(new cn.gongkai.domain.port.PagePart.PerformanceTable());
        out.tableTitle("部门职责-工作活动绩效目标", anchor);
        out.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                "单位：" + d.performance().unit().label());
        out.table(TableGrids.performance(d));
        boolean missingAmounts = d.performance().duties().stream()
                .flatMap(duty -> duty.activities().stream()).map(Activity::amount).anyMatch(a -> a == null);
        String note = d.texts().own(TextKey.PERFORMANCE_NOTE);
        if (!note.isBlank()) {
            out.note(note);
        } else if (missingAmounts) {
            out.note(Narratives.AMOUNT_NOTE);
        }
    }

    /** The 政府采购 table (landscape), with its 空表说明 when it has no rows. */
    static void procurement(Draft d, BlockList out) {
        out.tableTitle("部门政府采购预算", null);
        out.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                "单位：" + d.header().moneyUnit().label());
        out.table(TableGrids.procurement(d));
        if (d.procurement().isEmpty()) {
            String reason = d.texts().own(TextKey.PROCUREMENT_EMPTY_REASON);
            out.note(reason.isBlank() ? EMPTY_TABLE : reason);
        }
    }

    static void assets(Draft d, BlockList out) {
        out.tableTitle("部门固定资产占用情况表", null);
        out.caption("编制部门：" + d.header().unitName(), d.header().assetsAsOf() == null ? ""
                : "截止时间：" + d.header().assetsAsOf().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        out.table(TableGrids.assets(d));
        String assetsEmpty = d.texts().own(TextKey.ASSETS_EMPTY_REASON);
        if (!assetsEmpty.isBlank()) {
            out.note(assetsEmpty);
        }
    }

    static void glossary(Draft d, BlockList out) {
        int n = 0;
        for (GlossaryEntry g : d.glossary()) {
            out.body(++n + "、" + g.term() + "：" + g.definition());
        }
    }

    static void other(Draft d, BlockList out) {
        String other = d.texts().own(TextKey.OTHER_MATTERS);
        out.body(other.isBlank() ? "我部门无其他需要说明的事项。" : other);
    }
}
