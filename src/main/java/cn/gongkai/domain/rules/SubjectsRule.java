package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Labels;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The subject rows of the tables against the catalogue of the budget year: a 款 or 项 whose 类 or 款 is not in the
 * table, a code neither the shipped catalogue nor a workbook knows, a name that differs from the year's. All are
 * 警告: the budget system's own export is the authority on codes the catalogue lacks.
 */
public final class SubjectsRule implements Rule {
    private final Supplier<SubjectCatalogue> catalogue;

    public SubjectsRule(Supplier<SubjectCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String id() {
        return "subjects";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        SubjectCatalogue cat = catalogue.get();
        int year = d.header().budgetYear();
        for (BudgetTable t : d.tables().all()) {
            java.util.Set<RowKey> keys = new java.util.HashSet<>();
            t.rows().forEach(r -> keys.add(r.key()));
            for (BudgetRow r : t.rows()) {
                r.key().fold(s -> check(t, keys, r, s, cat, year, out), l -> false);
            }
        }
        return out;
    }

    private boolean check(BudgetTable t, java.util.Set<RowKey> keys, BudgetRow r, RowKey.Subject s,
                          SubjectCatalogue cat, int year, List<Problem> out) {
        BudgetColumn first = t.columns().isEmpty() ? BudgetColumn.TOTAL : t.columns().get(0);
        Location at = Location.cell(t.kind(), s, TableSumsRule.rowName(r), first);
        String what = t.kind().title() + "中的科目 " + s.code() + "“" + r.name() + "”";
        Optional<String> parent = s.classification().parent(s.code());
        if (parent.isPresent() && !keys.contains(new RowKey.Subject(s.classification(), parent.get()))) {
            out.add(Problems.warning(id(), at, what + "的上级科目 " + parent.get() + " 不在表中",
                    "补上上级科目行，上级的金额是其下级之和"));
        }
        if (cat.entries().stream().noneMatch(e -> e.classification() == s.classification())) {
            return true; // no catalogue to compare with
        }
        Optional<SubjectCatalogue.Entry> known = cat.find(s.classification(), s.code(), year);
        if (known.isEmpty()) {
            out.add(Problems.warning(id(), at, what + "不在" + year + "年的政府收支分类科目中",
                    "核对科目编码；预算系统导出的表格带来的科目会被记住"));
        } else if (!r.name().isEmpty() && !Labels.normalize(known.get().name()).equals(Labels.normalize(r.name()))
                && cat.entries().stream().noneMatch(e -> e.learned() && e.code().equals(s.code())
                && e.classification() == s.classification() && Labels.normalize(e.name()).equals(
                Labels.normalize(r.name())))) {
            out.add(Problems.warning(id(), at, what + "在" + year + "年的科目表中名为“" + known.get().name() + "”",
                    "科目名称每年可能调整：核对是否沿用了旧名称"));
        }
        return true;
    }
}
