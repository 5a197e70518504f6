package cn.gongkai.persistence;

import cn.gongkai.domain.targets.Comparison;
import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;
import cn.gongkai.domain.targets.Targets;
import cn.gongkai.domain.targets.UnitTarget;
import cn.gongkai.persistence.generated.tables.records.TargetFormRecord;
import org.jooq.DSLContext;
import org.jooq.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.gongkai.persistence.generated.Tables.TARGET_FORM;
import static cn.gongkai.persistence.generated.Tables.TARGET_INDICATOR;

/** The three-level 绩效目标表 of a draft in target_form and target_indicator; the caller owns the transaction. */
final class TargetRows {
    private static final int UNIT_FORM = -1;
    private final DSLContext tx;

    TargetRows(DSLContext tx) {
        this.tx = tx;
    }

    void insert(List<Query> batch, long id, Targets t) {
        if (!t.unit().isNone()) {
            UnitTarget u = t.unit();
            batch.add(form(id, UNIT_FORM).set(TARGET_FORM.TOTAL_AMOUNT, u.budget()).set(TARGET_FORM.GOAL, u.goal()));
            indicators(batch, id, UNIT_FORM, u.indicators());
        }
        int pos = 0;
        for (ProjectTarget p : t.projects()) {
            int form = pos++;
            batch.add(form(id, form).set(TARGET_FORM.NAME, p.name()).set(TARGET_FORM.DEPARTMENT, p.department())
                    .set(TARGET_FORM.IMPLEMENTER, p.implementer()).set(TARGET_FORM.TOTAL_AMOUNT, p.total())
                    .set(TARGET_FORM.FISCAL_AMOUNT, p.fiscal()).set(TARGET_FORM.GOAL, p.goal()));
            indicators(batch, id, form, p.indicators());
        }
    }

    private org.jooq.InsertSetMoreStep<TargetFormRecord> form(long id, int pos) {
        return tx.insertInto(TARGET_FORM).set(TARGET_FORM.DRAFT_ID, id).set(TARGET_FORM.FORM_POS, pos);
    }

    private void indicators(List<Query> batch, long id, int form, List<TargetIndicator> list) {
        int pos = 0;
        for (TargetIndicator i : list) {
            TargetValue.Measured m = i.value().measured().orElse(null);
            batch.add(tx.insertInto(TARGET_INDICATOR).set(TARGET_INDICATOR.DRAFT_ID, id)
                    .set(TARGET_INDICATOR.FORM_POS, form).set(TARGET_INDICATOR.POS, pos++)
                    .set(TARGET_INDICATOR.LEVEL1, i.level1().name()).set(TARGET_INDICATOR.LEVEL2, i.level2())
                    .set(TARGET_INDICATOR.NAME, i.name())
                    .set(TARGET_INDICATOR.COMPARISON, m == null ? null : m.comparison().name())
                    .set(TARGET_INDICATOR.NUMBER, m == null ? null : m.number())
                    .set(TARGET_INDICATOR.UNIT, m == null ? "" : m.unit())
                    .set(TARGET_INDICATOR.WORDS, m == null ? i.value().text() : "")
                    .set(TARGET_INDICATOR.WEIGHT, i.weight()).set(TARGET_INDICATOR.EXPLANATION, i.explanation()));
        }
    }

    /** Deletes the forms of a draft (indicators first: the foreign key would refuse it otherwise). */
    void delete(long id) {
        tx.deleteFrom(TARGET_INDICATOR).where(TARGET_INDICATOR.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(TARGET_FORM).where(TARGET_FORM.DRAFT_ID.eq(id)).execute();
    }

    Targets read(long id) {
        Map<Integer, List<TargetIndicator>> byForm = new HashMap<>();
        tx.selectFrom(TARGET_INDICATOR).where(TARGET_INDICATOR.DRAFT_ID.eq(id))
                .orderBy(TARGET_INDICATOR.FORM_POS, TARGET_INDICATOR.POS)
                .forEach(r -> byForm.computeIfAbsent(r.getFormPos(), k -> new ArrayList<>()).add(new TargetIndicator(
                        Level1.valueOf(r.getLevel1()), r.getLevel2(), r.getName(), r.getComparison() == null
                        ? new TargetValue.Words(r.getWords()) : new TargetValue.Measured(Comparison.valueOf(
                        r.getComparison()), r.getNumber().stripTrailingZeros(), r.getUnit()), r.getWeight() == null
                        ? null : r.getWeight().stripTrailingZeros(), r.getExplanation())));
        UnitTarget unit = UnitTarget.NONE;
        List<ProjectTarget> projects = new ArrayList<>();
        for (TargetFormRecord f : tx.selectFrom(TARGET_FORM).where(TARGET_FORM.DRAFT_ID.eq(id))
                .orderBy(TARGET_FORM.FORM_POS).fetch()) {
            List<TargetIndicator> list = byForm.getOrDefault(f.getFormPos(), List.of());
            if (f.getFormPos() == UNIT_FORM) {
                unit = new UnitTarget(f.getGoal(), f.getTotalAmount(), list);
            } else {
                projects.add(new ProjectTarget(f.getName(), f.getDepartment(), f.getImplementer(), f.getTotalAmount(),
                        f.getFiscalAmount(), f.getGoal(), list));
            }
        }
        return new Targets(unit, projects);
    }
}
