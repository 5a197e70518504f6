package cn.gongkai.export;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.DutyTarget;
import cn.gongkai.domain.Narratives;
import cn.gongkai.domain.Section;
import cn.gongkai.domain.TextKey;

/** The disclosure in the 2018–2020 template, as the seeds lay it out: title, then the nine sections in order. */
final class LegacyDisclosure {
    private final Blocks blocks;

    LegacyDisclosure(Blocks blocks) {
        this.blocks = blocks;
    }

    void write(Draft d, Typesetter ts) {
        ts.title(Narratives.text(d, TextKey.TITLE), d.header().unitName());
        ts.body(Narratives.text(d, TextKey.INTRO));

        ts.heading(Section.DUTIES.heading());
        ts.subheading("部门职责：");
        ts.body(d.texts().own(TextKey.DUTIES));
        ts.subheading("机构设置：");
        blocks.orgUnits(d, ts);

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
        blocks.performance(d, ts, null);
        ts.orientation(false);

        ts.orientation(true); // the section starts on the landscape page of its table
        ts.heading(Section.PROCUREMENT.heading());
        ts.body(Narratives.text(d, TextKey.PROCUREMENT));
        blocks.procurement(d, ts);
        ts.orientation(false);

        ts.heading(Section.ASSETS.heading());
        ts.body(Narratives.text(d, TextKey.ASSETS));
        blocks.assets(d, ts);

        ts.heading(Section.GLOSSARY.heading());
        blocks.glossary(d, ts);
        ts.heading(Section.OTHER.heading());
        blocks.other(d, ts);
    }
}
