package cn.gongkai.persistence;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Staffing;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfNode;
import cn.gongkai.domain.performance.WorkFields;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.gongkai.persistence.generated.Tables.COST_ITEM;
import static cn.gongkai.persistence.generated.Tables.DRAFT;
import static cn.gongkai.persistence.generated.Tables.DRAFT_FIGURE;
import static cn.gongkai.persistence.generated.Tables.DRAFT_TEXT;
import static cn.gongkai.persistence.generated.Tables.DUTY_TARGET;
import static cn.gongkai.persistence.generated.Tables.GLOSSARY_ENTRY;
import static cn.gongkai.persistence.generated.Tables.REVIEW_MARK;
import static cn.gongkai.persistence.generated.Tables.MAJOR_PROJECT;
import static cn.gongkai.persistence.generated.Tables.ORG_UNIT;
import static cn.gongkai.persistence.generated.Tables.PERF_NODE;
import static cn.gongkai.persistence.generated.Tables.PROCUREMENT_ROW;

/** Writes a whole draft into the tables; the caller owns the transaction. */
final class DraftWriter {
    private final DSLContext tx;

    DraftWriter(DSLContext tx) {
        this.tx = tx;
    }

    long insertHeader(Draft d, OffsetDateTime now) {
        return tx.insertInto(DRAFT)
                .set(headerColumns(d))
                .set(DRAFT.CREATED_AT, now)
                .set(DRAFT.UPDATED_AT, now)
                .returning(DRAFT.ID)
                .fetchOne()
                .getId();
    }

    /** Updates the header row; false when no such draft exists. */
    boolean updateHeader(long id, Draft d, OffsetDateTime now) {
        return tx.update(DRAFT)
                .set(headerColumns(d))
                .set(DRAFT.UPDATED_AT, now)
                .where(DRAFT.ID.eq(id))
                .execute() == 1;
    }

    /** True when the two drafts write the same header row (nothing of {@link #updateHeader} would change). */
    static boolean sameHeader(Draft a, Draft b) {
        return headerColumns(a).equals(headerColumns(b));
    }

    /** The draft's own columns: its header and the two settings kept beside it. */
    private static Map<Field<?>, Object> headerColumns(Draft d) {
        DraftHeader h = d.header();
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(DRAFT.UNIT_NAME, h.unitName());
        m.put(DRAFT.UNIT_CODE, h.unitCode());
        m.put(DRAFT.BUDGET_YEAR, h.budgetYear());
        m.put(DRAFT.FINANCE_LEVEL, h.financeLevel().name());
        m.put(DRAFT.STATUS, h.status().name());
        m.put(DRAFT.APPROVAL_DATE, h.approvalDate());
        m.put(DRAFT.MONEY_UNIT, h.moneyUnit().name());
        m.put(DRAFT.AMOUNT_DECIMALS, h.amountStyle().places().isPresent() ? h.amountStyle().places().getAsInt() : null);
        m.put(DRAFT.BLANK_ZERO, h.amountStyle().blankZero());
        m.put(DRAFT.ASSETS_AS_OF, h.assetsAsOf());
        m.put(DRAFT.SHOW_STAFFING, d.showStaffing());
        m.put(DRAFT.PERFORMANCE_UNIT, d.performance().unit().name());
        m.put(DRAFT.TEMPLATE_PROFILE, h.profile().name());
        m.put(DRAFT.UNCONFIRMED, h.unconfirmed().stream().map(Guess::code).collect(Collectors.joining(",")));
        return m;
    }

    /** Replaces one of the draft's standard tables (null: the draft no longer holds it). */
    void replaceTable(long id, TableKind kind, BudgetTable table) {
        BudgetTableRows rows = new BudgetTableRows(tx);
        rows.delete(id, kind);
        if (table != null) {
            List<Query> batch = new ArrayList<>();
            rows.insert(batch, id, table);
            execute(batch);
        }
    }

    void deleteChildren(long id) {
        tx.deleteFrom(DRAFT_FIGURE).where(DRAFT_FIGURE.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(DRAFT_TEXT).where(DRAFT_TEXT.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(ORG_UNIT).where(ORG_UNIT.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(COST_ITEM).where(COST_ITEM.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(MAJOR_PROJECT).where(MAJOR_PROJECT.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(DUTY_TARGET).where(DUTY_TARGET.DRAFT_ID.eq(id)).execute();
        deleteNodes(id);
        tx.deleteFrom(PROCUREMENT_ROW).where(PROCUREMENT_ROW.DRAFT_ID.eq(id)).execute();
        tx.deleteFrom(GLOSSARY_ENTRY).where(GLOSSARY_ENTRY.DRAFT_ID.eq(id)).execute();
        new BudgetTableRows(tx).deleteAll(id);
        tx.deleteFrom(REVIEW_MARK).where(REVIEW_MARK.DRAFT_ID.eq(id)).execute();
        new TargetRows(tx).delete(id);
    }

    /** Sets one figure (null: not entered). */
    void setFigure(long id, FigureKey key, BigDecimal value) {
        tx.deleteFrom(DRAFT_FIGURE).where(DRAFT_FIGURE.DRAFT_ID.eq(id))
                .and(DRAFT_FIGURE.FIGURE_KEY.eq(key.code())).execute();
        if (value != null) {
            tx.insertInto(DRAFT_FIGURE).set(DRAFT_FIGURE.DRAFT_ID, id).set(DRAFT_FIGURE.FIGURE_KEY, key.code())
                    .set(DRAFT_FIGURE.AMOUNT, value).execute();
        }
    }

    /** Sets one paragraph; a generated paragraph has no row. */
    void setText(long id, TextKey key, Narrative value) {
        tx.deleteFrom(DRAFT_TEXT).where(DRAFT_TEXT.DRAFT_ID.eq(id)).and(DRAFT_TEXT.TEXT_KEY.eq(key.code())).execute();
        if (!value.equals(Narrative.GENERATED)) {
            tx.insertInto(DRAFT_TEXT).set(DRAFT_TEXT.DRAFT_ID, id).set(DRAFT_TEXT.TEXT_KEY, key.code())
                    .set(DRAFT_TEXT.CUSTOM, value.custom()).set(DRAFT_TEXT.BODY, value.text()).execute();
        }
    }

    void insertChildren(long id, Draft d) {
        List<Query> batch = new ArrayList<>();
        for (Part part : Part.values()) {
            add(batch, part, id, d);
        }
        execute(batch);
    }

    /** The parts of a draft stored in their own table, each replaced as a whole when it changes. */
    enum Part { FIGURES, TEXTS, ORG_UNITS, COST_ITEMS, MAJOR_PROJECTS, DUTY_TARGETS, PERFORMANCE, PROCUREMENT, GLOSSARY,
        TABLES, REVIEW_MARKS, TARGETS }

    void replacePart(long id, Part part, Draft d) {
        switch (part) {
            case FIGURES -> tx.deleteFrom(DRAFT_FIGURE).where(DRAFT_FIGURE.DRAFT_ID.eq(id)).execute();
            case TEXTS -> tx.deleteFrom(DRAFT_TEXT).where(DRAFT_TEXT.DRAFT_ID.eq(id)).execute();
            case ORG_UNITS -> tx.deleteFrom(ORG_UNIT).where(ORG_UNIT.DRAFT_ID.eq(id)).execute();
            case COST_ITEMS -> tx.deleteFrom(COST_ITEM).where(COST_ITEM.DRAFT_ID.eq(id)).execute();
            case MAJOR_PROJECTS -> tx.deleteFrom(MAJOR_PROJECT).where(MAJOR_PROJECT.DRAFT_ID.eq(id)).execute();
            case DUTY_TARGETS -> tx.deleteFrom(DUTY_TARGET).where(DUTY_TARGET.DRAFT_ID.eq(id)).execute();
            case PERFORMANCE -> deleteNodes(id);
            case PROCUREMENT -> tx.deleteFrom(PROCUREMENT_ROW).where(PROCUREMENT_ROW.DRAFT_ID.eq(id)).execute();
            case GLOSSARY -> tx.deleteFrom(GLOSSARY_ENTRY).where(GLOSSARY_ENTRY.DRAFT_ID.eq(id)).execute();
            case REVIEW_MARKS -> tx.deleteFrom(REVIEW_MARK).where(REVIEW_MARK.DRAFT_ID.eq(id)).execute();
            case TABLES -> new BudgetTableRows(tx).deleteAll(id);
            case TARGETS -> new TargetRows(tx).delete(id);
        }
        List<Query> batch = new ArrayList<>();
        add(batch, part, id, d);
        execute(batch);
    }

    private void deleteNodes(long id) {
        // children before parents: the tree's self-reference would otherwise refuse the delete
        for (int depth = 3; depth >= 1; depth--) {
            tx.deleteFrom(PERF_NODE).where(PERF_NODE.DRAFT_ID.eq(id)).and(PERF_NODE.DEPTH.eq((short) depth)).execute();
        }
    }

    private void execute(List<Query> batch) {
        if (!batch.isEmpty()) {
            tx.batch(batch).execute();
        }
    }

    private void add(List<Query> batch, Part part, long id, Draft d) {
        switch (part) {
            case FIGURES -> d.figures().asMap().forEach((k, v) -> batch.add(tx.insertInto(DRAFT_FIGURE)
                    .set(DRAFT_FIGURE.DRAFT_ID, id).set(DRAFT_FIGURE.FIGURE_KEY, k.code())
                    .set(DRAFT_FIGURE.AMOUNT, v)));
            case TEXTS -> d.texts().asMap().forEach((k, v) -> batch.add(tx.insertInto(DRAFT_TEXT)
                    .set(DRAFT_TEXT.DRAFT_ID, id).set(DRAFT_TEXT.TEXT_KEY, k.code())
                    .set(DRAFT_TEXT.CUSTOM, v.custom()).set(DRAFT_TEXT.BODY, v.text())));
            case ORG_UNITS -> addOrgUnits(batch, id, d.orgUnits());
            case COST_ITEMS -> {
                int pos = 0;
                for (CostItem c : d.runningCostItems()) {
                    batch.add(tx.insertInto(COST_ITEM).set(COST_ITEM.DRAFT_ID, id).set(COST_ITEM.POS, pos++)
                            .set(COST_ITEM.NAME, c.name()).set(COST_ITEM.AMOUNT, c.amount())
                            .set(COST_ITEM.MONEY_UNIT, c.unit().name()));
                }
            }
            case MAJOR_PROJECTS -> {
                int pos = 0;
                for (NamedAmount p : d.majorProjects()) {
                    batch.add(tx.insertInto(MAJOR_PROJECT).set(MAJOR_PROJECT.DRAFT_ID, id)
                            .set(MAJOR_PROJECT.POS, pos++).set(MAJOR_PROJECT.NAME, p.name())
                            .set(MAJOR_PROJECT.AMOUNT, p.amount()));
                }
            }
            case DUTY_TARGETS -> {
                int pos = 0;
                for (DutyTarget t : d.dutyTargets()) {
                    batch.add(tx.insertInto(DUTY_TARGET).set(DUTY_TARGET.DRAFT_ID, id).set(DUTY_TARGET.POS, pos++)
                            .set(DUTY_TARGET.NAME, t.name()).set(DUTY_TARGET.BODY, t.text()));
                }
            }
            case PERFORMANCE -> addPerformance(batch, id, d.performance().duties());
            case PROCUREMENT -> addProcurement(batch, id, d.procurement());
            case TABLES -> d.tables().all().forEach(t -> new BudgetTableRows(tx).insert(batch, id, t));
            case GLOSSARY -> {
                int pos = 0;
                for (GlossaryEntry g : d.glossary()) {
                    batch.add(tx.insertInto(GLOSSARY_ENTRY).set(GLOSSARY_ENTRY.DRAFT_ID, id)
                            .set(GLOSSARY_ENTRY.POS, pos++).set(GLOSSARY_ENTRY.TERM, g.term())
                            .set(GLOSSARY_ENTRY.DEFINITION, g.definition()));
                }
            }
            case TARGETS -> new TargetRows(tx).insert(batch, id, d.performance().targets());
            case REVIEW_MARKS -> {
                int pos = 0;
                for (cn.gongkai.domain.model.ReviewMark m : d.reviewMarks()) {
                    batch.add(tx.insertInto(REVIEW_MARK).set(REVIEW_MARK.DRAFT_ID, id).set(REVIEW_MARK.POS, pos++)
                            .set(REVIEW_MARK.ITEM, m.item()).set(REVIEW_MARK.NOTE, m.note().length() > 500
                                    ? m.note().substring(0, 500) : m.note())
                            .set(REVIEW_MARK.MARKED_AT, java.time.OffsetDateTime.ofInstant(m.at(),
                                    java.time.ZoneOffset.UTC)));
                }
            }
        }
    }

    private void addProcurement(List<Query> batch, long id, List<ProcurementRow> rows) {
        int pos = 0;
        for (ProcurementRow r : rows) {
            batch.add(tx.insertInto(PROCUREMENT_ROW).set(PROCUREMENT_ROW.DRAFT_ID, id)
                    .set(PROCUREMENT_ROW.POS, pos++)
                    .set(PROCUREMENT_ROW.PROJECT_NAME, r.projectName())
                    .set(PROCUREMENT_ROW.PROJECT_BUDGET, r.projectBudget())
                    .set(PROCUREMENT_ROW.ITEM_NAME, r.itemName())
                    .set(PROCUREMENT_ROW.CATALOG_CODE, r.catalogCode())
                    .set(PROCUREMENT_ROW.QUANTITY_UNIT, r.quantityUnit())
                    .set(PROCUREMENT_ROW.QUANTITY, r.quantity())
                    .set(PROCUREMENT_ROW.UNIT_PRICE, r.unitPrice())
                    .set(PROCUREMENT_ROW.AMOUNT, r.amount())
                    .set(PROCUREMENT_ROW.FUND_GENERAL, r.fundGeneral())
                    .set(PROCUREMENT_ROW.FUND_GOV_FUND, r.fundGovFund())
                    .set(PROCUREMENT_ROW.FUND_SPECIAL, r.fundSpecial())
                    .set(PROCUREMENT_ROW.FUND_OTHER_INCOME, r.fundOtherIncome())
                    .set(PROCUREMENT_ROW.OTHER_CHANNEL, r.otherChannel()));
        }
    }

    /**
     * Updates the tree row by row when its shape (the sequence of node depths) did not change, so node IDs, parents
     * and positions stay; returns false when the shape changed and the tree has to be written again.
     */
    boolean updateNodesInPlace(long id, List<Duty> before, List<Duty> after) {
        List<PerfNode> a = flatten(before);
        List<PerfNode> b = flatten(after);
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).depth() != b.get(i).depth()) {
                return false;
            }
        }
        List<Query> batch = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                batch.add(tx.update(PERF_NODE).set(nodeColumns(b.get(i)))
                        .where(PERF_NODE.DRAFT_ID.eq(id)).and(PERF_NODE.NODE_ID.eq(i + 1)));
            }
        }
        execute(batch);
        return true;
    }

    /** Document order, as numbered by {@link #addPerformance}: each node without its children. */
    private static List<PerfNode> flatten(List<Duty> duties) {
        List<PerfNode> out = new ArrayList<>();
        for (Duty d : duties) {
            out.add(d.alone());
            for (Activity a : d.activities()) {
                out.add(a.alone());
                out.addAll(a.indicators());
            }
        }
        return out;
    }

    /** The columns of a node's own fields: name, amount and texts of work, grades of an indicator. */
    private static Map<Field<?>, Object> nodeColumns(PerfNode node) {
        WorkFields w = node.work();
        Indicator ind = node.fold(d -> null, a -> null, i -> i);
        Map<Field<?>, Object> m = new LinkedHashMap<>();
        m.put(PERF_NODE.NAME, w.name());
        m.put(PERF_NODE.AMOUNT, w.amount());
        m.put(PERF_NODE.DESCRIPTION, w.description());
        m.put(PERF_NODE.TARGET, w.target());
        m.put(PERF_NODE.GRADE_EXCELLENT, ind == null ? "" : ind.excellent());
        m.put(PERF_NODE.GRADE_GOOD, ind == null ? "" : ind.good());
        m.put(PERF_NODE.GRADE_FAIR, ind == null ? "" : ind.fair());
        m.put(PERF_NODE.GRADE_POOR, ind == null ? "" : ind.poor());
        m.put(PERF_NODE.TWO_GRADE, ind != null && ind.scale() == GradeScale.TWO);
        return m;
    }

    private void addOrgUnits(List<Query> batch, long id, List<OrgUnit> units) {
        int pos = 0;
        for (OrgUnit u : units) {
            Staffing s = u.staffing();
            batch.add(tx.insertInto(ORG_UNIT).set(ORG_UNIT.DRAFT_ID, id).set(ORG_UNIT.POS, pos++)
                    .set(ORG_UNIT.NAME, u.name()).set(ORG_UNIT.NATURE, u.nature())
                    .set(ORG_UNIT.RANK_LEVEL, u.rank()).set(ORG_UNIT.FUNDING_FORM, u.fundingForm())
                    .set(ORG_UNIT.VEHICLES, s.vehicles())
                    .set(ORG_UNIT.AUTHORIZED_ADMIN, s.authorizedAdmin())
                    .set(ORG_UNIT.AUTHORIZED_INSTITUTION, s.authorizedInstitution())
                    .set(ORG_UNIT.ACTIVE_ADMIN, s.activeAdmin())
                    .set(ORG_UNIT.ACTIVE_INSTITUTION, s.activeInstitution())
                    .set(ORG_UNIT.RETIRED_LIXIU, s.retiredLixiu())
                    .set(ORG_UNIT.RETIRED_TUIXIU, s.retiredTuixiu())
                    .set(ORG_UNIT.RETIRED_TUIZHI, s.retiredTuizhi()));
        }
    }

    /** Nodes are numbered in document order, parents before their children. */
    private void addPerformance(List<Query> batch, long id, List<Duty> duties) {
        int nodeId = 0;
        int dutyPos = 0;
        for (Duty duty : duties) {
            int dutyId = ++nodeId;
            batch.add(node(id, dutyId, null, dutyPos++, duty));
            int activityPos = 0;
            for (Activity a : duty.activities()) {
                int activityId = ++nodeId;
                batch.add(node(id, activityId, dutyId, activityPos++, a));
                int indicatorPos = 0;
                for (Indicator i : a.indicators()) {
                    batch.add(node(id, ++nodeId, activityId, indicatorPos++, i));
                }
            }
        }
    }

    private Query node(long draftId, int nodeId, Integer parentId, int pos, PerfNode node) {
        return tx.insertInto(PERF_NODE)
                .set(PERF_NODE.DRAFT_ID, draftId)
                .set(PERF_NODE.NODE_ID, nodeId)
                .set(PERF_NODE.PARENT_ID, parentId)
                .set(PERF_NODE.DEPTH, (short) node.depth())
                .set(PERF_NODE.POS, pos)
                .set(nodeColumns(node));
    }
}
