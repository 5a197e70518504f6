package cn.gongkai.domain.newyear;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Drafts made from, or filled by, a budget system's workbook. */
public final class WorkbookDrafts {
    private WorkbookDrafts() {
    }

    /**
     * A new draft: the unit (编制单位) and year the workbook names (the fallback year when it names none), the finance
     * level its name says (县级 when it says none; either way 待确认), the template of that year, the tables, and the figures of 二
     * and 四 they determine; the paragraphs start from the generated wording.
     */
    public static Draft newDraft(WorkbookTables w, StandardGlossary glossary, int fallbackYear) {
        String name = w.unitName().isBlank() ? "（未识别的单位）" : w.unitName();
        int year = w.budgetYear() > 0 ? w.budgetYear() : fallbackYear;
        FinanceLevel level = FinanceLevel.fromUnitName(name).orElse(FinanceLevel.COUNTY);
        DraftHeader h = new DraftHeader(name, w.unitCode(), year, level, DraftStatus.DRAFT, null, MoneyUnit.WAN_YUAN,
                LocalDate.of(year - 1, 12, 31), TemplateProfile.forYear(year), Set.of(Guess.FINANCE_LEVEL),
                w.amountStyle());
        return into(Draft.empty(h, glossary.forLevel(level)), w);
    }

    /**
     * The draft with its tables replaced by the workbook's (a table the workbook lacks is missing from the draft, to
     * be said once by the checks, not an empty table compared with the others; an empty one keeps the 空表说明 the
     * officer wrote), and the figures following the tables. What the
     * workbook does not carry but the draft did is kept on the rows that stay: last year's amounts (上年预算数, the
     * “三公” table's 上年 row) and the officer's notes. The three-level forms the workbook has replace the draft's;
     * a form whose sheet it lacks stays as it was.
     */
    public static Draft into(Draft d, WorkbookTables w) {
        TemplateProfile profile = d.header().profile();
        List<BudgetTable> tables = new ArrayList<>();
        for (TableKind k : profile.tables()) {
            if (w.tables().get(k).isEmpty()) {
                continue; // a table the workbook lacks is missing, not empty: said once, never compared as zeros
            }
            BudgetTable t = w.tables().get(k).orElseThrow();
            Optional<String> kept = d.tables().get(k).map(BudgetTable::emptyStatement).filter(s -> !s.isBlank());
            if (t.isEmpty() && t.emptyStatement().isBlank() && kept.isPresent()) {
                t = t.withEmptyStatement(kept.get());
            }
            Optional<BudgetTable> old = d.tables().get(k);
            tables.add(old.isPresent() ? keep(old.get(), t) : t);
        }
        Draft withTargets = w.targets().isNone() ? d : d.withPerformance(d.performance().withTargets(
                w.targets().onto(d.performance().targets(), d.performance().unit())));
        if (w.tables().all().isEmpty()) {
            return withTargets; // a workbook of 绩效目标表 only: the tables stay as they were
        }
        return TableFigures.sync(withTargets.withTables(BudgetTables.of(tables)));
    }

    /** The fresh table with the old one's notes, comparison columns and 上年 row where the fresh one lacks them. */
    static BudgetTable keep(BudgetTable old, BudgetTable fresh) {
        List<BudgetColumn> columns = new ArrayList<>(fresh.columns());
        old.columns().stream().filter(BudgetColumn::reference).filter(c -> !columns.contains(c)).forEach(columns::add);
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetRow r : fresh.rows()) {
            BudgetRow kept = r;
            Optional<BudgetRow> before = old.row(r.key());
            if (before.isPresent()) {
                if (kept.note().isEmpty()) {
                    kept = kept.withNote(before.get().note());
                }
                for (BudgetColumn c : old.columns()) {
                    if (c.reference() && kept.amount(c) == null && before.get().amount(c) != null) {
                        kept = kept.with(c, Amounts.convert(before.get().amount(c), old.unit(), fresh.unit()));
                    }
                }
            }
            rows.add(kept);
        }
        RowKey last = new RowKey.Line(BudgetLine.LAST_YEAR);
        if (fresh.kind().shape() == TableKind.Shape.YEARS && fresh.indexOf(last) < 0) {
            old.row(last).filter(r -> !r.amounts().isEmpty()).ifPresent(r -> rows.add(r.inUnit(old.unit(), fresh.unit())));
        }
        return new BudgetTable(fresh.kind(), fresh.unit(), columns, rows, fresh.emptyStatement());
    }
}
