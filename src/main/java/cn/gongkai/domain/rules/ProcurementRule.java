package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * 政府采购: 金额 = 数量 × 单价 per row; the funding columns add up to the row's 总计; the total stated in the text
 * equals the table's total (the 合计 row is computed from the rows).
 */
public final class ProcurementRule implements Rule {
    @Override
    public String id() {
        return "procurement";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        MoneyUnit unit = d.header().moneyUnit();
        List<ProcurementRow> rows = d.procurement();
        for (int i = 0; i < rows.size(); i++) {
            ProcurementRow r = rows.get(i);
            String name = "政府采购表第" + (i + 1) + "行（" + r.itemName() + "）";
            Location at = Location.row(ListTable.PROCUREMENT, i, name);
            if (r.quantity() != null && r.unitPrice() != null && r.amount() != null) {
                BigDecimal product = Amounts.normalize(r.quantity().multiply(r.unitPrice()));
                if (!Amounts.same(product, r.amount())) {
                    out.add(Problems.error(id(), at, name + "：数量" + Amounts.plain(r.quantity()) + " × 单价"
                                    + Problems.money(r.unitPrice(), unit) + " = " + Problems.money(product, unit) + "，但金额为"
                                    + Problems.money(r.amount(), unit), "核对数量、单价和金额"));
                }
            }
            BigDecimal funds = r.fundSubtotal();
            if (r.amount() != null && (funds != null || r.otherChannel() != null)) {
                BigDecimal sum = Amounts.sum(Arrays.asList(funds, r.otherChannel()));
                if (!d.header().amountStyle().agrees(r.amount(), Arrays.asList(funds, r.otherChannel()))) {
                    out.add(Problems.error(id(), at, name + "：各资金来源合计" + Problems.money(sum, unit)
                                    + "，与总计" + Problems.money(r.amount(), unit) + "不符",
                            "一般公共预算拨款、基金预算拨款、财政专户核拨、其他来源收入和其他渠道资金之和应等于总计"));
                }
            }
        }
        BigDecimal stated = d.figures().get(FigureKey.PROCUREMENT_TOTAL);
        // today's template prints the procurement table only where there are rows: a total in the text alone is
        // what many units publish
        boolean table = !rows.isEmpty() || !d.header().profile().tablesFirst();
        if (stated != null && table) {
            BigDecimal sum = Amounts.sum(rows.stream().map(ProcurementRow::amount).toList());
            if (!d.header().amountStyle().agrees(stated, rows.stream().map(ProcurementRow::amount).toList())) {
                out.add(Problems.error(id(), Location.of(FigureKey.PROCUREMENT_TOTAL), "文字中的政府采购预算为"
                                + Problems.money(stated, unit) + "，但采购表合计为" + Problems.money(sum, unit),
                        "核对文字和表中的金额"));
            }
        }
        return out;
    }
}
