package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static cn.gongkai.domain.FigureKey.*;

/** Runs every rule over a draft; errors first, then in the order of the template. */
public final class Validator {
    private final List<Rule> rules;

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rule set, with today's date from the system clock. */
    public static Validator standard() {
        return standard(Clock.systemDefaultZone());
    }

    public static Validator standard(Clock clock) {
        return new Validator(List.of(
                new SumRule("income-total", INCOME_TOTAL, List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND,
                        INCOME_FISCAL_SPECIAL, INCOME_BUSINESS, INCOME_OTHER)),
                new SumRule("expense-total", EXPENSE_TOTAL, List.of(EXPENSE_BASIC, EXPENSE_PROJECT)),
                new SumRule("basic-total", EXPENSE_BASIC, List.of(EXPENSE_PERSONNEL, EXPENSE_PUBLIC_USE)),
                new SumRule("project-total", EXPENSE_PROJECT, List.of(EXPENSE_PROJECT_OWN, EXPENSE_PROJECT_SUBSIDY)),
                new SumRule("last-total", LAST_TOTAL, List.of(LAST_BASIC, LAST_PROJECT)),
                new EqualRule("balanced-budget", INCOME_TOTAL, EXPENSE_TOTAL,
                        "部门预算实行综合预算，收入合计应等于支出合计"),
                new SumRule("three-public-total", THREE_PUBLIC_TOTAL, List.of(THREE_PUBLIC_ABROAD,
                        THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_RECEPTION)),
                new SumRule("three-public-last-total", LAST_THREE_PUBLIC_TOTAL, List.of(LAST_THREE_PUBLIC_ABROAD,
                        LAST_THREE_PUBLIC_VEHICLE_PURCHASE, LAST_THREE_PUBLIC_VEHICLE_OPERATION,
                        LAST_THREE_PUBLIC_RECEPTION)),
                new SumRule("asset-total", ASSET_TOTAL, List.of(ASSET_BUILDING_VALUE, ASSET_VEHICLE_VALUE,
                        ASSET_EQUIPMENT_VALUE, ASSET_OTHER_VALUE)),
                new RequiredFiguresRule(List.of(INCOME_TOTAL, EXPENSE_TOTAL, EXPENSE_BASIC, EXPENSE_PERSONNEL,
                        EXPENSE_PUBLIC_USE, EXPENSE_PROJECT, LAST_TOTAL, LAST_BASIC, LAST_PROJECT, RUNNING_COST_TOTAL,
                        THREE_PUBLIC_TOTAL, LAST_THREE_PUBLIC_TOTAL)),
                new RunningCostItemsRule(),
                new ProcurementRule(),
                new AssetsRule(),
                new TextFiguresRule(),
                new YearsRule(),
                new ThreePublicReasonRule(),
                new GlossaryLevelRule(),
                new CompletenessRule(),
                new DatesRule(clock),
                new PerformanceTreeRule(),
                new ThresholdRule()));
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
