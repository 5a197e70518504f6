package cn.gongkai.domain.newyear;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.model.Texts;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.Targets;
import cn.gongkai.domain.targets.UnitTarget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.model.FigureKey.*;

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
            THREE_PUBLIC_RECEPTION, LAST_THREE_PUBLIC_RECEPTION,
            GENERAL_PUBLIC_EXPENSE, LAST_GENERAL_PUBLIC);
    /** Paragraphs that state this year's figures or explain this year's changes; they do not carry over. */
    private static final List<TextKey> YEAR_SPECIFIC = List.of(TextKey.INCOME, TextKey.EXPENSE, TextKey.CHANGE,
            TextKey.BASIC_CHANGE_REASON, TextKey.PROJECT_CHANGE_REASON, TextKey.RUNNING_COSTS, TextKey.THREE_PUBLIC,
            TextKey.THREE_PUBLIC_REASON, TextKey.PROCUREMENT, TextKey.ASSETS, TextKey.FISCAL_OVERVIEW,
            TextKey.GENERAL_PUBLIC_SCALE, TextKey.GENERAL_PUBLIC_SCALE_REASON, TextKey.GENERAL_PUBLIC_STRUCTURE,
            TextKey.GENERAL_PUBLIC_ITEMS, TextKey.GENERAL_PUBLIC_BASIC, TextKey.GOV_FUND_EXPENSE,
            TextKey.STATE_CAPITAL_EXPENSE, TextKey.PERFORMANCE_SETTING);
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
                null, h.moneyUnit(), LocalDate.of(year - 1, 12, 31), TemplateProfile.forYear(year), h.unconfirmed(),
                h.amountStyle());
        Map<FigureKey, BigDecimal> figures = new EnumMap<>(FigureKey.class);
        BASIS.forEach((current, last) -> {
            BigDecimal v = source.figures().get(current);
            if (v != null) {
                figures.put(last, v);
            }
        });
        if (!figures.containsKey(LAST_GENERAL_PUBLIC) && !h.profile().tablesFirst()
                && source.figures().get(INCOME_GENERAL_PUBLIC) != null) {
            figures.put(LAST_GENERAL_PUBLIC, source.figures().get(INCOME_GENERAL_PUBLIC)); // 一般公共预算收入 of 2018–2020
        }
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
        return TableFigures.sync(new Draft(header, Figures.of(figures), Texts.of(texts), source.orgUnits(),
                source.showStaffing(),
                source.runningCostItems().stream().map(c -> new CostItem(c.name(), null, c.unit())).toList(),
                source.majorProjects().stream().map(p -> new NamedAmount(p.name(), null)).toList(),
                source.dutyTargets().stream().map(t -> new DutyTarget(t.name(), shiftYears(t.text(), from, year)))
                        .toList(),
                new Performance(source.performance().unit(), duties, targets(source.performance().targets(), from,
                        year)), List.of(),
                glossary.forLevel(h.financeLevel()), tables(source.tables())));
    }

    /**
     * The three-level forms of the new year: the same projects and indicators (most recur), their money emptied and
     * the years in their goals moved on; this year's workbook replaces them where it has the sheets.
     */
    static Targets targets(Targets source, int from, int year) {
        return new Targets(source.unit().isNone() ? UnitTarget.NONE : new UnitTarget(shiftYears(source.unit().goal(),
                from, year), null, source.unit().indicators()), source.projects().stream()
                .map(p -> new ProjectTarget(p.name(), p.department(), p.implementer(), null, null,
                        shiftYears(p.goal(), from, year), p.indicators())).toList());
    }

    /**
     * The tables of the new year: every row kept (subjects and lines), this year's amounts emptied; the “三公”
     * table's amounts become its 上年预算数 row, and each row's 合计 of 一般公共预算支出表 its 上年预算数 (the basis of
     * the 情况说明's changes by 项). Notes (last year's reasons) do not carry over.
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
            } else if (t.kind() == TableKind.GENERAL_PUBLIC_EXPENSE) {
                t.rows().forEach(r -> rows.add(BudgetRow.of(r.key(), r.name())
                        .with(BudgetColumn.LAST_YEAR_TOTAL, t.amount(r, BudgetColumn.TOTAL))));
                List<BudgetColumn> columns = new ArrayList<>(t.columns());
                columns.remove(BudgetColumn.LAST_YEAR_TOTAL);
                columns.add(BudgetColumn.LAST_YEAR_TOTAL);
                out.add(new BudgetTable(t.kind(), t.unit(), columns, rows, t.emptyStatement()));
                continue;
            } else {
                t.rows().forEach(r -> rows.add(BudgetRow.of(r.key(), r.name())));
            }
            out.add(t.withRows(rows));
        }
        return BudgetTables.of(out);
    }

    /**
     * What the officer is told after rolling forward: what became last year's basis, what was emptied, and — when
     * the new year is published in the post-reform layout and the old one was not — what moved where.
     */
    public static List<String> notes(Draft source, Draft rolled) {
        int from = source.header().budgetYear();
        List<String> out = new ArrayList<>();
        List<String> basis = new ArrayList<>();
        for (FigureKey k : FigureKey.values()) {
            if (k.name().startsWith("LAST_") && rolled.figures().has(k)) {
                basis.add(k.label().replaceFirst("^上年", "") + " " + Amounts.plain(rolled.figures().get(k)));
            }
        }
        if (!basis.isEmpty()) {
            out.add(from + " 年的数字已作为上年数（比较基数）：" + String.join("，", basis) + "（"
                    + rolled.header().moneyUnit().label() + "）。");
        }
        out.add(rolled.header().budgetYear() + " 年的数字已清空，待填写或从预算系统导入表格；部门职责、机构、绩效目标和说明文字已带入（其中的年份已顺延）。");
        if (!rolled.tables().isEmpty()) {
            out.add("公开表保留了全部科目行，本年金额已清空；一般公共预算支出表各行的“上年预算数”和“三公”经费支出表的上年预算数已带入。");
        }
        if (!source.header().profile().tablesFirst() && rolled.header().profile().tablesFirst()) {
            out.add("模板改为“" + rolled.header().profile().label() + "”：公开件依次为目录、部门预算公开表、部门预算信息公开情况说明。");
            out.add("收入按新口径分类：原“财政专户核拨收入”对应“财政专户管理资金收入”，原“事业收入”“事业单位经营收入”“其他收入”归入“单位资金收入”，"
                    + "新增“国有资本经营预算拨款收入”和“上年结转结余”。");
            out.add("收入、支出说明改为按公开表生成，并新增财政拨款收支总体情况、一般公共预算当年拨款（规模变化、结构、具体使用情况）、"
                    + "一般公共预算基本支出、政府性基金和国有资本经营预算支出、预算绩效目标设置情况等段落。");
            out.add("原“比上年增减情况”和基本支出、项目支出的增减原因不再单独成段，增减变化改在一般公共预算当年拨款中说明。");
            if (rolled.figures().has(LAST_GENERAL_PUBLIC) && !source.figures().has(GENERAL_PUBLIC_EXPENSE)) {
                out.add("上年一般公共预算当年拨款暂取 " + from + " 年的一般公共预算收入 "
                        + Amounts.plain(rolled.figures().get(LAST_GENERAL_PUBLIC)) + rolled.header().moneyUnit().label()
                        + "，请核对。");
            }
            out.add("请导入本年预算系统导出的表格：文件 › 从预算系统导入表格…");
        }
        return out;
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
