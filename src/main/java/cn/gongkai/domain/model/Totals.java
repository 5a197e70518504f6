package cn.gongkai.domain.model;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.gongkai.domain.model.FigureKey.*;

/**
 * The figures that are sums of other figures. The checks compare a stated total with its parts; the editor
 * computes a total from its parts as soon as one part is entered (the total is then shown, not typed).
 */
public final class Totals {
    /** Total → parts, inner sums before the sums that use them. */
    public static final Map<FigureKey, List<FigureKey>> SUMS = sums();

    private Totals() {
    }

    private static Map<FigureKey, List<FigureKey>> sums() {
        Map<FigureKey, List<FigureKey>> m = new LinkedHashMap<>();
        m.put(INCOME_TOTAL, List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND, INCOME_STATE_CAPITAL,
                INCOME_FISCAL_SPECIAL, INCOME_UNIT_FUNDS, INCOME_BUSINESS, INCOME_OPERATING, INCOME_OTHER));
        m.put(EXPENSE_BASIC, List.of(EXPENSE_PERSONNEL, EXPENSE_PUBLIC_USE));
        m.put(EXPENSE_PROJECT, List.of(EXPENSE_PROJECT_OWN, EXPENSE_PROJECT_SUBSIDY));
        m.put(EXPENSE_TOTAL, List.of(EXPENSE_BASIC, EXPENSE_PROJECT));
        m.put(LAST_TOTAL, List.of(LAST_BASIC, LAST_PROJECT));
        m.put(THREE_PUBLIC_TOTAL, List.of(THREE_PUBLIC_ABROAD, THREE_PUBLIC_VEHICLE_PURCHASE,
                THREE_PUBLIC_VEHICLE_OPERATION, THREE_PUBLIC_RECEPTION));
        m.put(LAST_THREE_PUBLIC_TOTAL, List.of(LAST_THREE_PUBLIC_ABROAD, LAST_THREE_PUBLIC_VEHICLE_PURCHASE,
                LAST_THREE_PUBLIC_VEHICLE_OPERATION, LAST_THREE_PUBLIC_RECEPTION));
        m.put(ASSET_TOTAL, List.of(ASSET_BUILDING_VALUE, ASSET_VEHICLE_VALUE, ASSET_EQUIPMENT_VALUE,
                ASSET_OTHER_VALUE));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** True when the figure is a sum whose parts are (partly) entered, so it is computed rather than typed. */
    public static boolean computed(Figures f, FigureKey key) {
        List<FigureKey> parts = SUMS.get(key);
        return parts != null && parts.stream().anyMatch(f::has);
    }

    /**
     * Sets a figure and recomputes every total that depends on it, directly or through another total. Totals
     * whose parts were not touched keep their stated value.
     */
    public static Figures set(Figures f, FigureKey key, BigDecimal value) {
        Figures out = f.with(key, value);
        List<FigureKey> changed = new ArrayList<>(List.of(key));
        for (Map.Entry<FigureKey, List<FigureKey>> e : SUMS.entrySet()) {
            if (e.getValue().stream().anyMatch(changed::contains)) {
                List<BigDecimal> parts = e.getValue().stream().map(out::get).toList();
                boolean any = e.getValue().stream().anyMatch(out::has);
                out = out.with(e.getKey(), any ? Amounts.sum(parts) : null);
                changed.add(e.getKey());
            }
        }
        return out;
    }
}
