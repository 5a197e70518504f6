package cn.gongkai.export;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.port.PagePart;
import cn.gongkai.domain.writing.Narratives;

/** The disclosure in the 2018–2020 template, as the seeds lay it out: title, then the nine sections in order. */
final class LegacyLayout {
    private LegacyLayout() {
    }

    static void write(Draft d, BlockList out) {
        out.mark(new PagePart.Front());
        out.title(Narratives.text(d, TextKey.TITLE), d.header().unitName(), null);
        out.body(Narratives.text(d, TextKey.INTRO));

        out.mark(PagePart.of(Section.DUTIES));
        out.heading(Section.DUTIES.heading());
        out.subheading("部门职责：");
        out.body(d.texts().own(TextKey.DUTIES));
        out.subheading("机构设置：");
        SharedSections.orgUnits(d, out);

        out.mark(PagePart.of(Section.BUDGET));
        out.heading(Section.BUDGET.heading());
        out.body(Narratives.text(d, TextKey.BUDGET_INTRO));
        out.subheading("1、收入说明");
        out.body(Narratives.text(d, TextKey.INCOME));
        out.subheading("2、支出说明");
        out.body(Narratives.text(d, TextKey.EXPENSE));
        out.subheading("3、比上年增减情况");
        out.body(Narratives.text(d, TextKey.CHANGE));

        out.mark(PagePart.of(Section.RUNNING_COSTS));
        out.heading(Section.RUNNING_COSTS.heading());
        out.body(Narratives.text(d, TextKey.RUNNING_COSTS));
        out.mark(PagePart.of(Section.THREE_PUBLIC));
        out.heading(Section.THREE_PUBLIC.heading());
        out.body(Narratives.text(d, TextKey.THREE_PUBLIC));

        out.mark(PagePart.of(Section.PERFORMANCE));
        out.heading(Section.PERFORMANCE.heading());
        out.subheading("总体绩效目标：");
        out.body(d.texts().own(TextKey.PERFORMANCE_OVERALL));
        if (!d.dutyTargets().isEmpty()) {
            out.subheading("职责分类绩效目标：");
            for (DutyTarget t : d.dutyTargets()) {
                out.body(t.name() + "：" + t.text());
            }
        }
        out.orientation(true);
        out.subheading("部门职责及工作活动绩效目标指标：");
        SharedSections.performance(d, out, null);
        TargetSections.write(d, out, 0); // under 五, after the table, unnumbered
        out.orientation(false);

        out.orientation(true); // the section starts on the landscape page of its table
        out.mark(PagePart.of(Section.PROCUREMENT));
        out.heading(Section.PROCUREMENT.heading());
        out.body(Narratives.text(d, TextKey.PROCUREMENT));
        SharedSections.procurement(d, out);
        out.orientation(false);

        out.mark(PagePart.of(Section.ASSETS));
        out.heading(Section.ASSETS.heading());
        out.body(Narratives.text(d, TextKey.ASSETS));
        SharedSections.assets(d, out);

        out.mark(PagePart.of(Section.GLOSSARY));
        out.heading(Section.GLOSSARY.heading());
        SharedSections.glossary(d, out);
        out.mark(PagePart.of(Section.OTHER));
        out.heading(Section.OTHER.heading());
        SharedSections.other(d, out);
    }
}
