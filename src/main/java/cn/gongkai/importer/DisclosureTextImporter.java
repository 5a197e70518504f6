package cn.gongkai.importer;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a published disclosure into a complete draft: every section recognised in its published
 * variants, narrative paragraphs kept word for word as the officer's own text, and a report of what was found and
 * of every line that could not be placed.
 */
public final class DisclosureTextImporter {
    private static final Pattern TITLE = Pattern.compile("^(.+?)(\\d{4})年度?(部门)?预算");
    /** A term and its definition, after the entry's number in any style: "1、基本支出：指…", "（三）项目支出：…". */
    private static final Pattern GLOSSARY = Pattern.compile("^([^：:。，,]{1,40})[：:](.+)$", Pattern.DOTALL);
    /** Larger texts are not disclosures; refusing them keeps the importer fast on any input. */
    public static final int MAX_CHARS = 8 * 1024 * 1024;

    private final SubjectCatalogue catalogue;

    /** An importer without the subject catalogue: tables are read by their codes alone. */
    public DisclosureTextImporter() {
        this(SubjectCatalogue.EMPTY);
    }

    /** An importer that knows the subjects' names (a 收支总表's classes, a row without its code). */
    public DisclosureTextImporter(SubjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public ImportResult read(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("文件中没有文字，无法导入");
        }
        if (text.length() > MAX_CHARS) {
            throw new BadInputException("文件过大（" + text.length() / 1024 + " K 字），不像一份部门预算公开文件");
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadInputException("文件含有二进制内容，不是文本文件");
        }
        List<String> unplaced = new ArrayList<>();
        List<Para> preamble = new ArrayList<>();
        Map<Section, SectionBlocks> sections = new EnumMap<>(Section.class);
        List<Block> blocks = TextBlocks.parse(text);
        if (ReformImporter.isReform(blocks)) {
            return new ReformImporter(catalogue).read(blocks);
        }
        SectionOutline.Result outline = SectionOutline.of(blocks);
        Map<Integer, Section> heads = new java.util.HashMap<>();
        outline.headings().forEach((s, i) -> heads.put(i, s));
        Section current = null;
        List<String> loose = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Section heading = heads.get(i);
            if (outline.contents().contains(i)) {
                continue;
            }
            if (heading != null) {
                current = heading;
                Para p = (Para) b;
                if (p.joined() || !SectionBlocks.squeeze(p.text()).startsWith(heading.heading())) {
                    // no numeral, another numbering, other words, two lines
                    loose.add("第" + b.line() + "行" + (p.joined() ? "起两行" : "") + "“" + p.text().strip() + "”按标题“"
                            + heading.heading() + "”读入");
                }
                sections.put(heading, new SectionBlocks(unplaced));
            } else if (current == null) {
                if (b instanceof Para p) {
                    preamble.add(p);
                }
            } else {
                sections.get(current).blocks.add(b);
            }
        }
        if (sections.size() < 2) {
            throw new BadInputException("没有找到部门预算公开的章节标题（如“一、部门职责及机构设置情况”“二、部门预算安排的总体情况”），"
                    + "这不像一份部门预算信息公开文件");
        }
        DraftBuilder b = new DraftBuilder();
        if (!outline.contents().isEmpty()) {
            b.recognised("目录（" + outline.contents().size() + " 行）已略过，章节按正文中的标题读入");
        }
        loose.forEach(b::inferred);
        preamble(preamble, b, unplaced);
        run(sections, Section.DUTIES, s -> TableSections.duties(s, b));
        run(sections, Section.BUDGET, s -> BudgetSections.budget(s, b));
        run(sections, Section.RUNNING_COSTS, s -> BudgetSections.runningCosts(s, b));
        run(sections, Section.THREE_PUBLIC, s -> BudgetSections.threePublic(s, b));
        run(sections, Section.PERFORMANCE, s -> PerformanceSection.read(s, b));
        run(sections, Section.PROCUREMENT, s -> TableSections.procurement(s, b));
        run(sections, Section.ASSETS, s -> TableSections.assets(s, b));
        run(sections, Section.GLOSSARY, s -> glossary(s, b));
        run(sections, Section.OTHER, s -> s.paras().forEach(p -> b.appendText(TextKey.OTHER_MATTERS, p.text())));
        Draft draft = b.build(Year.now().getValue());
        List<String> report = report(draft, sections, b.evidence);
        List<String> attention = new ArrayList<>(b.conflicts.stream().map(l -> "不一致：" + l).toList());
        b.inferred.forEach(l -> attention.add("待确认：" + l));
        b.notes.forEach(l -> attention.add("说明：" + l));
        report.addAll(1 + draft.header().unconfirmed().size(), attention);
        return new ImportResult(0, draft, report, unplaced);
    }

    private static void run(Map<Section, SectionBlocks> sections, Section s,
                            java.util.function.Consumer<SectionBlocks> reader) {
        SectionBlocks blocks = sections.get(s);
        if (blocks != null) {
            reader.accept(blocks);
        }
    }

    private static void preamble(List<Para> paras, DraftBuilder b, List<String> unplaced) {
        StringBuilder title = new StringBuilder();
        for (Para p : paras) {
            if (p.text().startsWith("按照") || p.text().startsWith("根据")) {
                b.appendText(TextKey.INTRO, p.text());
            } else if (b.texts.containsKey(TextKey.INTRO)) {
                unplaced.add("第" + p.line() + "行：" + p.text());
            } else {
                title.append(p.text().strip());
            }
        }
        if (!title.isEmpty()) {
            b.appendText(TextKey.TITLE, title.toString());
            Matcher m = TITLE.matcher(title);
            if (m.find()) {
                b.unitName = m.group(1).replaceFirst("部门$", "");
                int year = Integer.parseInt(m.group(2));
                if (year >= DraftHeader.MIN_YEAR && year <= DraftHeader.MAX_YEAR) { // "2619年" is a typo: not a year
                    b.year = year;
                }
            } else {
                b.unitName = title.toString();
            }
        }
    }

    static void glossary(SectionBlocks s, DraftBuilder b) {
        for (Para p : s.paras()) {
            Matcher m = GLOSSARY.matcher(Numbering.strip(p.text().strip()));
            if (Numbering.of(p.text().strip()).isPresent() && m.matches()) {
                b.glossary.add(new GlossaryEntry(m.group(1).strip(), m.group(2).strip()));
            } else if (!b.glossary.isEmpty()) {
                GlossaryEntry last = b.glossary.remove(b.glossary.size() - 1);
                b.glossary.add(new GlossaryEntry(last.term(), last.definition() + p.text()));
            } else {
                s.unplaced(p);
            }
        }
    }

    private static List<String> report(Draft d, Map<Section, SectionBlocks> found, Map<FigureKey, String> evidence) {
        List<String> r = new ArrayList<>();
        r.add("单位：" + d.header().unitName() + "（编码 " + (d.header().unitCode().isEmpty() ? "未识别"
                : d.header().unitCode()) + "），" + d.header().budgetYear() + " 年度，" + d.header().financeLevel().label());
        d.header().unconfirmed().forEach(g -> r.add(g.reportLine(d.header())));
        for (Section s : Section.values()) {
            if (s == Section.TABLES) {
                continue; // a published text holds no workbook tables
            }
            String what = !found.containsKey(s) ? "未找到" : switch (s) {
                case DUTIES -> "职责说明，机构 " + d.orgUnits().size() + " 个" + (d.showStaffing() ? "（含人员编制）" : "");
                case BUDGET, RUNNING_COSTS, THREE_PUBLIC, ASSETS -> "数字 " + d.figures().asMap().keySet().stream()
                        .filter(k -> k.section() == s).count() + " 项"
                        + (s == Section.RUNNING_COSTS ? "，明细 " + d.runningCostItems().size() + " 项" : "");
                case PERFORMANCE -> "职责 " + d.performance().duties().size() + " 项，工作活动 "
                        + d.performance().activityCount() + " 项，绩效指标 " + d.performance().indicatorCount() + " 项";
                case PROCUREMENT -> d.procurement().isEmpty() ? "无采购项目" : "采购 " + d.procurement().size() + " 行";
                case GLOSSARY -> "名词 " + d.glossary().size() + " 条";
                case OTHER, TABLES -> "已识别";
            };
            r.add(s.heading() + "：" + what);
            evidence.forEach((k, why) -> {
                if (k.section() == s) {
                    r.add("依据：" + why);
                }
            });
        }
        return r;
    }
}
