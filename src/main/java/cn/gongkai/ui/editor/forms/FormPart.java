package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import javafx.scene.Node;

import java.util.List;

/** A piece of a section form: shows the draft's current version and the problems at the places it edits. */
interface FormPart {
    Node root();

    void show(Draft draft, boolean readOnly);

    /** Whether this part edits the place: a problem there is marked here, and a jump there comes here. */
    boolean holds(Place place);

    /** Marks the part with the problems at its places (none: unmarked). */
    void mark(List<Problem> problems);

    /** Moves the caret to the place (one this part holds). */
    void focus(Place place);
}
