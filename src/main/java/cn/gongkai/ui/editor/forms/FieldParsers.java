package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FigureKind;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;

/** What an officer may type into a number field, with the message when it is not valid. */
public final class FieldParsers {
    private FieldParsers() {
    }

    /** An empty field clears the figure (null); anything else must be a valid amount, area or count. */
    public static BigDecimal figure(FigureKey key, String typed, MoneyUnit unit) {
        String t = clean(typed);
        if (t.isEmpty()) {
            return null;
        }
        return switch (key.kind()) {
            case MONEY -> money(t, unit);
            case AREA -> decimal(t, 2, "面积");
            case COUNT -> decimal(t, 0, "数量");
        };
    }

    public static BigDecimal money(String typed, MoneyUnit unit) {
        return Amounts.parseTyped(typed, unit);
    }

    public static BigDecimal decimal(String typed, int maxScale, String what) {
        String t = clean(typed);
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("\\d{1,12}(\\.\\d+)?")) {
            throw new IllegalArgumentException("“" + t + "”不是有效的" + what + "：请只填数字");
        }
        BigDecimal v = Amounts.normalize(new BigDecimal(t));
        if (v.scale() > maxScale) {
            throw new IllegalArgumentException("“" + t + "”：" + what + (maxScale == 0 ? "应为整数" : "最多" + maxScale
                    + "位小数"));
        }
        return v;
    }

    public static Integer count(String typed) {
        BigDecimal v = decimal(typed, 0, "人数或车辆数");
        return v == null ? null : v.intValueExact();
    }

    static String clean(String typed) {
        return Amounts.typed(typed);
    }

    static String kindUnit(FigureKey key, MoneyUnit unit) {
        return key.kind() == FigureKind.MONEY ? unit.label() : key.kind() == FigureKind.AREA ? "平方米" : "";
    }
}
