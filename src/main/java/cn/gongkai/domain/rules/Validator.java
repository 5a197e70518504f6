package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.model.Totals;
import cn.gongkai.domain.port.Glyphs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import static cn.gongkai.domain.model.FigureKey.*;

/** Runs every rule over a draft; errors first, then in the order of the template. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rule set, with today's date from the system clock and no subject catalogue. */
    public static Validator standard() {
        return standard(Clock.systemDefaultZone(), () -> SubjectCatalogue.EMPTY);
    }

    public static Validator standard(Clock clock) {
        return standard(clock, () -> SubjectCatalogue.EMPTY);
    }

    /** The standard rule set; the tables' subjects are checked against the catalogue the supplier gives now. */
    public static Validator standard(Clock clock, Supplier<SubjectCatalogue> catalogue) {
        return standard(clock, catalogue, Glyphs.ALL);
    }

    /** The standard rule set, with the characters the printed disclosure's fonts lack reported. */
    public static Validator standard(Clock clock, Supplier<SubjectCatalogue> catalogue, Glyphs glyphs) {
        return new Validator(List.of(
                new SumRule("income-total", INCOME_TOTAL, Totals.SUMS.get(INCOME_TOTAL)),
                new SumRule("expense-total", EXPENSE_TOTAL, Totals.SUMS.get(EXPENSE_TOTAL)),
                new SumRule("basic-total", EXPENSE_BASIC, Totals.SUMS.get(EXPENSE_BASIC)),
                new SumRule("project-total", EXPENSE_PROJECT, Totals.SUMS.get(EXPENSE_PROJECT)),
                new SumRule("last-total", LAST_TOTAL, Totals.SUMS.get(LAST_TOTAL)),
                new BalancedBudgetRule(),
                new SumRule("three-public-total", THREE_PUBLIC_TOTAL, Totals.SUMS.get(THREE_PUBLIC_TOTAL)),
                new SumRule("three-public-last-total", LAST_THREE_PUBLIC_TOTAL,
                        Totals.SUMS.get(LAST_THREE_PUBLIC_TOTAL)),
                new SumRule("asset-total", ASSET_TOTAL, Totals.SUMS.get(ASSET_TOTAL)),
                new RequiredFiguresRule(List.of(INCOME_TOTAL, EXPENSE_TOTAL, EXPENSE_BASIC, EXPENSE_PERSONNEL,
                        EXPENSE_PUBLIC_USE, EXPENSE_PROJECT, LAST_TOTAL, LAST_BASIC, LAST_PROJECT, RUNNING_COST_TOTAL,
                        THREE_PUBLIC_TOTAL, LAST_THREE_PUBLIC_TOTAL), List.of(LAST_TOTAL, LAST_BASIC, LAST_PROJECT)),
                new RunningCostItemsRule(),
                new ProcurementRule(),
                new AssetsRule(),
                new TextFiguresRule(),
                new BreakdownRule(),
                new YearsRule(),
                new ThreePublicReasonRule(),
                new GlossaryLevelRule(),
                new GuessesRule(),
                new CrossSectionRule(),
                new CompletenessRule(),
                new DatesRule(clock),
                new PerformanceTreeRule(),
                new ThresholdRule(),
                new IndicatorRule(),
                new TargetFormsRule(),
                new TableSumsRule(),
                new TableLinksRule(),
                new TableFiguresRule(),
                new EmptyTablesRule(),
                new SubjectsRule(catalogue),
                new ChangeReasonRule(),
                new ReformReasonsRule(),
                new ReformTextsRule(),
                new UnprintableRule(glyphs)));
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Problem> validate(Draft draft) {
        List<Problem> out = new ArrayList<>();
        for (Rule r : rules) {
            out.addAll(r.check(draft));
        }
        out.sort(Comparator.comparing(Problem::severity).thenComparing(p -> p.location().section()));
        return out;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

}
