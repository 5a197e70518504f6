package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.model.Texts;
import cn.gongkai.domain.model.Totals;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.reading.Statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects what the importer recognises, then builds the draft in one go. */
final class DraftBuilder {
    String unitName = "";
    String unitCode = "";
    int year;
    LocalDate assetsAsOf;
    MoneyUnit moneyUnit = MoneyUnit.WAN_YUAN;
    MoneyUnit performanceUnit = MoneyUnit.WAN_YUAN;
    boolean showStaffing;
    final Map<FigureKey, BigDecimal> figures = new EnumMap<>(FigureKey.class);
    final Map<TextKey, Narrative> texts = new EnumMap<>(TextKey.class);
    final List<OrgUnit> orgUnits = new ArrayList<>();
    final List<CostItem> costItems = new ArrayList<>();
    final List<NamedAmount> majorProjects = new ArrayList<>();
    final List<DutyTarget> dutyTargets = new ArrayList<>();
    final List<Duty> duties = new ArrayList<>();
    final List<ProcurementRow> procurement = new ArrayList<>();
    final List<GlossaryEntry> glossary = new ArrayList<>();
    /** What the importer read one way of several possible, for the report's 待确认 lines. */
    final List<String> inferred = new ArrayList<>();

    void inferred(String what) {
        inferred.add(what);
    }

    /**
     * A table whose amounts were read in the text's unit because it names none of its own ("单位：元" above it, or
     * "（元）" in a heading): the unit is a guess, for the report's 待确认 lines.
     */
    void unitOfTable(TextBlocks.Table t, String what, MoneyUnit assumed) {
        boolean stated = t.rows().stream().map(TextBlocks.Row::joined)
                .anyMatch(j -> j.matches(".*(单位[：:](万元|元)|[（(](万元|元)[)）]).*"));
        if (!stated) {
            inferred("第" + t.line() + "行起的" + what + "没有写金额单位，按正文的" + assumed.label() + "读入");
        }
    }

    /** What the report says was done, beside the sections' lines ("目录已略过"). */
    final List<String> notes = new ArrayList<>();

    void recognised(String what) {
        notes.add(what);
    }

    /** Where a figure read from a sentence came from ("收入合计 5176.58万元 ← “2019年预算收入5176.58万元”"). */
    final Map<FigureKey, String> evidence = new EnumMap<>(FigureKey.class);
    /** A sentence and a table that disagree, reported, not silently resolved. */
    final List<String> conflicts = new ArrayList<>();

    void figure(FigureKey key, BigDecimal value) {
        if (value != null && !figures.containsKey(key)) {
            figures.put(key, value);
        }
    }

    /**
     * Fills a figure from a sentence that states it, keeping the sentence as evidence; a first value stays, and a
     * later sentence or a table that differs is reported (不一致), never silently resolved.
     */
    void stated(Statements.Statement s) {
        if (s.figure().isEmpty()) {
            statedSum(s);
            return;
        }
        FigureKey key = s.figure().get();
        BigDecimal v = Amounts.normalize(s.in(moneyUnit));
        BigDecimal had = figures.get(key);
        if (had == null) {
            figures.put(key, v);
            evidence.put(key, key.label() + " " + Amounts.shown(v) + moneyUnit.label() + " ← “" + s.clause() + "”");
        } else if (!Amounts.statedAs(had, v)) {
            conflicts.add(key.label() + "：文字写" + Amounts.shown(s.amount()) + s.unit().label() + "（“" + s.clause()
                    + "”），" + (evidence.containsKey(key) ? "前文为" : "表格为") + Amounts.shown(had)
                    + moneyUnit.label() + "；已按" + (evidence.containsKey(key) ? "前文" : "表格") + "填入，请核对");
        }
    }

    /** A sum stated for two figures ("公务用车购置及运维费"): the one part not stated otherwise is what the sum leaves. */
    private void statedSum(Statements.Statement s) {
        List<FigureKey> missing = s.figures().stream().filter(k -> !figures.containsKey(k)).toList();
        if (missing.size() != 1) {
            return;
        }
        BigDecimal known = Amounts.sum(s.figures().stream().filter(figures::containsKey).map(figures::get).toList());
        BigDecimal rest = Amounts.normalize(s.in(moneyUnit).subtract(known));
        if (rest.signum() >= 0) {
            figures.put(missing.get(0), rest);
            evidence.put(missing.get(0), missing.get(0).label() + " " + Amounts.shown(rest) + moneyUnit.label()
                    + " ← “" + s.clause() + "”减去其余部分");
        }
    }

    /** Last year's figure from a stated change: this year's less the change, where this year's is known. */
    void changed(Statements.Statement s) {
        if (s.figure().isEmpty()) {
            return;
        }
        FigureKey key = s.figure().get();
        BigDecimal now = figures.get(key);
        key.lastYear().filter(last -> now != null && !figures.containsKey(last))
                .ifPresent(last -> figures.put(last, Amounts.normalize(now.subtract(s.in(moneyUnit)))));
    }

    /** The unit's code where a caption starts with it ("912廊坊市…", "编制单位：912…"). */
    private static final Pattern CODE = Pattern.compile(
            "^(?:编制(?:单位|部门)\\s*[：:]\\s*)?(\\d{2,6})[^\\d.]");

    /** Takes the unit's code from a table's caption cell, unless one was found before. */
    void codeFrom(String cell) {
        Matcher m = CODE.matcher(cell.strip() + " ");
        if (m.find() && unitCode.isEmpty()) {
            unitCode = m.group(1);
        }
    }

    /** A text read so far ("" when none). */
    String text(TextKey key) {
        return texts.containsKey(key) ? texts.get(key).text() : "";
    }

    /** Every figure a paragraph states, with its sentence as evidence (the first statement of each). */
    void fillFrom(TextKey key) {
        List<Statements.Statement> all = Statements.in(key, text(key), year);
        all.stream().filter(st -> st.kind() == Statements.Kind.VALUE && st.figure().isPresent()).forEach(this::stated);
        all.stream().filter(st -> st.kind() == Statements.Kind.VALUE && st.figure().isEmpty()).forEach(this::stated);
    }

    /** Last year's figures from the changes a paragraph states (after every paragraph's figures are in). */
    void lastYearFrom(TextKey key) {
        Statements.in(key, text(key), year).stream().filter(st -> st.kind() == Statements.Kind.CHANGE)
                .forEach(this::changed);
    }

    /** Adds a paragraph to a text, keeping the officer's words and paragraph breaks. */
    void appendText(TextKey key, String paragraph) {
        Narrative old = texts.get(key);
        texts.put(key, Narrative.own(old == null || old.text().isEmpty() ? paragraph : old.text() + "\n" + paragraph));
    }

    /**
     * A total no sentence or table states, where its parts are: their sum, as the editor computes it (said in the
     * report: "收入全部为一般公共预算拨款收入…" states the total only by its one part).
     */
    private void totalsFromParts() {
        for (Map.Entry<FigureKey, List<FigureKey>> e : Totals.SUMS.entrySet()) {
            List<BigDecimal> parts = e.getValue().stream().map(figures::get).filter(java.util.Objects::nonNull).toList();
            if (!figures.containsKey(e.getKey()) && !parts.isEmpty()) {
                BigDecimal sum = Amounts.sum(parts);
                figures.put(e.getKey(), sum);
                evidence.put(e.getKey(), e.getKey().label() + " " + Amounts.shown(sum) + moneyUnit.label() + " ← 由"
                        + e.getValue().stream().filter(figures::containsKey).map(FigureKey::label)
                        .collect(java.util.stream.Collectors.joining("、")) + "相加");
            }
        }
    }

    Draft build(int fallbackYear) {
        totalsFromParts();
        int y = year != 0 ? year : fallbackYear;
        String name = unitName.isBlank() ? "（未识别的单位）" : unitName;
        // the level comes from the unit's name only (never from "我市" in running text), and is the officer's to confirm
        FinanceLevel level = FinanceLevel.fromUnitName(name).orElse(FinanceLevel.COUNTY);
        DraftHeader header = new DraftHeader(name, unitCode, y, level, DraftStatus.DRAFT, null, moneyUnit, assetsAsOf,
                TemplateProfile.forYear(y), Set.of(Guess.FINANCE_LEVEL));
        return new Draft(header, Figures.of(figures), Texts.of(texts), orgUnits, showStaffing, costItems,
                majorProjects, dutyTargets, new Performance(performanceUnit, duties), procurement, glossary,
                BudgetTables.NONE);
    }
}
