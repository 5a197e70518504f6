package cn.gongkai.domain.budget;

import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Large consistent 部门支出总表 for tests and benchmarks: every 项 1.25 万元 of 基本支出, the 款, 类 and 合计 summed. */
public final class ExpenseTables {
    private static final BigDecimal ITEM = new BigDecimal("1.25");

    private ExpenseTables() {
    }

    /** {@code classes} 类 (201, 202, …) × {@code sections} 款 × {@code items} 项, named 类201, 款20101, 项2010101. */
    public static BudgetTable consistent(int classes, int sections, int items) {
        BigDecimal section = ITEM.multiply(BigDecimal.valueOf(items));
        BigDecimal cls = section.multiply(BigDecimal.valueOf(sections));
        List<BudgetRow> rows = new ArrayList<>();
        rows.add(row(new RowKey.Line(BudgetLine.TOTAL), "合计", cls.multiply(BigDecimal.valueOf(classes))));
        for (int c = 0; c < classes; c++) {
            String cc = String.valueOf(201 + c);
            rows.add(row(subject(cc), "类" + cc, cls));
            for (int k = 1; k <= sections; k++) {
                String kk = cc + String.format("%02d", k);
                rows.add(row(subject(kk), "款" + kk, section));
                for (int x = 1; x <= items; x++) {
                    String xx = kk + String.format("%02d", x);
                    rows.add(row(subject(xx), "项" + xx, ITEM));
                }
            }
        }
        return new BudgetTable(TableKind.EXPENSE_SUMMARY, MoneyUnit.WAN_YUAN, List.of(BudgetColumn.TOTAL,
                BudgetColumn.BASIC, BudgetColumn.PROJECT), rows, "");
    }

    private static RowKey.Subject subject(String code) {
        return new RowKey.Subject(Classification.FUNCTION, code);
    }

    private static BudgetRow row(RowKey key, String name, BigDecimal total) {
        Map<BudgetColumn, BigDecimal> a = new EnumMap<>(BudgetColumn.class);
        a.put(BudgetColumn.TOTAL, total);
        a.put(BudgetColumn.BASIC, total);
        a.put(BudgetColumn.PROJECT, BigDecimal.ZERO);
        return new BudgetRow(key, name, a, Map.of());
    }
}
