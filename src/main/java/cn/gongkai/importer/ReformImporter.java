package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.writing.GeneratedTexts;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.importer.ReformTopic.Heading;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Table;
import cn.gongkai.importer.workbook.PrintedTables;
import cn.gongkai.importer.workbook.PrintedTargets;

import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a disclosure in today's template (since 2021) into a post-reform draft: the 部门预算公开表 as tables, the
 * 情况说明 in either order published files take (Hebei's, as Gongkai prints it, or the national one), the 绩效 table;
 * the unit, its code and the budget year from the title, the cover and the tables' captions. Figures the tables give
 * come from the tables; a sentence fills only what no table gives, and one that differs is reported. A paragraph
 * that says exactly what the figures would generate is taken as generated, not frozen as the officer's own text.
 */
final class ReformImporter {
    /** Headings only today's template has: the 情况说明 written from the tables. */
    private static final Set<ReformTopic> REFORM_ONLY = EnumSet.of(ReformTopic.FISCAL, ReformTopic.GENERAL_PUBLIC,
            ReformTopic.SCALE, ReformTopic.STRUCTURE, ReformTopic.ITEMS, ReformTopic.BASIC, ReformTopic.GOV_FUND,
            ReformTopic.STATE_CAPITAL, ReformTopic.OTHER_IMPORTANT);
    private static final Pattern CONTENTS = Pattern.compile("目录|目次|目\\s*录");
    /** A 目录 entry: its page number after a tab, a leader or a blank, or leader dots without a number yet. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(".*(?:(?:\\t|\\s)\\d{1,3}|[.．…·]{2,}\\s*\\d{0,3})$");

    private final SubjectCatalogue catalogue;

    ReformImporter(SubjectCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Whether the blocks are a post-reform disclosure: its standard tables, or the headings of its 情况说明. */
    static boolean isReform(List<Block> blocks) {
        PublishedTables tables = PublishedTables.of(blocks);
        Set<ReformTopic> topics = EnumSet.noneOf(ReformTopic.class);
        for (Block b : blocks) {
            if (b instanceof Para p) {
                ReformTopic.of(p.text()).filter(Heading::numbered).map(Heading::topic).filter(REFORM_ONLY::contains)
                        .ifPresent(topics::add);
            }
        }
        return tables.tables().size() >= 2 || topics.size() >= 2;
    }

    ImportResult read(List<Block> blocks) {
        PublishedTables published = PublishedTables.of(blocks);
        List<String> unplaced = new ArrayList<>();
        DraftBuilder b = new DraftBuilder();
        ReformHeader header = new ReformHeader();
        Set<Integer> skipped = contents(blocks);
        if (!skipped.isEmpty()) {
            b.recognised("目录（" + skipped.size() + " 行）已略过，各部分按正文中的标题读入");
        }
        PrintedTargets.Read targets = PrintedTargets.read(targetForms(blocks, skipped));
        // the cover: the lines before the 目录, the first table or the first heading
        List<String> cover = new ArrayList<>();
        int i = 0;
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (skipped.contains(i) || published.took(i) || !(block instanceof Para p)
                    || ReformTopic.of(p.text()).isPresent()) {
                break;
            }
            cover.add(p.text());
        }
        header.cover(cover);
        WorkbookTables tables = PrintedTables.read(published.tables().stream().map(PublishedTables.Found::printed)
                .toList(), catalogue, header.year);
        Set<Integer> notes = new java.util.HashSet<>();
        BudgetTables read = emptyStatements(blocks, published, tables.tables(), notes);
        if (header.year == 0) {
            header.year = tables.budgetYear();
        }
        b.unitCode = tables.unitCode();
        b.moneyUnit = moneyUnit(read).orElse(b.moneyUnit);
        b.figures.putAll(tableFigures(read, b, header.year));
        ReformSections sections = new ReformSections(b, unplaced);
        for (int k = i; k < blocks.size(); k++) {
            if (skipped.contains(k) || published.took(k) || notes.contains(k)) {
                continue;
            }
            Block block = blocks.get(k);
            if (block instanceof Para p && PublishedTables.pageLeftover(p)) {
                continue; // a page number, or "（续表）", of the printed file
            }
            if (block instanceof Para p && header.year == 0 && p.text().contains("情况说明") && header.title(p.text())) {
                continue; // the 情况说明's title names the unit and year where no cover did
            }
            if (block instanceof Para p && !header.unitName.isEmpty()
                    && SectionBlocks.squeeze(p.text()).equals(SectionBlocks.squeeze(header.unitName))) {
                continue; // the unit's name as the first line of the 情况说明's title
            }
            if (block instanceof Para p && p.text().contains("情况说明") && !header.title.isEmpty()
                    && SectionBlocks.squeeze(p.text()).startsWith(SectionBlocks.squeeze(header.unitName))) {
                continue; // the 情况说明's title, once more
            }
            sections.add(block);
        }
        if (header.unitName.isEmpty()) {
            header.unitName = tables.unitName();
        }
        b.unitName = header.unitName;
        b.year = header.year;
        sections.read();
        List<String> fromText = new ArrayList<>();
        if (read.get(cn.gongkai.domain.budget.TableKind.INCOME_EXPENSE_SUMMARY).isEmpty()) {
            // no 收支总表 printed: the classes the text states are its expenditure side
            BudgetTables before = read;
            read = ClassesFromText.read(b, catalogue, fromText).map(before::with).orElse(before);
        }
        if (!header.title.isEmpty()) {
            b.texts.put(TextKey.TITLE, cn.gongkai.domain.model.Narrative.own(header.title.replaceAll("\\s+", "")));
        }
        Draft draft = build(b, header, read, tables);
        draft = draft.withPerformance(draft.performance().withTargets(targets.sheets().onto(
                draft.performance().targets(), draft.performance().unit())));
        List<String> report = report(draft, tables, b, sections);
        report.addAll(fromText);
        report.addAll(targets.recognised());
        unplaced.addAll(targets.unplaced());
        unplaced.addAll(tables.unplaced());
        return new ImportResult(0, draft, report, unplaced);
    }

    /**
     * The three-level 绩效目标表 printed in the file: a table with a row headed 一级指标 … 三级指标, with the fields
     * (项目名称…, 年度预算数…) in its first rows or in a table just above it, under the last title that names a
     * 绩效目标表. Their blocks are taken (added
     * to {@code skipped}) so the text does not read them again.
     */
    private static List<PrintedTargets.Form> targetForms(List<Block> blocks, Set<Integer> skipped) {
        List<PrintedTargets.Form> forms = new ArrayList<>();
        String title = "";
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Para p && SectionBlocks.squeeze(p.text()).matches(
                    "^[一二三四五六七八九十、.．\\d]*(部门整体支出|项目支出|项目)绩效目标表$")) {
                title = SectionBlocks.squeeze(p.text());
                skipped.add(i);
                continue;
            }
            if (!(blocks.get(i) instanceof Table t) || t.rows().isEmpty() || !headedByLevels(t)) {
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            boolean withFields = fieldRow(t.rows().get(0).cell(0)); // the fields' table printed right on top
            for (int k = i - 1; !withFields && k >= Math.max(0, i - 2); k--) {
                if (blocks.get(k) instanceof Table f && f.rows().stream().anyMatch(r -> fieldRow(r.cell(0)))) {
                    f.rows().forEach(r -> rows.add(r.cells()));
                    skipped.add(k);
                    break;
                }
            }
            t.rows().forEach(r -> rows.add(r.cells()));
            skipped.add(i);
            forms.add(new PrintedTargets.Form(title.isEmpty() ? "项目支出绩效目标表" : title, rows));
        }
        return forms;
    }

    private static boolean headedByLevels(Table t) {
        return t.rows().stream().map(r -> SectionBlocks.squeeze(String.join("|", r.cells())))
                .anyMatch(head -> head.contains("一级指标") && head.contains("三级指标"));
    }

    private static boolean fieldRow(String first) {
        return PrintedTargets.opensForm(first);
    }

    /** The draft: the builder's texts and figures over the tables' figures, the level where the file states it. */
    private static Draft build(DraftBuilder b, ReformHeader header, BudgetTables tables, WorkbookTables read) {
        Draft base = b.build(Year.now().getValue());
        Optional<ReformHeader.Stated> stated = ReformHeader.level(b.text(TextKey.BUDGET_INTRO),
                String.join("\n", b.glossary.stream().map(g -> g.definition()).toList()));
        DraftHeader h = base.header();
        h = new DraftHeader(h.unitName(), h.unitCode(), h.budgetYear(),
                stated.map(ReformHeader.Stated::level).orElse(h.financeLevel()), h.status(), header.approvalDate,
                h.moneyUnit(), h.assetsAsOf(), TemplateProfile.HEBEI_2021,
                stated.filter(ReformHeader.Stated::sure).isPresent() ? Set.of() : Set.of(Guess.FINANCE_LEVEL),
                read.amountStyle()); // the decimals the tables are printed with
        // the builder began with the tables' figures: a sentence filled only what they left
        Draft d = TableFigures.sync(base.withHeader(h).withTables(tables));
        d = LastYearFromText.apply(d);
        return GeneratedTexts.recognise(d);
    }

    /** The money unit most tables are printed in (the draft's, so that the 情况说明 reads in it too). */
    private static Optional<cn.gongkai.domain.money.MoneyUnit> moneyUnit(BudgetTables tables) {
        long yuan = tables.all().stream().filter(t -> t.unit() == cn.gongkai.domain.money.MoneyUnit.YUAN).count();
        return tables.all().isEmpty() ? Optional.empty() : Optional.of(yuan * 2 > tables.all().size()
                ? cn.gongkai.domain.money.MoneyUnit.YUAN : cn.gongkai.domain.money.MoneyUnit.WAN_YUAN);
    }

    /** The figures the tables determine, in the draft's unit, for the sentences to be held against. */
    private static java.util.Map<FigureKey, java.math.BigDecimal> tableFigures(BudgetTables tables, DraftBuilder b,
                                                                             int year) {
        DraftHeader h = new DraftHeader("表格", "", year == 0 ? Year.now().getValue() : year, FinanceLevel.COUNTY,
                cn.gongkai.domain.model.DraftStatus.DRAFT, null, b.moneyUnit, null, TemplateProfile.HEBEI_2021, Set.of());
        var out = new java.util.EnumMap<FigureKey, java.math.BigDecimal>(FigureKey.class);
        TableFigures.derive(Draft.empty(h, List.of()).withTables(tables)).forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The tables with the 空表说明 printed under those that came out empty; marks the blocks taken. */
    private static BudgetTables emptyStatements(List<Block> blocks, PublishedTables published, BudgetTables tables,
                                                Set<Integer> taken) {
        BudgetTables out = tables;
        for (PublishedTables.Found f : published.tables()) {
            Optional<BudgetTable> t = tables.get(f.printed().kind());
            if (f.note() >= 0 && t.isPresent() && t.get().isEmpty()) {
                String note = ((Para) blocks.get(f.note())).text().strip();
                out = out.with(t.get().withEmptyStatement(note.equals(Narratives.EMPTY_TABLE) ? "" : note));
                taken.add(f.note());
            }
        }
        return out;
    }

    /** The 目录: a "目录" line and the entries under it (each ending with its page number). */
    private static Set<Integer> contents(List<Block> blocks) {
        Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Para p && CONTENTS.matcher(SectionBlocks.squeeze(p.text())).matches()) {
                out.add(i);
                for (int k = i + 1; k < blocks.size() && blocks.get(k) instanceof Para e
                        && PAGE_NUMBER.matcher(e.text().strip()).matches(); k++) {
                    out.add(k);
                }
                break;
            }
        }
        return out;
    }

    private static List<String> report(Draft d, WorkbookTables tables, DraftBuilder b, ReformSections sections) {
        List<String> r = new ArrayList<>();
        r.add("单位：" + d.header().unitName() + "（编码 " + (d.header().unitCode().isEmpty() ? "未识别"
                : d.header().unitCode()) + "），" + d.header().budgetYear() + " 年度，" + d.header().financeLevel().label()
                + "，" + d.header().profile().label());
        d.header().unconfirmed().forEach(g -> r.add(g.reportLine(d.header())));
        b.conflicts.forEach(l -> r.add("不一致：" + l));
        b.inferred.forEach(l -> r.add("待确认：" + l));
        tables.warnings().forEach(r::add);
        b.notes.forEach(l -> r.add("说明：" + l));
        r.addAll(tables.recognised());
        r.addAll(sections.summary(d));
        b.evidence.forEach((k, why) -> r.add("依据：" + why));
        return r;
    }

    /** Whether a block is a table of the narrative (the units, procurement, assets or 绩效 table). */
    static boolean isTable(Block b) {
        return b instanceof Table;
    }
}
