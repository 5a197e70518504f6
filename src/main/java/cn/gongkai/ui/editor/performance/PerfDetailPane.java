package cn.gongkai.ui.editor.performance;

import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.tree.PerfColumn;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The long texts of the selected duty or activity (内容描述, 绩效目标), and an indicator's grade scale. */
final class PerfDetailPane {
    private final PerformanceTreeViewModel vm;
    private final Label what = new Label("选中一行后在此编辑较长的文字");
    private final TextArea description = new TextArea();
    private final TextArea target = new TextArea();
    private final CheckBox twoGrade = new CheckBox("两档评价（如 完成/未完成，只用“优”“良”两列）");
    private final GridPane root = new GridPane();
    private PerfRow row;

    PerfDetailPane(PerformanceTreeViewModel vm) {
        this.vm = vm;
        description.setId("perf-description");
        target.setId("perf-target");
        twoGrade.setId("perf-two-grade");
        for (TextArea a : new TextArea[] {description, target}) {
            a.setWrapText(true);
            a.setPrefRowCount(3);
            GridPane.setHgrow(a, Priority.ALWAYS);
        }
        description.focusedProperty().addListener((o, was, now) -> commit(now, PerfColumn.DESCRIPTION, description));
        target.focusedProperty().addListener((o, was, now) -> commit(now, PerfColumn.TARGET, target));
        twoGrade.setOnAction(e -> {
            if (row != null) {
                vm.setTwoGrade(row.path(), twoGrade.isSelected());
            }
        });
        Label d = new Label("内容描述");
        d.setLabelFor(description);
        Label t = new Label("绩效目标");
        t.setLabelFor(target);
        root.setHgap(8);
        root.setVgap(6);
        root.setPadding(new Insets(8));
        root.add(what, 0, 0, 2, 1);
        root.add(d, 0, 1);
        root.add(description, 1, 1);
        root.add(t, 0, 2);
        root.add(target, 1, 2);
        root.add(twoGrade, 1, 3);
    }

    private void commit(boolean focused, PerfColumn f, TextArea area) {
        if (!focused && row != null && area.isEditable() && !area.getText().equals(row.text(f))) {
            vm.set(row.path(), f, area.getText());
        }
    }

    void show(PerfRow r, boolean readOnly) {
        this.row = r;
        boolean texts = r != null && r.editable(PerfColumn.DESCRIPTION);
        what.setText(r == null ? "选中一行后在此编辑较长的文字" : PerformanceTreeViewModel.levelName(r.depth()) + "："
                + r.text(PerfColumn.NAME));
        if (!description.isFocused()) {
            description.setText(texts ? r.text(PerfColumn.DESCRIPTION) : "");
        }
        if (!target.isFocused()) {
            target.setText(texts ? r.text(PerfColumn.TARGET) : "");
        }
        description.setEditable(texts && !readOnly);
        target.setEditable(texts && !readOnly);
        boolean indicator = r != null && r.depth() == 3;
        twoGrade.setVisible(indicator);
        twoGrade.setDisable(readOnly);
        twoGrade.setSelected(r != null && r.node().fold(d -> false, a -> false, i -> i.scale() == GradeScale.TWO));
    }

    Node root() {
        return root;
    }
}
