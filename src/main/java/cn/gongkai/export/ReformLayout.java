package cn.gongkai.export;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.port.PagePart;
import cn.gongkai.domain.rules.TableSumsRule;
import cn.gongkai.domain.writing.Narratives;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The disclosure as published since the 预算管理一体化 reform: a cover, the 目录, 部门预算公开表 (each table on its
 * own pages, landscape when wide), the 部门预算信息公开情况说明 written from the tables, the 绩效目标 table, and the
 * three-level 部门整体支出 and 项目支出绩效目标表 when the draft has them.
 */
final class ReformLayout {
    static final String TABLES = "一、部门预算公开表";
    static final String NARRATIVE = "二、部门预算信息公开情况说明";
    static final String PERFORMANCE = "三、部门职责-工作活动绩效目标表";

    private ReformLayout() {
    }

    static void write(Draft d, BlockList out) {
        // the cover's date is the day of approval, written in full as a 成文日期 is (GB/T 9704): reading the
        // file back gives it, and the 20 days are counted from it
        String date = d.header().approvalDate() == null ? ""
                : d.header().approvalDate().format(DateTimeFormatter.ofPattern("yyyy年M月d日"));
        out.mark(new PagePart.Front());
        out.cover(Narratives.text(d, TextKey.TITLE), d.header().unitName(), date);
        List<Block.Contents.Entry> entries = new ArrayList<>();
        entries.add(new Block.Contents.Entry(TABLES, TABLES, false));
        for (TableKind k : d.header().profile().tables()) {
            String entry = entry(k);
            entries.add(new Block.Contents.Entry(entry, entry, true));
        }
        entries.add(new Block.Contents.Entry(NARRATIVE, NARRATIVE, false));
        entries.add(new Block.Contents.Entry(PERFORMANCE, PERFORMANCE, false));
        for (String e : TargetSections.entries(d, 4)) {
            entries.add(new Block.Contents.Entry(e, e, false));
        }
        out.add(new Block.Contents(entries));
        tables(d, out);
        narrative(d, out);
        out.newPage(true);
        SharedSections.performance(d, out, PERFORMANCE);
        TargetSections.write(d, out, 4);
    }

    static String entry(TableKind k) {
        return "表" + k.number() + "　" + k.title();
    }

    /** Under a table whose printed (rounded) parts do not add up to its printed total. */
    public static final String TAIL_NOTE = "注：本表金额按四舍五入列示，合计数与各分项之和的尾差系四舍五入所致。";

    private static void tables(Draft d, BlockList out) {
        boolean first = true;
        for (TableKind k : d.header().profile().tables()) {
            BudgetTable t = d.tables().get(k).orElseGet(() -> BudgetTable.blank(k, d.header().profile(),
                    d.header().moneyUnit()));
            out.newPage(TableGrids.wide(t));
            if (first) {
                out.mark(PagePart.of(Section.TABLES));
            }
            out.mark(new PagePart.Table(k));
            out.tableNumber("表" + k.number(), first ? TABLES : null); // the part starts where its first table does
            first = false;
            out.tableTitle(k.title(), entry(k));
            out.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                    "预算年度：" + d.header().budgetYear() + "年", "单位：" + t.unit().label());
            out.table(TableGrids.budget(t, d.header().amountStyle()));
            if (t.isEmpty()) {
                out.note(t.emptyStatement().isBlank() ? SharedSections.EMPTY_TABLE : t.emptyStatement());
            } else if (TableSumsRule.printedWithTailDifference(t, d.header().amountStyle())) {
                out.note(TAIL_NOTE);
            }
        }
    }

    private static void narrative(Draft d, BlockList out) {
        out.newPage(false);
        out.title(d.header().unitName() + d.header().budgetYear() + "年部门预算信息公开情况说明", d.header().unitName(),
                NARRATIVE);
        out.body(Narratives.text(d, TextKey.INTRO));
        Sections s = new Sections(out);
        s.next("部门职责及机构设置情况", Section.DUTIES, () -> {
            out.subheading("（一）部门职责");
            out.body(d.texts().own(TextKey.DUTIES));
            out.subheading("（二）机构设置");
            SharedSections.orgUnits(d, out);
        });
        s.next("部门预算安排的总体情况", Section.BUDGET, () -> {
            out.body(Narratives.text(d, TextKey.BUDGET_INTRO));
            out.subheading("（一）收入预算");
            out.body(Narratives.text(d, TextKey.INCOME));
            out.subheading("（二）支出预算");
            out.body(Narratives.text(d, TextKey.EXPENSE));
        });
        s.text("财政拨款收支总体情况", d, TextKey.FISCAL_OVERVIEW);
        s.next("一般公共预算当年拨款情况", () -> {
            out.subheading("（一）一般公共预算当年拨款规模变化情况");
            out.body(Narratives.text(d, TextKey.GENERAL_PUBLIC_SCALE));
            out.subheading("（二）一般公共预算当年拨款结构情况");
            out.body(Narratives.text(d, TextKey.GENERAL_PUBLIC_STRUCTURE));
            out.subheading("（三）一般公共预算当年拨款具体使用情况");
            out.body(Narratives.text(d, TextKey.GENERAL_PUBLIC_ITEMS));
        });
        s.text("一般公共预算基本支出情况", d, TextKey.GENERAL_PUBLIC_BASIC);
        s.text("“三公”经费预算情况", Section.THREE_PUBLIC, d, TextKey.THREE_PUBLIC);
        s.text("政府性基金预算支出情况", d, TextKey.GOV_FUND_EXPENSE);
        s.text("国有资本经营预算支出情况", d, TextKey.STATE_CAPITAL_EXPENSE);
        s.text("机关运行经费安排情况", Section.RUNNING_COSTS, d, TextKey.RUNNING_COSTS);
        s.next("政府采购预算情况", Section.PROCUREMENT, () -> {
            // no purchases: the officer's 空表说明 where written (the table it explains is not printed)
            String empty = d.texts().own(TextKey.PROCUREMENT_EMPTY_REASON);
            boolean statement = d.procurement().isEmpty() && !empty.isBlank()
                    && !d.texts().get(TextKey.PROCUREMENT).custom();
            out.body(statement ? empty : Narratives.text(d, TextKey.PROCUREMENT));
            if (!d.procurement().isEmpty()) {
                out.orientation(true);
                SharedSections.procurement(d, out);
                out.orientation(false);
            }
        });
        s.next("国有资产占用情况", Section.ASSETS, () -> {
            out.body(Narratives.text(d, TextKey.ASSETS));
            SharedSections.assets(d, out);
        });
        s.next("预算绩效目标设置情况", Section.PERFORMANCE, () -> {
            out.body(Narratives.text(d, TextKey.PERFORMANCE_SETTING));
            String overall = d.texts().own(TextKey.PERFORMANCE_OVERALL);
            if (!overall.isBlank()) {
                out.body("总体绩效目标：" + overall);
            }
            for (DutyTarget t : d.dutyTargets()) {
                out.body(t.name() + "：" + t.text());
            }
        });
        s.next("名词解释", Section.GLOSSARY, () -> SharedSections.glossary(d, out));
        s.next("其他需要说明的事项", Section.OTHER, () -> SharedSections.other(d, out));
    }

    /** The numbered sections of the 情况说明: 一、二、… in the order written. */
    private static final class Sections {
        private final BlockList out;
        private int n;

        Sections(BlockList out) {
            this.out = out;
        }

        void next(String title, Runnable body) {
            out.heading(ChineseNumbers.of(++n) + "、" + title);
            body.run();
        }

        /** A section whose form the editor shows: the preview turns here for it. */
        void next(String title, Section form, Runnable body) {
            out.mark(PagePart.of(form));
            next(title, body);
        }

        void text(String title, Draft d, TextKey key) {
            next(title, () -> out.body(Narratives.text(d, key)));
        }

        void text(String title, Section form, Draft d, TextKey key) {
            next(title, form, () -> out.body(Narratives.text(d, key)));
        }
    }
}
