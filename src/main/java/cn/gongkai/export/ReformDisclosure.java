package cn.gongkai.export;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.DutyTarget;
import cn.gongkai.domain.Narratives;
import cn.gongkai.domain.TextKey;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TableLayout;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The disclosure as published since the 预算管理一体化 reform: a cover, the 目录 with page numbers, 部门预算公开表
 * (each table on its own pages, landscape when wide), the 部门预算信息公开情况说明 written from the tables, and the
 * 绩效目标 table. The 目录 is set last, when the pages of its entries are known, and moved behind the cover.
 */
final class ReformDisclosure {
    private static final String TABLES = "一、部门预算公开表";
    private static final String NARRATIVE = "二、部门预算信息公开情况说明";
    private static final String PERFORMANCE = "三、部门职责-工作活动绩效目标表";

    private final Blocks blocks;
    private final BudgetTablePrinter printer;
    private final Anchors anchors;

    ReformDisclosure(Blocks blocks, BudgetTablePrinter printer, Anchors anchors) {
        this.blocks = blocks;
        this.printer = printer;
        this.anchors = anchors;
    }

    /** Writes the whole disclosure; returns the number of front pages (cover and 目录), which have no page number. */
    int write(Draft d, Typesetter ts, Document doc) {
        String date = d.header().approvalDate() == null ? ""
                : d.header().approvalDate().format(DateTimeFormatter.ofPattern("yyyy年M月"));
        ts.cover(Narratives.text(d, TextKey.TITLE), d.header().unitName(), date);
        List<String[]> entries = new ArrayList<>();
        tables(d, ts, entries);
        narrative(d, ts, entries);
        ts.newPage(true);
        blocks.performance(d, ts, PERFORMANCE);
        entries.add(new String[] {PERFORMANCE, PERFORMANCE});
        doc.flush(); // draws the pages: the anchors now know where their entries landed
        PdfDocument pdf = doc.getPdfDocument();
        int content = pdf.getNumberOfPages();
        ts.newPage(false);
        ts.contents(entries.stream().map(e -> new String[] {e[0], Integer.toString(anchors.page(e[1]) - 1)})
                .toList());
        doc.flush();
        int contents = pdf.getNumberOfPages() - content;
        for (int i = 0; i < contents; i++) {
            pdf.movePage(content + 1 + i, 2 + i); // behind the cover
        }
        return 1 + contents;
    }

    private void tables(Draft d, Typesetter ts, List<String[]> entries) {
        entries.add(new String[] {TABLES, TABLES});
        boolean first = true;
        for (TableKind k : d.header().profile().tables()) {
            BudgetTable t = d.tables().get(k).orElseGet(() -> BudgetTable.blank(k, d.header().profile(),
                    d.header().moneyUnit()));
            ts.newPage(BudgetTablePrinter.wide(TableLayout.of(t)));
            String entry = "表" + k.number() + "　" + k.title();
            ts.tableNumber("表" + k.number(), first ? TABLES : null); // the part starts where its first table does
            first = false;
            ts.tableTitle(k.title(), entry);
            ts.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                    "预算年度：" + d.header().budgetYear() + "年", "单位：" + t.unit().label());
            ts.add(printer.table(t, BudgetTablePrinter.wide(TableLayout.of(t)) ? 9f : Typesetter.TABLE_SIZE));
            if (t.isEmpty()) {
                ts.note(t.emptyStatement().isBlank() ? Blocks.EMPTY_TABLE : t.emptyStatement());
            }
            entries.add(new String[] {" " + entry, entry});
        }
    }

    private void narrative(Draft d, Typesetter ts, List<String[]> entries) {
        ts.newPage(false);
        ts.title(d.header().unitName() + d.header().budgetYear() + "年部门预算信息公开情况说明", d.header().unitName(),
                NARRATIVE);
        entries.add(new String[] {NARRATIVE, NARRATIVE});
        ts.body(Narratives.text(d, TextKey.INTRO));
        Section s = new Section(ts);
        s.next("部门职责及机构设置情况", () -> {
            ts.subheading("（一）部门职责");
            ts.body(d.texts().own(TextKey.DUTIES));
            ts.subheading("（二）机构设置");
            blocks.orgUnits(d, ts);
        });
        s.next("部门预算安排的总体情况", () -> {
            ts.body(Narratives.text(d, TextKey.BUDGET_INTRO));
            ts.subheading("（一）收入预算");
            ts.body(Narratives.text(d, TextKey.INCOME));
            ts.subheading("（二）支出预算");
            ts.body(Narratives.text(d, TextKey.EXPENSE));
        });
        s.text("财政拨款收支总体情况", d, TextKey.FISCAL_OVERVIEW);
        s.next("一般公共预算当年拨款情况", () -> {
            ts.subheading("（一）一般公共预算当年拨款规模变化情况");
            ts.body(Narratives.text(d, TextKey.GENERAL_PUBLIC_SCALE));
            ts.subheading("（二）一般公共预算当年拨款结构情况");
            ts.body(Narratives.text(d, TextKey.GENERAL_PUBLIC_STRUCTURE));
            ts.subheading("（三）一般公共预算当年拨款具体使用情况");
            ts.body(Narratives.text(d, TextKey.GENERAL_PUBLIC_ITEMS));
        });
        s.text("一般公共预算基本支出情况", d, TextKey.GENERAL_PUBLIC_BASIC);
        s.text("“三公”经费预算情况", d, TextKey.THREE_PUBLIC);
        s.text("政府性基金预算支出情况", d, TextKey.GOV_FUND_EXPENSE);
        s.text("国有资本经营预算支出情况", d, TextKey.STATE_CAPITAL_EXPENSE);
        s.text("机关运行经费安排情况", d, TextKey.RUNNING_COSTS);
        s.next("政府采购预算情况", () -> {
            ts.body(Narratives.text(d, TextKey.PROCUREMENT));
            if (!d.procurement().isEmpty()) {
                ts.orientation(true);
                blocks.procurement(d, ts);
                ts.orientation(false);
            }
        });
        s.next("国有资产占用情况", () -> {
            ts.body(Narratives.text(d, TextKey.ASSETS));
            blocks.assets(d, ts);
        });
        s.next("预算绩效目标设置情况", () -> {
            ts.body(Narratives.text(d, TextKey.PERFORMANCE_SETTING));
            String overall = d.texts().own(TextKey.PERFORMANCE_OVERALL);
            if (!overall.isBlank()) {
                ts.body("总体绩效目标：" + overall);
            }
            for (DutyTarget t : d.dutyTargets()) {
                ts.body(t.name() + "：" + t.text());
            }
        });
        s.next("名词解释", () -> blocks.glossary(d, ts));
        s.next("其他需要说明的事项", () -> blocks.other(d, ts));
    }

    /** The numbered sections of the 情况说明: 一、二、… in the order written. */
    private static final class Section {
        private final Typesetter ts;
        private int n;

        Section(Typesetter ts) {
            this.ts = ts;
        }

        void next(String title, Runnable body) {
            ts.heading(DisclosureTables.chineseNumber(++n) + "、" + title);
            body.run();
        }

        void text(String title, Draft d, TextKey key) {
            next(title, () -> ts.body(Narratives.text(d, key)));
        }
    }
}
