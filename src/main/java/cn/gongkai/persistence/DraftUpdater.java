package cn.gongkai.persistence;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.persistence.DraftWriter.Part;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Function;


/**
 * Writes only what changed between two versions of a draft: figures and paragraphs one by one, a table as a whole
 * when any of its rows changed, and the performance tree node by node while its shape stays the same. An editor
 * keystroke therefore costs a few rows, not the whole draft. The caller owns the transaction.
 */
final class DraftUpdater {
    private final DSLContext tx;
    private final DraftWriter writer;

    DraftUpdater(DSLContext tx) {
        this.tx = tx;
        this.writer = new DraftWriter(tx);
    }

    /**
     * False when no such draft exists. The caller has claimed the draft's next version (which marks it changed now),
     * so the header row is written only when the header itself changed.
     */
    boolean update(long id, Draft before, Draft after) {
        if (!DraftWriter.sameHeader(before, after) && !writer.updateHeader(id, after, OffsetDateTime.now())) {
            return false;
        }
        for (FigureKey k : FigureKey.values()) {
            BigDecimal a = after.figures().get(k);
            if (!Objects.equals(before.figures().get(k), a)) {
                writer.setFigure(id, k, a);
            }
        }
        for (TextKey k : TextKey.values()) {
            Narrative a = after.texts().get(k);
            if (!before.texts().get(k).equals(a)) {
                writer.setText(id, k, a);
            }
        }
        replaceIfChanged(id, Part.ORG_UNITS, before, after, Draft::orgUnits);
        replaceIfChanged(id, Part.COST_ITEMS, before, after, Draft::runningCostItems);
        replaceIfChanged(id, Part.MAJOR_PROJECTS, before, after, Draft::majorProjects);
        replaceIfChanged(id, Part.DUTY_TARGETS, before, after, Draft::dutyTargets);
        replaceIfChanged(id, Part.PROCUREMENT, before, after, Draft::procurement);
        replaceIfChanged(id, Part.GLOSSARY, before, after, Draft::glossary);
        replaceIfChanged(id, Part.REVIEW_MARKS, before, after, Draft::reviewMarks);
        replaceIfChanged(id, Part.TARGETS, before, after, d -> d.performance().targets());
        for (TableKind k : TableKind.values()) {
            BudgetTable a = after.tables().get(k).orElse(null);
            if (!Objects.equals(before.tables().get(k).orElse(null), a)) {
                writer.replaceTable(id, k, a);
            }
        }
        if (!before.performance().duties().equals(after.performance().duties())
                && !writer.updateNodesInPlace(id, before.performance().duties(), after.performance().duties())) {
            writer.replacePart(id, Part.PERFORMANCE, after);
        }
        return true;
    }

    private void replaceIfChanged(long id, Part part, Draft before, Draft after, Function<Draft, Object> get) {
        if (!get.apply(before).equals(get.apply(after))) {
            writer.replacePart(id, part, after);
        }
    }
}
