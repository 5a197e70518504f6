package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.ui.widgets.Marks;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.List;

/**
 * A paragraph. A generatable paragraph switches between the wording generated from the figures (shown live,
 * read-only) and the officer's own text; switching to own text starts from the generated wording. Typing is
 * stored after a short pause and when the caret leaves.
 */
final class NarrativeEditor implements FormPart {
    private final TextKey key;
    private final FormsViewModel vm;
    private final TextArea area = new TextArea();
    private final CheckBox own = new CheckBox("使用自己的文字");
    private final PauseTransition pause = new PauseTransition(Duration.millis(400));
    private final VBox root;
    private boolean showing;

    NarrativeEditor(TextKey key, FormsViewModel vm) {
        this.key = key;
        this.vm = vm;
        area.setId("text-" + key.code().replace('.', '-'));
        area.setWrapText(true);
        area.setPrefRowCount(key == TextKey.TITLE ? 1 : key == TextKey.DUTIES || key == TextKey.OTHER_MATTERS ? 8 : 3);
        Label title = new Label(key.label());
        title.setLabelFor(area);
        title.getStyleClass().add("form-subtitle");
        HBox head = new HBox(16, title);
        if (key.generatable()) {
            own.setId("own-" + key.code().replace('.', '-'));
            head.getChildren().add(own);
            own.setOnAction(e -> {
                String start = own.isSelected() ? area.getText() : "";
                vm.setText(key, own.isSelected() ? Narrative.own(start) : Narrative.GENERATED);
            });
        }
        pause.setOnFinished(e -> commit());
        area.textProperty().addListener((o, a, b) -> {
            if (!showing) {
                pause.playFromStart();
            }
        });
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        root = new VBox(4, head, area);
    }

    private void commit() {
        pause.stop();
        if (!area.isEditable()) {
            return;
        }
        String text = area.getText();
        Narrative current = vm.draft().texts().get(key);
        if ((key.generatable() && !own.isSelected()) || (current.custom() ? text.equals(current.text())
                : text.isEmpty())) {
            return;
        }
        vm.setText(key, Narrative.own(text));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Draft d, boolean readOnly) {
        Narrative n = d.texts().get(key);
        boolean custom = n.custom() || !key.generatable();
        own.setSelected(custom);
        own.setDisable(readOnly);
        area.setEditable(custom && !readOnly);
        area.getStyleClass().remove("generated");
        if (!custom) {
            area.getStyleClass().add("generated");
        }
        String text = custom ? n.text() : Narratives.generated(d, key);
        if (!area.getText().equals(text) && !(area.isFocused() && pause.getStatus() == javafx.animation.Animation.Status.RUNNING)) {
            showing = true;
            int caret = area.getCaretPosition();
            area.setText(text);
            area.positionCaret(Math.min(caret, text.length()));
            showing = false;
        }
    }

    @Override
    public boolean holds(Place place) {
        return place.equals(new Place.Text(key));
    }

    @Override
    public void mark(List<Problem> problems) {
        Marks.apply(area, problems);
    }

    @Override
    public void focus(Place place) {
        area.requestFocus();
    }
}
