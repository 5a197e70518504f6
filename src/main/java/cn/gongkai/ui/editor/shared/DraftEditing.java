package cn.gongkai.ui.editor.shared;

import cn.gongkai.domain.model.Draft;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;

import java.util.function.UnaryOperator;

/**
 * What a part of the editor needs of the open draft: its current version and id, one undoable edit at a time, the
 * status line, and whether it is 定稿 (read-only). The editor's view model is the one implementation; the features
 * (tables, performance tree, forms, import report) see only this, never the editor itself.
 */
public interface DraftEditing {
    Draft draft();

    long id();

    /** Applies an edit as one undo step; false when refused (the reason is then in the status line). */
    boolean apply(String label, UnaryOperator<Draft> edit);

    StringProperty statusProperty();

    ReadOnlyBooleanProperty readOnlyProperty();
}
