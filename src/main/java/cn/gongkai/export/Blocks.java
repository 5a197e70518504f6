package cn.gongkai.export;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.GlossaryEntry;
import cn.gongkai.domain.TextKey;

import java.time.format.DateTimeFormatter;

/**
 * The pieces both templates print the same way: the 机构设置 table, the 绩效目标 table with its note, the 政府采购
 * table with its 空表说明, the 固定资产 table, 名词解释 and 其他需要说明的事项.
 */
final class Blocks {
    static final String EMPTY_TABLE = "无此项公开内容，空表列示。";
    static final String AMOUNT_NOTE = "备注：年度预算数为空的职责或工作活动，其经费已在基本支出或其他项目中统筹安排，未单独列示。";

    private final DisclosureTables tables;

    Blocks(DisclosureTables tables) {
        this.tables = tables;
    }

    /** The units table; with staffing columns on a landscape page of its own. */
    void orgUnits(Draft d, Typesetter ts) {
        ts.orientation(d.showStaffing());
        ts.tableTitle(d.showStaffing() ? "部门基本情况表" : "部门机构设置情况");
        if (d.showStaffing()) {
            ts.caption(d.header().unitCode() + d.header().unitName(), "单位：人");
        }
        ts.add(tables.units(d, d.showStaffing() ? 9f : Typesetter.TABLE_SIZE));
        ts.orientation(false);
    }

    /** The 部门职责-工作活动绩效目标 table (on the landscape page the caller turned to), titled, with its note. */
    void performance(Draft d, Typesetter ts, String entry) {
        ts.tableTitle("部门职责-工作活动绩效目标", entry);
        ts.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                "单位：" + d.performance().unit().label());
        ts.add(tables.performance(d, Typesetter.TABLE_SIZE));
        boolean missingAmounts = d.performance().duties().stream()
                .flatMap(duty -> duty.activities().stream()).map(Activity::amount).anyMatch(a -> a == null);
        String note = d.texts().own(TextKey.PERFORMANCE_NOTE);
        if (!note.isBlank()) {
            ts.note(note);
        } else if (missingAmounts) {
            ts.note(AMOUNT_NOTE);
        }
    }

    /** The 政府采购 table (landscape), with its 空表说明 when it has no rows. */
    void procurement(Draft d, Typesetter ts) {
        ts.tableTitle("部门政府采购预算");
        ts.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                "单位：" + d.header().moneyUnit().label());
        ts.add(tables.procurement(d, 9f));
        if (d.procurement().isEmpty()) {
            String reason = d.texts().own(TextKey.PROCUREMENT_EMPTY_REASON);
            ts.note(reason.isBlank() ? EMPTY_TABLE : reason);
        }
    }

    void assets(Draft d, Typesetter ts) {
        ts.tableTitle("部门固定资产占用情况表");
        ts.caption("编制部门：" + d.header().unitName(), d.header().assetsAsOf() == null ? ""
                : "截止时间：" + d.header().assetsAsOf().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        ts.add(tables.assets(d, Typesetter.TABLE_SIZE));
        String assetsEmpty = d.texts().own(TextKey.ASSETS_EMPTY_REASON);
        if (!assetsEmpty.isBlank()) {
            ts.note(assetsEmpty);
        }
    }

    void glossary(Draft d, Typesetter ts) {
        int n = 0;
        for (GlossaryEntry g : d.glossary()) {
            ts.body(++n + "、" + g.term() + "：" + g.definition());
        }
    }

    void other(Draft d, Typesetter ts) {
        String other = d.texts().own(TextKey.OTHER_MATTERS);
        ts.body(other.isBlank() ? "我部门无其他需要说明的事项。" : other);
    }
}
