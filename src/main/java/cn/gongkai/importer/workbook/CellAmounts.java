package cn.gongkai.importer.workbook;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.importer.workbook.Grid.GridCell;

import java.math.BigDecimal;

/** The amount of a table cell: a number, a number written as text ("1,234.56"), or blank ("", "—", "-"). */
final class CellAmounts {
    /** An amount, a blank, or why the cell cannot be read. */
    record Parsed(BigDecimal value, String problem) {
        static final Parsed BLANK = new Parsed(null, null);
    }

    private CellAmounts() {
    }

    static Parsed parse(GridCell c, MoneyUnit unit) {
        if (c == null) {
            return Parsed.BLANK;
        }
        if (c.problem() != null) {
            return new Parsed(null, c.problem());
        }
        BigDecimal v = c.amount();
        if (v == null) {
            String t = c.text().replaceAll("[\\s\u3000,，]", "").replace('．', '.');
            if (t.isEmpty() || t.matches("[-—－/—–\\\\]+")) {
                return Parsed.BLANK;
            }
            StringBuilder digits = new StringBuilder();
            for (char ch : t.toCharArray()) {
                digits.append(ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch);
            }
            if (!digits.toString().matches("-?\\d{1,15}(\\.\\d+)?")) {
                return new Parsed(null, "“" + c.text() + "”不是金额");
            }
            v = new BigDecimal(digits.toString());
        }
        v = v.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.signum() < 0) {
            return new Parsed(null, "金额" + v.toPlainString() + "是负数");
        }
        if (v.scale() > unit.maxScale()) {
            return new Parsed(null, "金额" + v.toPlainString() + "的小数位超过" + unit.label() + "允许的" + unit.maxScale() + "位");
        }
        return new Parsed(v, null);
    }
}
