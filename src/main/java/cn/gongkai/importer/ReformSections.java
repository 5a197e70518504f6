package cn.gongkai.importer;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.importer.ReformTopic.Heading;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 情况说明 (and the 绩效 table) of a post-reform file, topic by topic: each heading, at whatever level and in
 * whatever numbering, says what the text under it is about ({@link ReformTopic}); the text goes into the
 * paragraph of the draft that says the same, the tables into the units, procurement, assets and 绩效 tables, with
 * the readers the 2018–2020 template's sections use for them. A section without sub-headings is split by content.
 */
final class ReformSections {
    private static final Pattern ITEM_LINE = Pattern.compile("^\\d{1,3}\\s*[.．、].*|.*（项）.*");
    private static final Pattern TARGET = Pattern.compile("^([^：:，,。；;、]{2,24})[：:](.+)$", Pattern.DOTALL);
    private static final String OVERALL = "总体绩效目标";

    /** The blocks under one heading, and the topic it names (null before the first). */
    private record Group(ReformTopic topic, List<Block> blocks) {
    }

    private final DraftBuilder b;
    private final List<String> unplaced;
    private final List<Group> groups = new ArrayList<>();
    private final Set<ReformTopic> headed = EnumSet.noneOf(ReformTopic.class);
    private final SectionBlocks performanceTables;

    ReformSections(DraftBuilder b, List<String> unplaced) {
        this.b = b;
        this.unplaced = unplaced;
        groups.add(new Group(null, new ArrayList<>()));
        this.performanceTables = new SectionBlocks(unplaced);
    }

    /** The next block of the narrative: a heading opens a group, anything else joins the current one. */
    void add(Block block) {
        if (block instanceof Para p) {
            Optional<Heading> h = ReformTopic.of(p.text());
            if (h.isPresent()) {
                headed.add(h.get().topic());
                groups.add(new Group(h.get().topic(), new ArrayList<>()));
                return;
            }
        }
        List<Block> current = groups.get(groups.size() - 1).blocks();
        if (block instanceof Table t && PerfColumns.heads(t)) {
            // the 绩效 table wherever it stands, with its caption; the text after it stays where it was
            if (!current.isEmpty() && PublishedTables.isCaption(current.get(current.size() - 1))) {
                performanceTables.blocks.add(current.remove(current.size() - 1));
            }
            performanceTables.blocks.add(block);
            return;
        }
        current.add(block);
    }

    /** Reads every group into the builder. */
    void read() {
        Map<ReformTopic, SectionBlocks> together = new EnumMap<>(ReformTopic.class);
        for (Group g : groups) {
            ReformTopic topic = g.topic() == null ? ReformTopic.NARRATIVE_PART : g.topic();
            if (topic.aboutTheUnit()) {
                unit(topic, g.blocks());
                continue;
            }
            switch (topic) {
                case THREE_PUBLIC, RUNNING_COSTS, PROCUREMENT, ASSETS, GLOSSARY, PERFORMANCE, PERFORMANCE_TABLE ->
                        together.computeIfAbsent(topic, k -> new SectionBlocks(unplaced)).blocks.addAll(g.blocks());
                default -> text(topic, g.blocks());
            }
        }
        together.computeIfAbsent(ReformTopic.PERFORMANCE_TABLE, k -> new SectionBlocks(unplaced)).blocks
                .addAll(0, performanceTables.blocks);
        together.forEach(this::section);
        for (TextKey k : List.of(TextKey.INCOME, TextKey.EXPENSE, TextKey.GENERAL_PUBLIC_BASIC)) {
            b.fillFrom(k);
        }
    }

    /** 部门职责 and 机构设置: text by its sub-heading, the units table. */
    private void unit(ReformTopic topic, List<Block> blocks) {
        SectionBlocks s = new SectionBlocks(unplaced);
        for (Block block : blocks) {
            if (block instanceof Table t) {
                if (!PublishedTables.isCaption(t)) {
                    TableSections.units(s, t, b);
                } else {
                    t.rows().forEach(r -> b.codeFrom(r.cell(0)));
                }
            } else {
                b.appendText(topic == ReformTopic.UNITS ? TextKey.ORG_UNITS_TEXT : TextKey.DUTIES, ((Para) block).text());
            }
        }
    }

    private void text(ReformTopic topic, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Table t) {
                new SectionBlocks(unplaced).unplacedTable(t);
                continue;
            }
            Para p = (Para) block;
            Optional<TextKey> key = key(topic, p.text());
            if (key.isPresent()) {
                b.appendText(key.get(), p.text());
            } else {
                unplaced.add("第" + p.line() + "行：" + p.text());
            }
        }
    }

    /** Where a paragraph under {@code topic} goes; empty when the topic holds no text of its own. */
    private Optional<TextKey> key(ReformTopic topic, String text) {
        return Optional.ofNullable(switch (topic) {
            case NARRATIVE_PART -> text.startsWith("按照") || text.startsWith("根据") || text.startsWith("依据")
                    ? TextKey.INTRO : null;
            case BUDGET -> headed.contains(ReformTopic.INCOME) || headed.contains(ReformTopic.EXPENSE)
                    ? TextKey.BUDGET_INTRO : byContent(text);
            case INCOME -> TextKey.INCOME;
            case EXPENSE -> TextKey.EXPENSE;
            case FISCAL -> TextKey.FISCAL_OVERVIEW;
            case GENERAL_PUBLIC -> headed.contains(ReformTopic.SCALE) ? TextKey.GENERAL_PUBLIC_SCALE
                    : ITEM_LINE.matcher(text).matches() ? TextKey.GENERAL_PUBLIC_ITEMS
                    : text.contains("功能分类") ? TextKey.GENERAL_PUBLIC_STRUCTURE : TextKey.GENERAL_PUBLIC_SCALE;
            case SCALE -> TextKey.GENERAL_PUBLIC_SCALE;
            case STRUCTURE -> TextKey.GENERAL_PUBLIC_STRUCTURE;
            case ITEMS -> TextKey.GENERAL_PUBLIC_ITEMS;
            case BASIC -> TextKey.GENERAL_PUBLIC_BASIC;
            case GOV_FUND -> TextKey.GOV_FUND_EXPENSE;
            case STATE_CAPITAL -> TextKey.STATE_CAPITAL_EXPENSE;
            case OTHER, OTHER_IMPORTANT -> TextKey.OTHER_MATTERS;
            default -> null; // the tables' part: its tables were taken, loose lines are reported
        });
    }

    /** A paragraph of 部门收支总体情况 without sub-headings: income, spending, or the opening. */
    private TextKey byContent(String text) {
        TextKey k = BudgetSections.byContent(text, b.year);
        return k == TextKey.CHANGE ? TextKey.EXPENSE : k;
    }

    private void section(ReformTopic topic, SectionBlocks s) {
        switch (topic) {
            case THREE_PUBLIC -> BudgetSections.threePublic(s, b);
            case RUNNING_COSTS -> BudgetSections.runningCosts(s, b);
            case PROCUREMENT -> TableSections.procurement(s, b);
            case ASSETS -> TableSections.assets(s, b);
            case GLOSSARY -> DisclosureTextImporter.glossary(s, b);
            case PERFORMANCE -> performance(s);
            case PERFORMANCE_TABLE -> performanceTable(s);
            default -> throw new IllegalStateException(topic.name());
        }
    }

    /** 预算绩效目标设置情况: the standard paragraph, "总体绩效目标：…", and "职责：目标" lines. */
    private void performance(SectionBlocks s) {
        boolean overall = false;
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                performanceTable(tableOnly(t));
                continue;
            }
            Para p = (Para) block;
            String text = p.text().strip();
            Matcher m = TARGET.matcher(text);
            if (text.startsWith(OVERALL + "：") || text.startsWith(OVERALL + ":")) {
                b.appendText(TextKey.PERFORMANCE_OVERALL, text.substring(OVERALL.length() + 1).strip());
                overall = true;
            } else if (SectionBlocks.isLabel(p, OVERALL)) {
                overall = true;
            } else if (m.matches() && !m.group(1).matches(".*\\d.*")) {
                b.dutyTargets.add(new DutyTarget(m.group(1).strip(), m.group(2).strip()));
                overall = false;
            } else if (overall) {
                b.appendText(TextKey.PERFORMANCE_OVERALL, text);
            } else if (!b.dutyTargets.isEmpty()) {
                DutyTarget last = b.dutyTargets.remove(b.dutyTargets.size() - 1);
                b.dutyTargets.add(new DutyTarget(last.name(), last.text() + "\n" + text));
            } else {
                b.appendText(TextKey.PERFORMANCE_SETTING, text);
            }
        }
        PerformanceSection.dropRepeatedTargets(b);
    }

    private SectionBlocks tableOnly(Table t) {
        SectionBlocks s = new SectionBlocks(unplaced);
        s.blocks.add(t);
        return s;
    }

    /** The 部门职责-工作活动绩效目标 table, its caption (a row of its own above it), and the note under it. */
    private void performanceTable(SectionBlocks s) {
        List<TextBlocks.Row> caption = new ArrayList<>();
        for (Block block : s.blocks) {
            if (block instanceof Table t && PublishedTables.isCaption(t)) {
                caption.addAll(t.rows());
            } else if (block instanceof Table t) {
                List<TextBlocks.Row> rows = new ArrayList<>(caption);
                rows.addAll(t.rows());
                caption.clear();
                PerformanceSection.table(s, new Table(t.line(), rows), b);
            } else {
                Para p = (Para) block;
                String sq = SectionBlocks.squeeze(p.text());
                if (sq.startsWith("备注")) {
                    if (!sq.equals(SectionBlocks.squeeze(Narratives.AMOUNT_NOTE))) {
                        b.appendText(TextKey.PERFORMANCE_NOTE, p.text());
                    }
                } else {
                    s.unplaced(p);
                }
            }
        }
    }

    /** The report's line for each topic found. */
    List<String> summary(Draft d) {
        List<String> r = new ArrayList<>();
        r.add("情况说明：" + headed.size() + " 个标题；职责说明" + (d.texts().own(TextKey.DUTIES).isBlank() ? "未找到" : "已读入")
                + "，机构 " + d.orgUnits().size() + " 个，名词 " + d.glossary().size() + " 条");
        r.add("绩效目标表：职责 " + d.performance().duties().size() + " 项，工作活动 " + d.performance().activityCount()
                + " 项，绩效指标 " + d.performance().indicatorCount() + " 项");
        return r;
    }
}
