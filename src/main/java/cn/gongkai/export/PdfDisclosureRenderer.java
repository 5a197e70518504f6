package cn.gongkai.export;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.DisclosureRenderer;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.DraftStatus;
import cn.gongkai.domain.DutyTarget;
import cn.gongkai.domain.GlossaryEntry;
import cn.gongkai.domain.Narratives;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.Section;
import cn.gongkai.domain.TextKey;
import cn.gongkai.domain.rules.Validator;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The print-ready PDF in the standard template: all nine sections in order, every table of the seeds. */
public final class PdfDisclosureRenderer implements DisclosureRenderer {
    static final String EMPTY_TABLE = "无此项公开内容，空表列示。";
    static final String AMOUNT_NOTE = "备注：年度预算数为空的职责或工作活动，其经费已在基本支出或其他项目中统筹安排，未单独列示。";

    /** Lets the fonts load in the background before the first export needs them. */
    @Override
    public void warmUp() {
        PdfFonts.preload();
    }

    @Override
    public void render(Draft d, List<Problem> problems, OutputStream out) throws IOException {
        boolean draftMark = d.header().status() != DraftStatus.FINAL || Validator.hasErrors(problems);
        PdfWriter writer = new PdfWriter(out, new WriterProperties().setFullCompressionMode(true));
        writer.setCloseStream(false);
        try (PdfDocument pdf = new PdfDocument(writer);
             Document doc = new Document(pdf, PageSize.A4, false)) {
            String title = Narratives.text(d, TextKey.TITLE);
            PdfDocumentInfo info = pdf.getDocumentInfo();
            info.setTitle(title);
            info.setAuthor(d.header().unitName());
            info.setSubject(d.header().budgetYear() + "年部门预算信息公开");
            info.setCreator("Gongkai 预算公开编制助手");
            doc.setMargins(Typesetter.TOP, Typesetter.RIGHT, Typesetter.BOTTOM, Typesetter.LEFT);
            doc.setSplitCharacters(new ChineseSplitCharacters());
            PdfFonts.Set fonts = PdfFonts.forDocument();
            doc.setFont(fonts.body());
            Typesetter ts = new Typesetter(doc, fonts);
            write(d, ts, new DisclosureTables(fonts));
            new PageDecorations(fonts, draftMark).apply(pdf, doc);
        }
    }

    private void write(Draft d, Typesetter ts, DisclosureTables tables) {
        ts.title(Narratives.text(d, TextKey.TITLE), d.header().unitName());
        ts.body(Narratives.text(d, TextKey.INTRO));

        ts.heading(Section.DUTIES.heading());
        ts.subheading("部门职责：");
        ts.body(d.texts().own(TextKey.DUTIES));
        ts.orientation(d.showStaffing());
        ts.subheading("机构设置：");
        ts.tableTitle(d.showStaffing() ? "部门基本情况表" : "部门机构设置情况");
        if (d.showStaffing()) {
            ts.caption(d.header().unitCode() + d.header().unitName(), "单位：人");
        }
        ts.add(tables.units(d, d.showStaffing() ? 9f : Typesetter.TABLE_SIZE));
        ts.orientation(false);

        ts.heading(Section.BUDGET.heading());
        ts.body(Narratives.text(d, TextKey.BUDGET_INTRO));
        ts.subheading("1、收入说明");
        ts.body(Narratives.text(d, TextKey.INCOME));
        ts.subheading("2、支出说明");
        ts.body(Narratives.text(d, TextKey.EXPENSE));
        ts.subheading("3、比上年增减情况");
        ts.body(Narratives.text(d, TextKey.CHANGE));

        ts.heading(Section.RUNNING_COSTS.heading());
        ts.body(Narratives.text(d, TextKey.RUNNING_COSTS));
        ts.heading(Section.THREE_PUBLIC.heading());
        ts.body(Narratives.text(d, TextKey.THREE_PUBLIC));

        performance(d, ts, tables);
        procurement(d, ts, tables);

        ts.heading(Section.ASSETS.heading());
        ts.body(Narratives.text(d, TextKey.ASSETS));
        ts.tableTitle("部门固定资产占用情况表");
        ts.caption("编制部门：" + d.header().unitName(), d.header().assetsAsOf() == null ? ""
                : "截止时间：" + d.header().assetsAsOf().format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
        ts.add(tables.assets(d, Typesetter.TABLE_SIZE));
        String assetsEmpty = d.texts().own(TextKey.ASSETS_EMPTY_REASON);
        if (!assetsEmpty.isBlank()) {
            ts.note(assetsEmpty);
        }

        ts.heading(Section.GLOSSARY.heading());
        int n = 0;
        for (GlossaryEntry g : d.glossary()) {
            ts.body(++n + "、" + g.term() + "：" + g.definition());
        }
        ts.heading(Section.OTHER.heading());
        String other = d.texts().own(TextKey.OTHER_MATTERS);
        ts.body(other.isBlank() ? "我部门无其他需要说明的事项。" : other);
    }

    private void performance(Draft d, Typesetter ts, DisclosureTables tables) {
        ts.heading(Section.PERFORMANCE.heading());
        ts.subheading("总体绩效目标：");
        ts.body(d.texts().own(TextKey.PERFORMANCE_OVERALL));
        if (!d.dutyTargets().isEmpty()) {
            ts.subheading("职责分类绩效目标：");
            for (DutyTarget t : d.dutyTargets()) {
                ts.body(t.name() + "：" + t.text());
            }
        }
        ts.orientation(true);
        ts.subheading("部门职责及工作活动绩效目标指标：");
        ts.tableTitle("部门职责-工作活动绩效目标");
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
        ts.orientation(false);
    }

    private void procurement(Draft d, Typesetter ts, DisclosureTables tables) {
        ts.orientation(true); // the section starts on the landscape page of its table
        ts.heading(Section.PROCUREMENT.heading());
        ts.body(Narratives.text(d, TextKey.PROCUREMENT));
        ts.tableTitle("部门政府采购预算");
        ts.caption("编制单位：" + d.header().unitCode() + d.header().unitName(),
                "单位：" + d.header().moneyUnit().label());
        ts.add(tables.procurement(d, 9f));
        if (d.procurement().isEmpty()) {
            String reason = d.texts().own(TextKey.PROCUREMENT_EMPTY_REASON);
            ts.note(reason.isBlank() ? EMPTY_TABLE : reason);
        }
        ts.orientation(false);
    }
}
