package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Staffing;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.DutyTarget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The columns of the draft's tables, as the template heads them. */
public final class TableColumns {
    private TableColumns() {
    }

    public static List<Column<OrgUnit>> orgUnits(boolean staffing) {
        List<Column<OrgUnit>> c = new ArrayList<>(List.of(
                Column.<OrgUnit>of("单位名称", 260, OrgUnit::name,
                        (u, s) -> new OrgUnit(s, u.nature(), u.rank(), u.fundingForm(), u.staffing())),
                Column.<OrgUnit>of("单位性质", 120, OrgUnit::nature,
                        (u, s) -> new OrgUnit(u.name(), s, u.rank(), u.fundingForm(), u.staffing())),
                Column.<OrgUnit>of("单位规格", 100, OrgUnit::rank,
                        (u, s) -> new OrgUnit(u.name(), u.nature(), s, u.fundingForm(), u.staffing())),
                Column.<OrgUnit>of("经费保障形式", 120, OrgUnit::fundingForm,
                        (u, s) -> new OrgUnit(u.name(), u.nature(), u.rank(), s, u.staffing()))));
        if (staffing) {
            for (int i = 0; i < Staffing.COLUMN_LABELS.length; i++) {
                int col = i;
                c.add(Column.of(Staffing.COLUMN_LABELS[i], 90, u -> count(u.staffing().columns()[col]), (u, s) -> {
                    Integer[] cols = u.staffing().columns();
                    cols[col] = FieldParsers.count(s);
                    return new OrgUnit(u.name(), u.nature(), u.rank(), u.fundingForm(), Staffing.ofColumns(cols));
                }));
            }
        }
        return c;
    }

    public static List<Column<CostItem>> costItems() {
        return List.of(
                Column.of("项目", 300, CostItem::name, (c, s) -> new CostItem(s, c.amount(), c.unit())),
                Column.of("金额", 140, c -> Amounts.shown(c.amount()),
                        (c, s) -> new CostItem(c.name(), FieldParsers.money(s, c.unit()), c.unit())),
                Column.of("单位（万元/元）", 120, c -> c.unit().label(),
                        (c, s) -> new CostItem(c.name(), c.amount(), unit(s))));
    }

    public static List<Column<NamedAmount>> namedAmounts(MoneyUnit unit) {
        return List.of(
                Column.of("项目名称", 360, NamedAmount::name, (p, s) -> new NamedAmount(s, p.amount())),
                Column.of("金额（" + unit.label() + "）", 140, p -> Amounts.shown(p.amount()),
                        (p, s) -> new NamedAmount(p.name(), FieldParsers.money(s, unit))));
    }

    public static List<Column<DutyTarget>> dutyTargets() {
        return List.of(
                Column.of("职责", 220, DutyTarget::name, (t, s) -> new DutyTarget(s, t.text())),
                Column.of("绩效目标", 620, DutyTarget::text, (t, s) -> new DutyTarget(t.name(), s)));
    }

    public static List<Column<GlossaryEntry>> glossary() {
        return List.of(
                Column.of("名词", 200, GlossaryEntry::term, (g, s) -> new GlossaryEntry(s, g.definition())),
                Column.of("解释", 640, GlossaryEntry::definition, (g, s) -> new GlossaryEntry(g.term(), s)));
    }

    public static List<Column<ProcurementRow>> procurement(MoneyUnit unit) {
        return List.of(
                Column.of("项目名称", 180, ProcurementRow::projectName, (r, s) -> with(r, 0, s, unit)),
                Column.of("预算资金", 90, r -> Amounts.shown(r.projectBudget()), (r, s) -> with(r, 1, s, unit)),
                Column.of("采购物品名称", 140, ProcurementRow::itemName, (r, s) -> with(r, 2, s, unit)),
                Column.of("政府采购目录序号", 110, ProcurementRow::catalogCode, (r, s) -> with(r, 3, s, unit)),
                Column.of("数量单位", 70, ProcurementRow::quantityUnit, (r, s) -> with(r, 4, s, unit)),
                Column.of("数量", 70, r -> Amounts.plain(r.quantity()), (r, s) -> with(r, 5, s, unit)),
                Column.of("单价", 90, r -> Amounts.shown(r.unitPrice()), (r, s) -> with(r, 6, s, unit)),
                Column.of("总计", 90, r -> Amounts.shown(r.amount()), (r, s) -> with(r, 7, s, unit)),
                Column.of("一般公共预算", 90, r -> Amounts.shown(r.fundGeneral()), (r, s) -> with(r, 8, s, unit)),
                Column.of("政府性基金", 90, r -> Amounts.shown(r.fundGovFund()), (r, s) -> with(r, 9, s, unit)),
                Column.of("财政专户核拨", 90, r -> Amounts.shown(r.fundSpecial()), (r, s) -> with(r, 10, s, unit)),
                Column.of("单位其他收入", 90, r -> Amounts.shown(r.fundOtherIncome()), (r, s) -> with(r, 11, s, unit)),
                Column.of("其他渠道资金", 90, r -> Amounts.shown(r.otherChannel()), (r, s) -> with(r, 12, s, unit)));
    }

    private static ProcurementRow with(ProcurementRow r, int col, String s, MoneyUnit unit) {
        Object[] v = {r.projectName(), r.projectBudget(), r.itemName(), r.catalogCode(), r.quantityUnit(),
                r.quantity(), r.unitPrice(), r.amount(), r.fundGeneral(), r.fundGovFund(), r.fundSpecial(),
                r.fundOtherIncome(), r.otherChannel()};
        v[col] = switch (col) {
            case 0, 2, 3, 4 -> s;
            case 5 -> FieldParsers.decimal(s, 4, "数量");
            default -> FieldParsers.money(s, unit);
        };
        return new ProcurementRow((String) v[0], (BigDecimal) v[1], (String) v[2], (String) v[3], (String) v[4],
                (BigDecimal) v[5], (BigDecimal) v[6], (BigDecimal) v[7], (BigDecimal) v[8], (BigDecimal) v[9],
                (BigDecimal) v[10], (BigDecimal) v[11], (BigDecimal) v[12]);
    }

    private static MoneyUnit unit(String s) {
        try {
            return MoneyUnit.fromLabel(s.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("单位只能是“万元”或“元”");
        }
    }

    private static String count(Integer n) {
        return n == null ? "" : n.toString();
    }
}
