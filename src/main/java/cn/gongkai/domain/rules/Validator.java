package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.FigureKey;

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

    /** The standard rule set. */
    public static Validator standard() {
        return new Validator(List.of(
                new SumRule("income-total", INCOME_TOTAL, List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND,
                        INCOME_FISCAL_SPECIAL, INCOME_BUSINESS, INCOME_OTHER)),
                new SumRule("expense-total", EXPENSE_TOTAL, List.of(EXPENSE_BASIC, EXPENSE_PROJECT)),
                new SumRule("basic-total", EXPENSE_BASIC, List.of(EXPENSE_PERSONNEL, EXPENSE_PUBLIC_USE)),
                new SumRule("three-public-total", THREE_PUBLIC_TOTAL, List.of(THREE_PUBLIC_ABROAD,
                        THREE_PUBLIC_VEHICLE_PURCHASE, THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_RECEPTION)),
                new SumRule("three-public-last-total", LAST_THREE_PUBLIC_TOTAL, List.of(LAST_THREE_PUBLIC_ABROAD,
                        LAST_THREE_PUBLIC_VEHICLE_PURCHASE, LAST_THREE_PUBLIC_VEHICLE_OPERATION,
                        LAST_THREE_PUBLIC_RECEPTION)),
                new SumRule("asset-total", ASSET_TOTAL, List.of(ASSET_BUILDING_VALUE, ASSET_VEHICLE_VALUE,
                        ASSET_EQUIPMENT_VALUE, ASSET_OTHER_VALUE)),
                new RequiredFiguresRule(List.of(INCOME_TOTAL, EXPENSE_TOTAL, EXPENSE_BASIC, EXPENSE_PERSONNEL,
                        EXPENSE_PUBLIC_USE, EXPENSE_PROJECT, RUNNING_COST_TOTAL, THREE_PUBLIC_TOTAL))));
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
