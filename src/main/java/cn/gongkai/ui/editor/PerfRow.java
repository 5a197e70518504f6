package cn.gongkai.ui.editor;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.Amounts;
import cn.gongkai.domain.Duty;
import cn.gongkai.domain.GradeScale;
import cn.gongkai.domain.Indicator;
import cn.gongkai.domain.tree.PerfPath;
import cn.gongkai.ui.editor.PerformanceTreeViewModel.Field;

/** One row of the performance tree: where it is and the duty, activity or indicator it shows. */
record PerfRow(PerfPath path, Object node) {
    String text(Field f) {
        if (node instanceof Duty d) {
            return common(f, d.name(), d.amount(), d.description(), d.target());
        }
        if (node instanceof Activity a) {
            return common(f, a.name(), a.amount(), a.description(), a.target());
        }
        if (node instanceof Indicator i) {
            return switch (f) {
                case NAME -> i.name();
                case EXCELLENT -> i.excellent();
                case GOOD -> i.good();
                case FAIR -> i.scale() == GradeScale.TWO ? "—" : i.fair();
                case POOR -> i.scale() == GradeScale.TWO ? "—" : i.poor();
                default -> "";
            };
        }
        return "";
    }

    private static String common(Field f, String name, java.math.BigDecimal amount, String description,
                                 String target) {
        return switch (f) {
            case NAME -> name;
            case AMOUNT -> Amounts.plain(amount);
            case DESCRIPTION -> description;
            case TARGET -> target;
            default -> "";
        };
    }

    /** Whether this row has the field: grades only for indicators, amount and texts only for duties/activities. */
    boolean editable(Field f) {
        boolean indicator = node instanceof Indicator;
        return switch (f) {
            case NAME -> true;
            case AMOUNT, DESCRIPTION, TARGET -> !indicator;
            case FAIR, POOR -> indicator && ((Indicator) node).scale() == GradeScale.FOUR;
            default -> indicator;
        };
    }

    int depth() {
        return path.depth();
    }
}
