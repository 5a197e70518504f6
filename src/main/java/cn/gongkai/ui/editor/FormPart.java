package cn.gongkai.ui.editor;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.rules.Problem;
import javafx.scene.Node;

import java.util.List;

/** A piece of a section form: shows the draft's current version and the problems at its own place. */
interface FormPart {
    Node root();

    void show(Draft draft, boolean readOnly);

    /** The location path this part edits ("figure:income.total", "text:budget.change", "table:procurement"). */
    String path();

    /** Marks the part with the problems at its path (none: unmarked). */
    void mark(List<Problem> problems);

    /** Moves the caret here (row: the table row a problem names, or -1). */
    void focus(int row);
}
