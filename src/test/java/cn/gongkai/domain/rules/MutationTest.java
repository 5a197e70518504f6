package cn.gongkai.domain.rules;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FigureKind;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.TextFiles;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Change one figure at a time (each amount of sections 二, 三, 四, 六, 七 and of the performance table) and expect a
 * new 错误 that names it. Run over the sample and the three published seeds; the share caught is reported in
 * docs/benchmarks.md.
 */
class MutationTest {
    static final BigDecimal DELTA = new BigDecimal("1.11");

    record Mutant(String what, Draft draft, Predicate<Problem> names) {
    }

    @Test
    void everyMutationIsCaught() {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        drafts.put("sample", TestData.sample());
        for (String seed : List.of("jiuzhou-town-2019", "qinglong-county-office-2018", "xiguan-subdistrict-2019")) {
            drafts.put(seed, new DisclosureTextImporter().read(TextFiles.read(TestData.seed(seed + ".txt"),
                    1 << 24)).draft());
        }
        Validator v = Validator.standard(RulesTest.FEB_10_2019);
        int total = 0;
        List<String> missed = new ArrayList<>();
        for (var e : drafts.entrySet()) {
            Set<String> before = new HashSet<>(v.validate(e.getValue()).stream().map(Problem::toLine).toList());
            for (Mutant m : mutants(e.getValue())) {
                total++;
                boolean caught = v.validate(m.draft()).stream().filter(p -> p.severity() == Severity.ERROR)
                        .filter(p -> !before.contains(p.toLine())).anyMatch(m.names());
                if (!caught) {
                    missed.add(e.getKey() + ": " + m.what());
                }
            }
        }
        System.out.printf("mutation test: %d of %d mutations caught (%.1f%%)%n", total - missed.size(), total,
                100.0 * (total - missed.size()) / total);
        missed.forEach(s -> System.out.println("  missed: " + s));
        assertEquals(List.of(), missed);
    }

    static List<Mutant> mutants(Draft d) {
        List<Mutant> out = new ArrayList<>();
        d.figures().asMap().forEach((k, val) -> {
            if (k.kind() == FigureKind.MONEY) {
                out.add(new Mutant(k.label(), d.withFigures(d.figures().with(k, val.add(DELTA))),
                        p -> p.location().place().equals(new Place.Figure(k)) || p.message().contains(k.label())));
            }
        });
        for (int i = 0; i < d.procurement().size(); i++) {
            ProcurementRow r = d.procurement().get(i);
            Place where = new Place.Row(ListTable.PROCUREMENT, i);
            Predicate<Problem> names = p -> p.location().place().equals(where);
            for (int c = 0; c < 7; c++) {
                BigDecimal[] cells = {r.unitPrice(), r.amount(), r.fundGeneral(), r.fundGovFund(), r.fundSpecial(),
                        r.fundOtherIncome(), r.otherChannel()};
                if (cells[c] == null) {
                    continue;
                }
                cells[c] = cells[c].add(DELTA);
                ProcurementRow m = new ProcurementRow(r.projectName(), r.projectBudget(), r.itemName(),
                        r.catalogCode(), r.quantityUnit(), r.quantity(), cells[0], cells[1], cells[2], cells[3],
                        cells[4], cells[5], cells[6]);
                List<ProcurementRow> rows = new ArrayList<>(d.procurement());
                rows.set(i, m);
                int column = c;
                out.add(new Mutant("采购第" + (i + 1) + "行第" + (column + 1) + "个金额", d.withProcurement(rows), names));
            }
        }
        List<Duty> duties = d.performance().duties();
        for (int di = 0; di < duties.size(); di++) {
            Duty duty = duties.get(di);
            int dutyIndex = di;
            for (int ai = 0; ai < duty.activities().size(); ai++) {
                Activity a = duty.activities().get(ai);
                if (a.amount() == null) {
                    continue;
                }
                List<Activity> acts = new ArrayList<>(duty.activities());
                acts.set(ai, a.withAmount(a.amount().add(DELTA)));
                List<Duty> ds = new ArrayList<>(duties);
                ds.set(di, duty.withActivities(acts));
                out.add(new Mutant("工作活动“" + a.name() + "”的年度预算数",
                        d.withPerformance(d.performance().withDuties(ds)),
                        p -> p.location().place() instanceof Place.Node n && n.path().duty() == dutyIndex
                                || p.location().place().equals(new Place.Figure(FigureKey.EXPENSE_PROJECT))));
            }
        }
        return out;
    }
}
