package cn.gongkai.domain;

import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.FigureKey.*;

/**
 * Next year's draft from this year's: duties, units, the performance tree and the texts carry over; this year's
 * figures become the comparison basis (上年); every figure of the new year starts empty so that the checks point
 * at each one still to enter. Paragraphs that state figures go back to the generated wording.
 */
public final class RollForward {
    private static final Map<FigureKey, FigureKey> BASIS = Map.of(
            EXPENSE_TOTAL, LAST_TOTAL,
            EXPENSE_BASIC, LAST_BASIC,
            EXPENSE_PROJECT, LAST_PROJECT,
            THREE_PUBLIC_TOTAL, LAST_THREE_PUBLIC_TOTAL,
            THREE_PUBLIC_ABROAD, LAST_THREE_PUBLIC_ABROAD,
            THREE_PUBLIC_VEHICLE_PURCHASE, LAST_THREE_PUBLIC_VEHICLE_PURCHASE,
            THREE_PUBLIC_VEHICLE_OPERATION, LAST_THREE_PUBLIC_VEHICLE_OPERATION,
            THREE_PUBLIC_RECEPTION, LAST_THREE_PUBLIC_RECEPTION);
    /** Paragraphs that state this year's figures or explain this year's changes; they do not carry over. */
    private static final List<TextKey> YEAR_SPECIFIC = List.of(TextKey.INCOME, TextKey.EXPENSE, TextKey.CHANGE,
            TextKey.BASIC_CHANGE_REASON, TextKey.PROJECT_CHANGE_REASON, TextKey.RUNNING_COSTS, TextKey.THREE_PUBLIC,
            TextKey.THREE_PUBLIC_REASON, TextKey.PROCUREMENT, TextKey.ASSETS);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?=年)");

    private RollForward() {
    }

    public static Draft apply(Draft source, int year, StandardGlossary glossary) {
        int from = source.header().budgetYear();
        if (year <= from) {
            throw new BadInputException("新年度 " + year + " 应晚于原草稿的年度 " + from);
        }
        DraftHeader h = source.header();
        DraftHeader header = new DraftHeader(h.unitName(), h.unitCode(), year, h.financeLevel(), DraftStatus.DRAFT,
                null, h.moneyUnit(), LocalDate.of(year - 1, 12, 31), TemplateProfile.forYear(year));
        Map<FigureKey, BigDecimal> figures = new EnumMap<>(FigureKey.class);
        BASIS.forEach((current, last) -> {
            BigDecimal v = source.figures().get(current);
            if (v != null) {
                figures.put(last, v);
            }
        });
        Map<TextKey, Narrative> texts = new EnumMap<>(TextKey.class);
        source.texts().asMap().forEach((k, v) -> {
            if (!YEAR_SPECIFIC.contains(k)) {
                texts.put(k, new Narrative(v.custom(), shiftYears(v.text(), from, year)));
            }
        });
        List<Duty> duties = source.performance().duties().stream()
                .map(d -> new Duty(shiftYears(d.name(), from, year), null, shiftYears(d.description(), from, year),
                        shiftYears(d.target(), from, year), d.activities().stream()
                        .map(a -> new Activity(a.name(), null, shiftYears(a.description(), from, year),
                                shiftYears(a.target(), from, year), a.indicators()))
                        .toList()))
                .toList();
        return new Draft(header, Figures.of(figures), Texts.of(texts), source.orgUnits(), source.showStaffing(),
                source.runningCostItems().stream().map(c -> new CostItem(c.name(), null, c.unit())).toList(),
                source.majorProjects().stream().map(p -> new NamedAmount(p.name(), null)).toList(),
                source.dutyTargets().stream().map(t -> new DutyTarget(t.name(), shiftYears(t.text(), from, year)))
                        .toList(),
                new Performance(source.performance().unit(), duties), List.of(),
                glossary.forLevel(h.financeLevel()), tables(source.tables()));
    }

    /**
     * The tables of the new year: every row kept (subjects and lines), this year's amounts emptied; the “三公”
     * table's amounts become its 上年预算数 row.
     */
    static BudgetTables tables(BudgetTables source) {
        List<BudgetTable> out = new ArrayList<>();
        for (BudgetTable t : source.all()) {
            List<BudgetRow> rows = new ArrayList<>();
            if (t.kind().shape() == TableKind.Shape.YEARS) {
                BudgetRow current = t.line(BudgetLine.CURRENT_YEAR).orElse(null);
                rows.add(BudgetRow.of(new RowKey.Line(BudgetLine.CURRENT_YEAR), BudgetLine.CURRENT_YEAR.label()));
                if (current != null) {
                    rows.add(new BudgetRow(new RowKey.Line(BudgetLine.LAST_YEAR), BudgetLine.LAST_YEAR.label(),
                            current.amounts(), java.util.Map.of()));
                }
            } else {
                t.rows().forEach(r -> rows.add(BudgetRow.of(r.key(), r.name())));
            }
            out.add(t.withRows(rows));
        }
        return BudgetTables.of(out);
    }

    /** Moves "2019年" (the budget year) and "2018年" (the year before) forward by the same number of years. */
    static String shiftYears(String text, int from, int to) {
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            int shifted = (y == from || y == from - 1) ? y + (to - from) : y;
            m.appendReplacement(sb, Integer.toString(shifted));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
