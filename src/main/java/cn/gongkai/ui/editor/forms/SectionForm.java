package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Section;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/** The form of one section: its parts in template order, kept in step with the draft and its problems. */
public final class SectionForm {
    private final Section section;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final List<FormPart> parts = new ArrayList<>();

    SectionForm(Section section) {
        this(section, section.heading(), "form-" + section.name().toLowerCase());
    }

    /** A form under its own title (基本信息 is kept with 一 but is a place of its own). */
    SectionForm(Section section, String heading, String id) {
        this.section = section;
        Label title = new Label(heading);
        title.getStyleClass().add("form-title");
        title.setWrapText(true);
        content.getChildren().add(title);
        content.setPadding(new Insets(12, 16, 16, 16));
        root.setFitToWidth(true);
        root.setId(id);
    }

    SectionForm add(FormPart part) {
        parts.add(part);
        content.getChildren().add(part.root());
        return this;
    }

    SectionForm content(Node node) {
        content.getChildren().add(node);
        return this;
    }

    SectionForm note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("form-note");
        content.getChildren().add(l);
        return this;
    }

    SectionForm heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-subtitle");
        content.getChildren().add(l);
        return this;
    }

    Section section() {
        return section;
    }

    public Node root() {
        return root;
    }

    public void show(Draft d, boolean readOnly) {
        for (FormPart p : parts) {
            p.show(d, readOnly);
        }
    }

    public void mark(List<Problem> problems) {
        for (FormPart part : parts) {
            part.mark(problems.stream().filter(p -> part.holds(p.location().place())).toList());
        }
    }

    /** Moves the caret to the field a problem names; false when this form has no such field. */
    public boolean focus(Location at) {
        for (FormPart part : parts) {
            if (part.holds(at.place())) {
                part.focus(at.place());
                root.setVvalue(Math.max(0, part.root().getBoundsInParent().getMinY() - 40)
                        / Math.max(1, content.getHeight() - root.getViewportBounds().getHeight()));
                return true;
            }
        }
        return false;
    }
}
