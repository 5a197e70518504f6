package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKind;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * A draft as its printed file says it: every amount of its figures and tables rounded to the decimals the draft
 * prints with — what a reader can get back from a file printed with fewer decimals than the amounts have.
 */
public final class AsPrinted {
    private AsPrinted() {
    }

    public static Draft of(Draft d) {
        int places = d.header().amountStyle().places().orElseThrow();
        Map<cn.gongkai.domain.model.FigureKey, BigDecimal> figures = new EnumMap<>(cn.gongkai.domain.model.FigureKey.class);
        d.figures().asMap().forEach((k, v) -> figures.put(k, k.kind() == FigureKind.MONEY ? round(v, places) : v));
        BudgetTables tables = BudgetTables.of(d.tables().all().stream().map(t -> t.withRows(t.rows().stream()
                .map(r -> rounded(r, places)).toList())).toList());
        return d.withFigures(Figures.of(figures)).withTables(tables);
    }

    private static BudgetRow rounded(BudgetRow r, int places) {
        BudgetRow out = r;
        for (var e : r.amounts().entrySet()) {
            out = out.with(e.getKey(), round(e.getValue(), places));
        }
        return out;
    }

    private static BigDecimal round(BigDecimal v, int places) {
        return v == null ? null : Amounts.normalize(v.setScale(places, RoundingMode.HALF_UP));
    }
}
