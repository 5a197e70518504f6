package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableEdits;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.model.Totals;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.ui.editor.shared.DraftEditing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The section forms' edits of the open draft: a figure typed (refused inline when it is not a valid amount, or when
 * the tables determine it), a paragraph written or given back to the standard wording, a list's rows, the reason of
 * a 项's change. Each is one undoable edit through {@link DraftEditing}.
 */
public final class FormsViewModel {
    private final DraftEditing editor;
    private Draft derivedFor;
    private Set<FigureKey> derived = Set.of();

    private final cn.gongkai.service.LibraryService library;

    public FormsViewModel(DraftEditing editor) {
        this(editor, null);
    }

    /** With the indicator library for 常用指标… (null: the button does nothing). */
    public FormsViewModel(DraftEditing editor, cn.gongkai.service.LibraryService library) {
        this.editor = editor;
        this.library = library;
    }

    public cn.gongkai.service.LibraryService library() {
        return library;
    }

    public boolean readOnly() {
        return editor.readOnlyProperty().get();
    }

    public Draft draft() {
        return editor.draft();
    }

    public boolean apply(String label, UnaryOperator<Draft> edit) {
        return editor.apply(label, edit);
    }

    /** The figures the draft's tables determine: shown, not typed (they follow the tables). */
    public Set<FigureKey> figuresFromTables() {
        Draft d = draft();
        if (d != derivedFor) {
            derivedFor = d;
            derived = TableFigures.derive(d).keySet();
        }
        return derived;
    }

    /** Sets a figure from what the officer typed; returns the message to show inline, or empty when accepted. */
    public Optional<String> setFigure(FigureKey key, String typed) {
        if (figuresFromTables().contains(key)) {
            return Optional.of(key.label() + "由部门预算公开表得出，请在公开表中修改");
        }
        BigDecimal value;
        try {
            value = FieldParsers.figure(key, typed, draft().header().moneyUnit());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        apply(key.label(), d -> d.withFigures(Totals.set(d.figures(), key, value)));
        return Optional.empty();
    }

    public void setText(TextKey key, Narrative value) {
        apply(key.label(), d -> d.withTexts(d.texts().with(key, value)));
    }

    /** The officer's reason of the change of a 项 of the 一般公共预算支出表 (by its 功能分类 code). */
    public void setReason(String functionCode, String reason) {
        RowKey key = new RowKey.Subject(Classification.FUNCTION, functionCode);
        editor.draft().tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).flatMap(t -> TableEdits.note(t, key, reason))
                .ifPresent(after -> apply("增减原因", d -> d.withTables(d.tables().with(after))));
    }
}
