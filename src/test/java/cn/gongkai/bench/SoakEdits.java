package cn.gongkai.bench;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableEdits;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.tree.PerformanceEdits;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The edits of the crash soak, the kinds the editor makes: a figure typed or cleared, a paragraph rewritten, a duty
 * moved, an indicator added or removed, a table cell typed, the budget workbook imported again. Edit {@code i} of
 * round {@code seed} is always the same, so the soak can replay what the killed child acknowledged.
 */
final class SoakEdits {
    private static final String CHARS = "预算收支一般公共拨款基本支出项目经费，。；：（）０１２345678９abcXYZ\n\t\"'\\<>&";
    private final WorkbookTables workbook;

    SoakEdits(WorkbookTables workbook) {
        this.workbook = workbook;
    }

    Draft apply(Draft d, long seed, int i) {
        Random r = new Random(seed * 1_000_003L + i);
        return switch (r.nextInt(7)) {
            case 0 -> d.withFigures(d.figures().with(pick(r, FigureKey.values()), r.nextInt(4) == 0 ? null
                    : BigDecimal.valueOf(r.nextLong(0, 100_000_000_000L), 6)));
            case 1 -> d.withTexts(d.texts().with(pick(r, TextKey.values()), Narrative.own(text(r))));
            case 2 -> moveDuty(d, r);
            case 3 -> d.withPerformance(addIndicator(d.performance(), r, i));
            case 4 -> d.withPerformance(removeIndicator(d.performance(), r));
            case 5 -> typeCell(d, r);
            default -> i % 5 == 0 ? WorkbookDrafts.into(d, workbook) : typeCell(d, r);
        };
    }

    private static <T> T pick(Random r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String text(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(400);
        for (int k = 0; k < n; k++) {
            sb.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return sb.toString();
    }

    private static Draft moveDuty(Draft d, Random r) {
        int n = d.performance().duties().size();
        if (n < 2) {
            return d;
        }
        return PerformanceEdits.move(d.performance(), PerfPath.duty(r.nextInt(n)), r.nextBoolean() ? 1 : -1)
                .map(m -> d.withPerformance(m.performance())).orElse(d);
    }

    private static Performance addIndicator(Performance p, Random r, int i) {
        return activity(p, r).map(at -> PerformanceEdits.insert(p, PerfPath.indicator(at.duty(), at.activity(),
                r.nextInt(indicators(p, at) + 1)), new Indicator("指标" + i, "≥90%", "≥80%", "≥70%", "<70%",
                GradeScale.FOUR)).performance()).orElse(p);
    }

    private static Performance removeIndicator(Performance p, Random r) {
        return activity(p, r).filter(at -> indicators(p, at) > 0).map(at -> PerformanceEdits.remove(p,
                PerfPath.indicator(at.duty(), at.activity(), r.nextInt(indicators(p, at))))).orElse(p);
    }

    /** A random activity of a random duty; none when the chosen duty has none. */
    private static Optional<PerfPath> activity(Performance p, Random r) {
        List<Duty> duties = p.duties();
        if (duties.isEmpty()) {
            return Optional.empty();
        }
        int di = r.nextInt(duties.size());
        List<Activity> acts = duties.get(di).activities();
        return acts.isEmpty() ? Optional.empty() : Optional.of(PerfPath.activity(di, r.nextInt(acts.size())));
    }

    private static int indicators(Performance p, PerfPath activity) {
        return p.duties().get(activity.duty()).activities().get(activity.activity()).indicators().size();
    }

    private static Draft typeCell(Draft d, Random r) {
        List<BudgetTable> tables = d.tables().all().stream().filter(t -> !t.rows().isEmpty()).toList();
        if (tables.isEmpty()) {
            return d;
        }
        BudgetTable t = tables.get(r.nextInt(tables.size()));
        BudgetRow row = t.rows().get(r.nextInt(t.rows().size()));
        List<BudgetColumn> cols = t.columnsOf(row).stream().filter(c -> !TableEdits.computed(t, row, c)).toList();
        if (cols.isEmpty()) {
            return d;
        }
        BigDecimal value = r.nextInt(5) == 0 ? null : BigDecimal.valueOf(r.nextLong(0, 1_000_000_000L), 2);
        return d.withTables(d.tables().with(TableEdits.set(t, row.key(), cols.get(r.nextInt(cols.size())), value)));
    }
}
