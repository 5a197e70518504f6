package cn.gongkai.ui.editor;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.Section;
import cn.gongkai.domain.rules.Location;
import cn.gongkai.domain.rules.Problem;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The form of one section: its parts in template order, kept in step with the draft and its problems. */
final class SectionForm {
    private final Section section;
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Map<String, FormPart> parts = new LinkedHashMap<>();

    SectionForm(Section section) {
        this.section = section;
        Label title = new Label(section.heading());
        title.getStyleClass().add("form-title");
        content.getChildren().add(title);
        content.setPadding(new Insets(12, 16, 16, 16));
        root.setFitToWidth(true);
        root.setId("form-" + section.name().toLowerCase());
    }

    SectionForm add(FormPart part) {
        parts.put(part.path(), part);
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

    Node root() {
        return root;
    }

    void show(Draft d, boolean readOnly) {
        for (FormPart p : parts.values()) {
            p.show(d, readOnly);
        }
    }

    void mark(List<Problem> problems) {
        Map<String, List<Problem>> byPart = new LinkedHashMap<>();
        for (Problem p : problems) {
            byPart.computeIfAbsent(partKey(p.location().path()), k -> new ArrayList<>()).add(p);
        }
        for (FormPart part : parts.values()) {
            part.mark(byPart.getOrDefault(part.path(), List.of()));
        }
    }

    /** Moves the caret to the field a problem names; false when this form has no such field. */
    boolean focus(Location at) {
        FormPart part = parts.get(partKey(at.path()));
        if (part == null) {
            return false;
        }
        int row = -1;
        if (at.path().startsWith("table:") && at.path().contains("/")) {
            row = Integer.parseInt(at.path().substring(at.path().lastIndexOf('/') + 1));
        }
        part.focus(row);
        root.setVvalue(Math.max(0, part.root().getBoundsInParent().getMinY() - 40)
                / Math.max(1, content.getHeight() - root.getViewportBounds().getHeight()));
        return true;
    }

    static String partKey(String path) {
        if (path.startsWith("table:")) {
            int slash = path.indexOf('/');
            return slash < 0 ? path : path.substring(0, slash);
        }
        if (path.startsWith("header:") || path.startsWith("assets:")) {
            return "header";
        }
        return path;
    }
}
