package cn.gongkai.domain.model;

import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.Performance;

import java.util.List;
import java.util.Objects;

/**
 * One complete budget disclosure, every section of the template. Immutable: every edit produces a new draft.
 */
public record Draft(DraftHeader header, Figures figures, Texts texts, List<OrgUnit> orgUnits, boolean showStaffing,
                    List<CostItem> runningCostItems, List<NamedAmount> majorProjects, List<DutyTarget> dutyTargets,
                    Performance performance, List<ProcurementRow> procurement, List<GlossaryEntry> glossary,
                    BudgetTables tables, List<ReviewMark> reviewMarks) {
    public Draft {
        Objects.requireNonNull(header, "header");
        figures = Objects.requireNonNullElse(figures, Figures.EMPTY);
        texts = Objects.requireNonNullElse(texts, Texts.EMPTY);
        orgUnits = List.copyOf(Objects.requireNonNullElse(orgUnits, List.of()));
        runningCostItems = List.copyOf(Objects.requireNonNullElse(runningCostItems, List.of()));
        majorProjects = List.copyOf(Objects.requireNonNullElse(majorProjects, List.of()));
        dutyTargets = List.copyOf(Objects.requireNonNullElse(dutyTargets, List.of()));
        performance = Objects.requireNonNullElse(performance, Performance.EMPTY);
        procurement = List.copyOf(Objects.requireNonNullElse(procurement, List.of()));
        glossary = List.copyOf(Objects.requireNonNullElse(glossary, List.of()));
        tables = Objects.requireNonNullElse(tables, BudgetTables.NONE);
        reviewMarks = List.copyOf(Objects.requireNonNullElse(reviewMarks, List.of()));
    }

    /** A draft without review marks (as every draft before marks existed). */
    public Draft(DraftHeader header, Figures figures, Texts texts, List<OrgUnit> orgUnits, boolean showStaffing,
                 List<CostItem> runningCostItems, List<NamedAmount> majorProjects, List<DutyTarget> dutyTargets,
                 Performance performance, List<ProcurementRow> procurement, List<GlossaryEntry> glossary,
                 BudgetTables tables) {
        this(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets, performance,
                procurement, glossary, tables, List.of());
    }

    /** An empty draft for a unit and year, with the standard glossary for its finance level. */
    public static Draft empty(DraftHeader header, List<GlossaryEntry> glossary) {
        return new Draft(header, Figures.EMPTY, Texts.EMPTY, List.of(), false, List.of(), List.of(), List.of(),
                Performance.EMPTY, List.of(), glossary, BudgetTables.NONE);
    }

    public Draft withHeader(DraftHeader h) {
        return new Draft(h, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withFigures(Figures f) {
        return new Draft(header, f, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withTexts(Texts t) {
        return new Draft(header, figures, t, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withPerformance(Performance p) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                p, procurement, glossary, tables, reviewMarks);
    }

    public Draft withOrgUnits(List<OrgUnit> units, boolean staffing) {
        return new Draft(header, figures, texts, units, staffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withRunningCostItems(List<CostItem> items) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, items, majorProjects, dutyTargets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withProcurement(List<ProcurementRow> rows) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, rows, glossary, tables, reviewMarks);
    }

    public Draft withTables(BudgetTables t) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, glossary, t, reviewMarks);
    }

    public Draft withMajorProjects(List<NamedAmount> projects) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, projects, dutyTargets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withDutyTargets(List<DutyTarget> targets) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, targets,
                performance, procurement, glossary, tables, reviewMarks);
    }

    public Draft withGlossary(List<GlossaryEntry> entries) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, entries, tables, reviewMarks);
    }

    public Draft withReviewMarks(List<ReviewMark> marks) {
        return new Draft(header, figures, texts, orgUnits, showStaffing, runningCostItems, majorProjects, dutyTargets,
                performance, procurement, glossary, tables, marks);
    }

    /** The mark on {@code item} (a finding's or a change's line), if it is marked 已核对. */
    public java.util.Optional<ReviewMark> mark(String item) {
        return reviewMarks.stream().filter(m -> m.item().equals(item.strip())).findFirst();
    }
}
