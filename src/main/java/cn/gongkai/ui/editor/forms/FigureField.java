package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Totals;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.ui.widgets.Marks;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

import java.util.List;

/**
 * A number field for one figure with its unit. The typed text is taken on Enter or when the caret leaves; text
 * that is not a valid amount is refused with a message next to the field and nothing is stored. A total whose
 * parts are entered is computed and shown, not typed; so is a figure the 公开表 determine (changed in the table).
 */
final class FigureField implements FormPart {
    private final FigureKey key;
    private final FormsViewModel vm;
    private final TextField field = new TextField();
    private final Label unit = new Label();
    private final Label message = new Label();
    private final HBox root;
    private String shown = "";

    FigureField(FigureKey key, FormsViewModel vm) {
        this.key = key;
        this.vm = vm;
        Label name = new Label(key.label(vm.draft().header().profile()));
        name.setLabelFor(field);
        name.setMinWidth(210);
        name.setPrefWidth(210);
        field.setId("figure-" + key.code().replace('.', '-'));
        field.setPrefColumnCount(12);
        field.setAlignment(Pos.CENTER_RIGHT);
        unit.setMinWidth(48);
        message.getStyleClass().add("field-message");
        field.setOnAction(e -> commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.setText(shown);
                message.setText("");
            }
        });
        root = new HBox(8, name, field, unit, message);
        root.setAlignment(Pos.CENTER_LEFT);
    }

    private void commit() {
        if (!field.isEditable() || field.getText().equals(shown)) {
            return;
        }
        vm.setFigure(key, field.getText()).ifPresentOrElse(m -> message.setText(m + "（未保存）"),
                () -> message.setText(""));
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Draft d, boolean readOnly) {
        boolean fromTables = vm.figuresFromTables().contains(key);
        boolean computed = fromTables || Totals.computed(d.figures(), key);
        unit.setText(FieldParsers.kindUnit(key, d.header().moneyUnit())
                + (fromTables ? "（来自公开表）" : computed ? "（自动合计）" : ""));
        field.setEditable(!readOnly && !computed);
        field.getStyleClass().remove("computed");
        if (computed) {
            field.getStyleClass().add("computed");
        }
        String value = d.figures().get(key) == null ? "" : key.kind() == cn.gongkai.domain.model.FigureKind.MONEY
                ? d.header().amountStyle().exact(d.figures().get(key)) : Amounts.plain(d.figures().get(key));
        if (!field.isFocused() || !value.equals(shown)) {
            if (message.getText().isEmpty() || !field.isFocused()) {
                field.setText(value);
            }
        }
        shown = value;
    }

    @Override
    public boolean holds(Place place) {
        return place.equals(new Place.Figure(key));
    }

    @Override
    public void mark(List<Problem> problems) {
        Marks.apply(field, problems);
    }

    @Override
    public void focus(Place place) {
        field.requestFocus();
        field.selectAll();
    }
}
