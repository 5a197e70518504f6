package cn.gongkai.persistence;

import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.NamedAmount;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Staffing;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.model.Texts;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.persistence.generated.tables.records.DraftRecord;
import cn.gongkai.persistence.generated.tables.records.PerfNodeRecord;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

/** Reads a whole draft back from the tables. */
final class DraftReader {
    private final DSLContext db;

    DraftReader(DSLContext db) {
        this.db = db;
    }

    Optional<Draft> read(long id) {
        return read(id, version -> { });
    }

    /**
     * Reads the draft, handing {@code version} its row version as read with its header, before its parts: in one
     * transaction, a save committed in between makes the next write a conflict, never a loss.
     */
    Optional<Draft> read(long id, java.util.function.IntConsumer version) {
        DraftRecord r = db.selectFrom(DRAFT).where(DRAFT.ID.eq(id)).and(DRAFT.DELETED_AT.isNull()).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        version.accept(r.getRowVersion());
        DraftHeader header = new DraftHeader(r.getUnitName(), r.getUnitCode(), r.getBudgetYear(),
                FinanceLevel.valueOf(r.getFinanceLevel()), DraftStatus.valueOf(r.getStatus()), r.getApprovalDate(),
                MoneyUnit.valueOf(r.getMoneyUnit()), r.getAssetsAsOf(), TemplateProfile.valueOf(r.getTemplateProfile()),
                guesses(r.getUnconfirmed()), new AmountStyle(r.getAmountDecimals() == null ? new AmountStyle.AsEntered()
                        : new AmountStyle.Fixed(r.getAmountDecimals()), Boolean.TRUE.equals(r.getBlankZero())));
        return Optional.of(new Draft(header, figures(id), texts(id), orgUnits(id), r.getShowStaffing(),
                costItems(id), majorProjects(id), dutyTargets(id),
                new Performance(MoneyUnit.valueOf(r.getPerformanceUnit()), duties(id),
                        new TargetRows(db).read(id)), procurement(id),
                glossary(id), new BudgetTableRows(db).read(id), reviewMarks(id)));
    }

    private static Set<Guess> guesses(String codes) {
        Set<Guess> out = EnumSet.noneOf(Guess.class);
        for (String c : codes.split(",")) {
            if (!c.isBlank()) {
                out.add(Guess.fromCode(c.strip()));
            }
        }
        return out;
    }

    private Figures figures(long id) {
        Map<FigureKey, BigDecimal> map = new EnumMap<>(FigureKey.class);
        db.selectFrom(DRAFT_FIGURE).where(DRAFT_FIGURE.DRAFT_ID.eq(id))
                .forEach(f -> map.put(FigureKey.fromCode(f.getFigureKey()), f.getAmount()));
        return Figures.of(map);
    }

    private Texts texts(long id) {
        Map<TextKey, Narrative> map = new EnumMap<>(TextKey.class);
        db.selectFrom(DRAFT_TEXT).where(DRAFT_TEXT.DRAFT_ID.eq(id))
                .forEach(t -> map.put(TextKey.fromCode(t.getTextKey()), new Narrative(t.getCustom(), t.getBody())));
        return Texts.of(map);
    }

    private List<OrgUnit> orgUnits(long id) {
        return db.selectFrom(ORG_UNIT).where(ORG_UNIT.DRAFT_ID.eq(id)).orderBy(ORG_UNIT.POS)
                .fetch(u -> new OrgUnit(u.getName(), u.getNature(), u.getRankLevel(), u.getFundingForm(),
                        new Staffing(u.getVehicles(), u.getAuthorizedAdmin(), u.getAuthorizedInstitution(),
                                u.getActiveAdmin(), u.getActiveInstitution(), u.getRetiredLixiu(),
                                u.getRetiredTuixiu(), u.getRetiredTuizhi())));
    }

    private List<CostItem> costItems(long id) {
        return db.selectFrom(COST_ITEM).where(COST_ITEM.DRAFT_ID.eq(id)).orderBy(COST_ITEM.POS)
                .fetch(c -> new CostItem(c.getName(), c.getAmount(), MoneyUnit.valueOf(c.getMoneyUnit())));
    }

    private List<NamedAmount> majorProjects(long id) {
        return db.selectFrom(MAJOR_PROJECT).where(MAJOR_PROJECT.DRAFT_ID.eq(id)).orderBy(MAJOR_PROJECT.POS)
                .fetch(p -> new NamedAmount(p.getName(), p.getAmount()));
    }

    private List<DutyTarget> dutyTargets(long id) {
        return db.selectFrom(DUTY_TARGET).where(DUTY_TARGET.DRAFT_ID.eq(id)).orderBy(DUTY_TARGET.POS)
                .fetch(t -> new DutyTarget(t.getName(), t.getBody()));
    }

    private List<cn.gongkai.domain.model.ReviewMark> reviewMarks(long id) {
        return db.selectFrom(REVIEW_MARK).where(REVIEW_MARK.DRAFT_ID.eq(id)).orderBy(REVIEW_MARK.POS)
                .fetch(m -> new cn.gongkai.domain.model.ReviewMark(m.getItem(), m.getNote(),
                        m.getMarkedAt().toInstant()));
    }

    private List<GlossaryEntry> glossary(long id) {
        return db.selectFrom(GLOSSARY_ENTRY).where(GLOSSARY_ENTRY.DRAFT_ID.eq(id)).orderBy(GLOSSARY_ENTRY.POS)
                .fetch(g -> new GlossaryEntry(g.getTerm(), g.getDefinition()));
    }

    private List<ProcurementRow> procurement(long id) {
        return db.selectFrom(PROCUREMENT_ROW).where(PROCUREMENT_ROW.DRAFT_ID.eq(id)).orderBy(PROCUREMENT_ROW.POS)
                .fetch(p -> new ProcurementRow(p.getProjectName(), p.getProjectBudget(), p.getItemName(),
                        p.getCatalogCode(), p.getQuantityUnit(), p.getQuantity(), p.getUnitPrice(), p.getAmount(),
                        p.getFundGeneral(), p.getFundGovFund(), p.getFundSpecial(), p.getFundOtherIncome(),
                        p.getOtherChannel()));
    }

    /** One query in document order, then the tree is rebuilt bottom-up from parent ids. */
    private List<Duty> duties(long id) {
        List<PerfNodeRecord> nodes = db.selectFrom(PERF_NODE).where(PERF_NODE.DRAFT_ID.eq(id))
                .orderBy(PERF_NODE.DEPTH.desc(), PERF_NODE.PARENT_ID, PERF_NODE.POS).fetch();
        Map<Integer, List<Indicator>> indicators = new HashMap<>();
        Map<Integer, List<Activity>> activities = new HashMap<>();
        List<Duty> duties = new ArrayList<>();
        for (PerfNodeRecord n : nodes) {
            switch (n.getDepth()) {
                case 3 -> indicators.computeIfAbsent(n.getParentId(), k -> new ArrayList<>())
                        .add(new Indicator(n.getName(), n.getGradeExcellent(), n.getGradeGood(), n.getGradeFair(),
                                n.getGradePoor(), n.getTwoGrade() ? GradeScale.TWO : GradeScale.FOUR));
                case 2 -> activities.computeIfAbsent(n.getParentId(), k -> new ArrayList<>())
                        .add(new Activity(n.getName(), n.getAmount(), n.getDescription(), n.getTarget(),
                                indicators.getOrDefault(n.getNodeId(), List.of())));
                default -> duties.add(new Duty(n.getName(), n.getAmount(), n.getDescription(), n.getTarget(),
                        activities.getOrDefault(n.getNodeId(), List.of())));
            }
        }
        return duties;
    }
}
