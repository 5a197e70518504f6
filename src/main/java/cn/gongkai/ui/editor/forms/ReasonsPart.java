package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.writing.TableFacts;
import cn.gongkai.ui.widgets.Marks;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The reasons of the 情况说明's 具体使用情况: one row per 项 of 一般公共预算支出表 with money, its amount this year
 * and last year and the change, and the officer's 主要原因 typed in the last column (Enter keeps it). The paragraph
 * below says "主要原因是……" for every change still without one.
 */
final class ReasonsPart implements FormPart {
    private final TableView<TableFacts.Line> table = new TableView<>();
    private final VBox root;

    ReasonsPart(FormsViewModel vm) {
        table.setId("reasons");
        table.setEditable(true);
        table.setPrefHeight(220);
        table.setPlaceholder(new Label("一般公共预算支出表中还没有有数字的项级科目"));
        table.getColumns().add(column("科目编码", 90, TableFacts.Line::code));
        table.getColumns().add(column("科目名称", 220, TableFacts.Line::name));
        table.getColumns().add(column("本年", 100, l -> Amounts.shown(l.amount())));
        table.getColumns().add(column("上年", 100, l -> l.last() == null ? "（未知）" : Amounts.shown(l.last())));
        table.getColumns().add(column("增减", 100, l -> l.change() == null ? "" : change(l.change())));
        TableColumn<TableFacts.Line, String> reason = column("主要原因（双击或按 F2 填写，回车确认）", 360,
                TableFacts.Line::note);
        reason.setEditable(true);
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setOnEditCommit(e -> vm.setReason(e.getRowValue().code(), e.getNewValue()));
        table.getColumns().add(reason);
        Label title = new Label("各项增减的主要原因");
        title.getStyleClass().add("form-subtitle");
        title.setLabelFor(table);
        root = new VBox(4, title, table);
    }

    private static String change(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + Amounts.shown(v);
    }

    private static TableColumn<TableFacts.Line, String> column(String title, double width,
                                                              Function<TableFacts.Line, String> value) {
        TableColumn<TableFacts.Line, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Draft draft, boolean readOnly) {
        List<TableFacts.Line> items = new TableFacts(draft).generalPublicItems();
        if (table.getEditingCell() == null && !items.equals(table.getItems())) {
            int selected = table.getSelectionModel().getSelectedIndex();
            table.getItems().setAll(items);
            if (selected >= 0 && selected < items.size()) {
                table.getSelectionModel().select(selected);
            }
        }
        table.setEditable(!readOnly);
    }

    @Override
    public boolean holds(Place place) {
        return place.equals(new Place.Text(TextKey.GENERAL_PUBLIC_ITEMS));
    }

    @Override
    public void mark(List<Problem> problems) {
        Marks.apply(table, problems);
    }

    /** The first 项 that changed and has no reason yet, ready for typing. */
    @Override
    public void focus(Place place) {
        table.requestFocus();
        for (int i = 0; i < table.getItems().size(); i++) {
            TableFacts.Line l = table.getItems().get(i);
            if (l.change() != null && l.change().signum() != 0 && l.note().isBlank()) {
                table.getSelectionModel().select(i);
                table.getFocusModel().focus(i, table.getColumns().get(5));
                table.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }
}
