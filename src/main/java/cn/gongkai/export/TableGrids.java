package cn.gongkai.export;

import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableLayout;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.export.GridTable.Align;
import cn.gongkai.export.GridTable.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static cn.gongkai.domain.model.FigureKey.*;

/** The tables of a disclosure as printed, with the seeds' merged headers: the units, 绩效, 政府采购, 固定资产, the 公开表. */
public final class TableGrids {
    /** Text size of a table; 9 pt for the widest. */
    public static final float SIZE = 10.5f;
    public static final float SMALL = 9f;
    private static final Set<BudgetLine> TOTALS = EnumSet.of(BudgetLine.TOTAL, BudgetLine.INCOME_YEAR_TOTAL,
            BudgetLine.INCOME_GRAND_TOTAL, BudgetLine.EXPENSE_YEAR_TOTAL, BudgetLine.EXPENSE_GRAND_TOTAL);

    private TableGrids() {
    }

    private static List<Float> widths(float... w) {
        List<Float> out = new ArrayList<>();
        for (float f : w) {
            out.add(f);
        }
        return out;
    }

    private static Cell centred(String text) {
        return Cell.text(text).aligned(Align.CENTER);
    }

    /** 部门职责-工作活动绩效目标: duty rows shaded and bold, activities indented, every threshold in its column. */
    public static GridTable performance(Draft d) {
        List<List<Cell>> header = List.of(
                List.of(Cell.heading("职责活动", 2, 1), Cell.heading("年度预算数", 2, 1), Cell.heading("内容描述", 2, 1),
                        Cell.heading("绩效目标", 2, 1), Cell.heading("绩效指标", 2, 1), Cell.heading("评价标准", 1, 4)),
                Indicator.GRADE_NAMES.stream().map(g -> Cell.heading(g, 1, 1)).toList());
        List<BigDecimal> amounts = new ArrayList<>();
        d.performance().duties().forEach(duty -> {
            amounts.add(duty.amount());
            duty.activities().forEach(a -> amounts.add(a.amount()));
        });
        AmountStyle fmt = d.header().amountStyle();
        List<List<Cell>> body = new ArrayList<>();
        int dutyNo = 0;
        for (Duty duty : d.performance().duties()) {
            dutyNo++;
            List<Cell> row = new ArrayList<>(List.of(Cell.text(ChineseNumbers.of(dutyNo) + "、" + duty.name()).bold(true),
                    Cell.amount(fmt.cell(duty.amount())), Cell.text(duty.description()), Cell.text(duty.target())));
            for (int i = 0; i < 5; i++) {
                row.add(Cell.text(""));
            }
            body.add(row.stream().map(Cell::withShade).toList());
            int activityNo = 0;
            for (Activity a : duty.activities()) {
                activityNo++;
                List<Cell> first = new ArrayList<>(List.of(Cell.text(activityNo + "、" + a.name()).indented(1),
                        Cell.amount(fmt.cell(a.amount())), Cell.text(a.description()), Cell.text(a.target())));
                if (a.indicators().isEmpty()) {
                    for (int i = 0; i < 5; i++) {
                        first.add(Cell.text(""));
                    }
                    body.add(first);
                }
                List<Cell> current = first;
                for (Indicator ind : a.indicators()) {
                    if (current == null) {
                        current = new ArrayList<>();
                        for (int i = 0; i < 4; i++) {
                            current.add(Cell.text(""));
                        }
                    }
                    current.add(Cell.text(ind.name()));
                    for (String g : ind.grades()) {
                        current.add(centred(g));
                    }
                    body.add(current);
                    current = null;
                }
            }
        }
        return new GridTable(widths(14, 7, 20, 20, 13, 6.5f, 6.5f, 6.5f, 6.5f), header, body, SIZE);
    }

    /** 部门机构设置情况, or with the staffing columns 部门基本情况表 (with a 合计 row). */
    public static GridTable units(Draft d) {
        boolean staffing = d.showStaffing();
        int rows = staffing ? 2 : 1;
        List<Cell> top = new ArrayList<>();
        for (String h : List.of("单位名称", "单位性质", "单位规格", "经费保障形式")) {
            top.add(Cell.heading(h, rows, 1));
        }
        List<List<Cell>> header = new ArrayList<>();
        if (staffing) {
            top.add(Cell.heading("车辆编制数", 2, 1));
            top.add(Cell.heading("编制人数", 1, 2));
            top.add(Cell.heading("在职人数", 1, 2));
            top.add(Cell.heading("离退人数", 1, 3));
            header.add(top);
            header.add(List.of("行政", "事业", "行政", "事业", "离休", "退休", "退职").stream()
                    .map(h -> Cell.heading(h, 1, 1)).toList());
        } else {
            header.add(top);
        }
        List<List<Cell>> body = new ArrayList<>();
        List<Cell> total = new ArrayList<>(List.of(centred("合计").bold(true), Cell.text(""), Cell.text(""),
                Cell.text("")));
        if (staffing) {
            for (int c = 0; c < 8; c++) {
                int col = c;
                Integer sum = d.orgUnits().stream().map(u -> u.staffing().columns()[col]).filter(Objects::nonNull)
                        .reduce(Integer::sum).orElse(null);
                total.add(Cell.amount(sum == null ? "" : sum.toString()));
            }
        }
        body.add(total);
        for (OrgUnit u : d.orgUnits()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(u.name()), centred(u.nature()), centred(u.rank()),
                    centred(u.fundingForm())));
            if (staffing) {
                for (Integer n : u.staffing().columns()) {
                    row.add(Cell.amount(n == null ? "" : n.toString()));
                }
            }
            body.add(row);
        }
        return new GridTable(staffing ? widths(22, 6, 7, 10, 6, 7, 7, 7, 7, 7, 7, 7) : widths(40, 15, 15, 30), header,
                body, staffing ? SMALL : SIZE);
    }

    /** 部门政府采购预算, by funding source, with a 合计 row when it has rows. */
    public static GridTable procurement(Draft d) {
        List<List<Cell>> header = List.of(
                List.of(Cell.heading("政府采购项目来源", 1, 2), Cell.heading("采购物品名称", 3, 1),
                        Cell.heading("政府采购目录序号", 3, 1), Cell.heading("数量单位", 3, 1), Cell.heading("数量", 3, 1),
                        Cell.heading("单价", 3, 1), Cell.heading("政府采购金额", 1, 7)),
                List.of(Cell.heading("项目名称", 2, 1), Cell.heading("预算资金", 2, 1), Cell.heading("总计", 2, 1),
                        Cell.heading("当年部门预算安排资金", 1, 5), Cell.heading("其他渠道资金", 2, 1)),
                List.of("合计", "一般公共预算拨款", "基金预算拨款", "财政专户核拨", "其他来源收入").stream()
                        .map(h -> Cell.heading(h, 1, 1)).toList());
        List<ProcurementRow> rows = d.procurement();
        List<Function<ProcurementRow, BigDecimal>> money = List.of(ProcurementRow::amount,
                ProcurementRow::fundSubtotal, ProcurementRow::fundGeneral, ProcurementRow::fundGovFund,
                ProcurementRow::fundSpecial, ProcurementRow::fundOtherIncome, ProcurementRow::otherChannel);
        List<BigDecimal> all = new ArrayList<>();
        rows.forEach(r -> {
            all.add(r.projectBudget());
            all.add(r.unitPrice());
            money.forEach(m -> all.add(m.apply(r)));
        });
        AmountStyle fmt = d.header().amountStyle();
        List<List<Cell>> body = new ArrayList<>();
        if (!rows.isEmpty()) {
            List<Cell> total = new ArrayList<>(List.of(centred("合　计").bold(true)));
            for (int i = 0; i < 6; i++) {
                total.add(Cell.text(""));
            }
            for (Function<ProcurementRow, BigDecimal> m : money) {
                BigDecimal sum = Amounts.sum(rows.stream().map(m).toList());
                boolean any = rows.stream().map(m).anyMatch(v -> v != null && v.signum() != 0);
                total.add(Cell.amount(any ? fmt.cell(sum) : ""));
            }
            body.add(total);
        }
        for (ProcurementRow r : rows) {
            List<Cell> row = new ArrayList<>(List.of(Cell.text(r.projectName()), Cell.amount(fmt.cell(r.projectBudget())),
                    Cell.text(r.itemName()), Cell.text(r.catalogCode()), centred(r.quantityUnit()),
                    Cell.amount(r.quantity() == null ? "" : Amounts.plain(r.quantity())),
                    Cell.amount(fmt.cell(r.unitPrice()))));
            money.forEach(m -> row.add(Cell.amount(fmt.cell(m.apply(r)))));
            body.add(row);
        }
        return new GridTable(widths(11, 6, 10, 9, 5, 5, 6, 7, 7, 8, 7, 7, 7, 7), header, body, SMALL);
    }

    /** 部门固定资产占用情况表. */
    public static GridTable assets(Draft d) {
        String unit = d.header().moneyUnit().label();
        List<List<Cell>> header = List.of(List.of(Cell.heading("项目", 1, 1), Cell.heading("数量", 1, 1),
                Cell.heading("价值（金额单位：" + unit + "）", 1, 1)));
        AmountStyle fmt = d.header().amountStyle();
        List<List<Cell>> body = new ArrayList<>();
        body.add(assetRow(d, "资产总额", null, ASSET_TOTAL, fmt));
        body.add(assetRow(d, "1、房屋（平方米）", ASSET_BUILDING_AREA, ASSET_BUILDING_VALUE, fmt));
        body.add(assetRow(d, "　　其中：办公用房（平方米）", ASSET_OFFICE_AREA, ASSET_OFFICE_VALUE, fmt));
        body.add(assetRow(d, "2、车辆（台、辆）", ASSET_VEHICLE_COUNT, ASSET_VEHICLE_VALUE, fmt));
        body.add(assetRow(d, "3、单价在20万元以上的设备", ASSET_EQUIPMENT_COUNT, ASSET_EQUIPMENT_VALUE, fmt));
        body.add(assetRow(d, "4、其他固定资产", ASSET_OTHER_COUNT, ASSET_OTHER_VALUE, fmt));
        return new GridTable(widths(50, 20, 30), header, body, SIZE);
    }

    private static List<Cell> assetRow(Draft d, String label, FigureKey count, FigureKey value, AmountStyle fmt) {
        String n = count == null ? "——" : Amounts.plain(d.figures().get(count));
        return List.of(Cell.text(label), Cell.amount(n).aligned(count == null ? Align.CENTER : Align.RIGHT),
                Cell.amount(fmt.cell(d.figures().get(value))));
    }

    /** Whether a standard table needs a landscape page: more than six columns. */
    public static boolean wide(BudgetTable t) {
        return TableLayout.of(t).columns().size() > 6;
    }

    /**
     * A standard table as printed: its headings and 栏次 row as header rows, subject names indented by level,
     * amounts right-aligned as the draft publishes them ({@code style}), total lines in bold.
     */
    public static GridTable budget(BudgetTable t, AmountStyle style) {
        TableLayout l = TableLayout.of(t);
        List<List<Cell>> header = new ArrayList<>();
        for (int row = 0; row < l.headingRows(); row++) {
            int r = row;
            header.add(l.headings().stream().filter(h -> h.row() == r)
                    .sorted(java.util.Comparator.comparingInt(TableLayout.Heading::col))
                    .map(h -> Cell.heading(h.text(), h.rowSpan(), h.colSpan())).toList());
        }
        if (!l.countRow().isEmpty()) {
            header.add(l.countRow().stream().map(c -> centred(c)).toList());
        }
        AmountStyle fmt = style;
        List<List<Cell>> body = new ArrayList<>();
        for (List<TableLayout.Cell> line : l.body()) {
            boolean bold = line.stream().anyMatch(c -> c.row() != null && total(c.row()));
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < line.size(); i++) {
                TableLayout.Cell c = line.get(i);
                if (c.isAmount()) {
                    row.add(Cell.amount(fmt.cell(t.amount(c.row(), c.column()))).bold(bold));
                    continue;
                }
                String text = c.text();
                int indent = 0;
                while (indent < text.length() && text.charAt(indent) == '\u3000') {
                    indent++;
                }
                boolean count = l.columns().get(i).heading().equals("序号");
                row.add(Cell.text(text.substring(indent)).indented(indent).bold(bold || labelOfTotal(line, i))
                        .aligned(count ? Align.CENTER : Align.LEFT));
            }
            body.add(row);
        }
        List<Float> widths = new ArrayList<>();
        for (TableLayout.Column c : l.columns()) {
            widths.add(c.isAmount() ? 10f : switch (c.heading()) {
                case "序号" -> 4f;
                case "科目编码" -> 8f;
                case "科目名称" -> 24f;
                default -> 22f;
            });
        }
        return new GridTable(widths, header, body, wide(t) ? SMALL : SIZE);
    }

    /** A line's label is bold with its amounts: the label cell just left of a total line's amount. */
    private static boolean labelOfTotal(List<TableLayout.Cell> line, int i) {
        return i + 1 < line.size() && line.get(i + 1).isAmount() && line.get(i + 1).row() != null
                && total(line.get(i + 1).row());
    }

    private static boolean total(BudgetRow r) {
        return r.key().fold(s -> false, l -> TOTALS.contains(l.line()));
    }
}
