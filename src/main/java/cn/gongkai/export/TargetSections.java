package cn.gongkai.export;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.Targets;
import cn.gongkai.domain.targets.UnitTarget;
import cn.gongkai.export.GridTable.Cell;

import java.util.ArrayList;
import java.util.List;

/**
 * The three-level 绩效目标表 as printed: the unit's 部门整体支出绩效目标表, then a 项目支出绩效目标表 per project — its
 * fields (项目名称, 主管部门, 实施单位, 项目资金, 年度目标) and its indicators under 一级/二级/三级 headings, 一级 and
 * 二级 written on the first row of their group. Landscape when the forms have 权重 or 指标解释 columns.
 */
final class TargetSections {
    static final String UNIT_TITLE = "部门整体支出绩效目标表";
    static final String PROJECT_TITLE = "项目支出绩效目标表";

    private TargetSections() {
    }

    /**
     * The parts' headings for the 目录, numbered on from {@code next} ("四、"…; 0: not numbered, as under 五 of the
     * 2018–2020 template); none when the draft has no form.
     */
    static List<String> entries(Draft d, int next) {
        Targets t = d.performance().targets();
        List<String> out = new ArrayList<>();
        if (!t.unit().isNone()) {
            out.add((next > 0 ? ChineseNumbers.of(next++) + "、" : "") + UNIT_TITLE);
        }
        if (!t.projects().isEmpty()) {
            out.add((next > 0 ? ChineseNumbers.of(next) + "、" : "") + PROJECT_TITLE);
        }
        return out;
    }

    static void write(Draft d, BlockList out, int next) {
        Targets t = d.performance().targets();
        if (t.isNone()) {
            return;
        }
        boolean wide = wide(t);
        List<String> headings = entries(d, next);
        int h = 0;
        MoneyUnit unit = d.performance().unit();
        AmountStyle style = d.header().amountStyle();
        String maker = "编制单位：" + d.header().unitCode() + d.header().unitName();
        if (!t.unit().isNone()) {
            out.newPage(wide);
            out.mark(new cn.gongkai.domain.port.PagePart.PerformanceTable());
            out.tableTitle(headings.get(h), headings.get(h++));
            out.caption(maker, "预算年度：" + d.header().budgetYear() + "年", "单位：" + unit.label());
            UnitTarget u = t.unit();
            out.table(fields(List.of(List.of("年度预算数", style.cell(u.budget())), List.of("年度总体目标", u.goal()))));
            out.table(indicators(u.indicators(), wide));
        }
        boolean first = true;
        for (ProjectTarget p : t.projects()) {
            out.newPage(wide);
            if (first) {
                out.tableTitle(headings.get(h), headings.get(h));
                first = false;
            }
            out.caption(maker, "预算年度：" + d.header().budgetYear() + "年", "单位：" + unit.label());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("项目名称", p.name()));
            rows.add(List.of("主管部门", p.department()));
            rows.add(List.of("实施单位", p.implementer()));
            rows.add(List.of("年度资金总额（" + unit.label() + "）", style.cell(p.total())));
            rows.add(List.of("其中：财政拨款", style.cell(p.fiscal())));
            rows.add(List.of("其他资金", style.cell(p.other())));
            rows.add(List.of("年度目标", p.goal()));
            out.table(fields(rows));
            out.table(indicators(p.indicators(), wide));
        }
    }

    /** Whether any form has 权重 or 指标解释 (a wider grid, printed landscape). */
    static boolean wide(Targets t) {
        List<TargetIndicator> all = new ArrayList<>(t.unit().indicators());
        t.projects().forEach(p -> all.addAll(p.indicators()));
        return all.stream().anyMatch(i -> i.weight() != null || !i.explanation().isEmpty());
    }

    private static GridTable fields(List<List<String>> rows) {
        List<List<Cell>> body = new ArrayList<>();
        for (List<String> r : rows) {
            body.add(List.of(Cell.text(r.get(0)).bold(true).aligned(GridTable.Align.CENTER), Cell.text(r.get(1))));
        }
        return new GridTable(List.of(1.2f, 4.8f), List.of(), body, 10.5f);
    }

    static GridTable indicators(List<TargetIndicator> list, boolean wide) {
        List<Cell> head = new ArrayList<>(List.of(Cell.heading("一级指标", 1, 1), Cell.heading("二级指标", 1, 1),
                Cell.heading("三级指标", 1, 1), Cell.heading("指标值", 1, 1)));
        List<Float> widths = new ArrayList<>(List.of(1.1f, 1.7f, 2.6f, 1.4f));
        if (wide) {
            head.add(Cell.heading("权重", 1, 1));
            head.add(Cell.heading("指标解释", 1, 1));
            widths.add(0.6f);
            widths.add(2.6f);
        }
        List<List<Cell>> body = new ArrayList<>();
        String l1 = null;
        String l2 = null;
        for (TargetIndicator i : list) {
            boolean newL1 = !i.level1().label().equals(l1);
            boolean newL2 = newL1 || !i.level2().equals(l2);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(newL1 ? i.level1().label() : ""),
                    Cell.text(newL2 ? i.level2() : ""), Cell.text(i.name()), Cell.text(i.value().text())
                            .aligned(GridTable.Align.CENTER)));
            if (wide) {
                row.add(Cell.amount(i.weight() == null ? "" : i.weight().toPlainString()));
                row.add(Cell.text(i.explanation()));
            }
            body.add(row);
            l1 = i.level1().label();
            l2 = i.level2();
        }
        return new GridTable(widths, List.of(head), body, 10.5f);
    }
}
