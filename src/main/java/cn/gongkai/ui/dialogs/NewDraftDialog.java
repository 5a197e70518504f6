package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.ui.widgets.FinanceLevelBox;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.time.Year;
import java.util.Optional;

/** Asks for the unit, year and finance level of a new draft, or for the year to roll a draft into. */
final class NewDraftDialog {
    private NewDraftDialog() {
    }

    static Optional<Dialogs.NewDraft> ask(Window owner) {
        Dialog<Dialogs.NewDraft> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("新建草稿");
        TextField unit = new TextField();
        unit.setPromptText("例如：廊坊市广阳区九州镇人民政府");
        unit.setPrefColumnCount(28);
        Spinner<Integer> year = new Spinner<>(2000, 2100, Year.now().getValue() + 1);
        year.setEditable(true);
        ComboBox<FinanceLevel> level = FinanceLevelBox.create();
        level.setValue(FinanceLevel.COUNTY);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, labelFor("单位名称(_U)：", unit), unit);
        g.addRow(1, labelFor("预算年度(_Y)：", year), year);
        g.addRow(2, labelFor("财政级次(_L)：", level), level);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(unit.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? new Dialogs.NewDraft(unit.getText(), year.getValue(), level.getValue()) : null);
        unit.requestFocus();
        return d.showAndWait();
    }

    /** Asks for a budget year (a spinner, typing allowed), no earlier than {@code earliest}. */
    static Optional<Integer> askYear(Window owner, String title, String question, int suggested, int earliest) {
        Dialog<Integer> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        Spinner<Integer> year = new Spinner<>(earliest, 2100, Math.max(earliest, suggested));
        year.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        Label q = new Label(question);
        q.setWrapText(true);
        q.setMaxWidth(420);
        g.add(q, 0, 0, 2, 1);
        g.addRow(1, labelFor("预算年度(_Y)：", year), year);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? year.getValue() : null);
        year.requestFocus();
        return d.showAndWait();
    }

    /** A label with its mnemonic (Alt+letter) moving the focus to {@code node}. */
    static Label labelFor(String text, javafx.scene.Node node) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(node);
        return l;
    }
}
