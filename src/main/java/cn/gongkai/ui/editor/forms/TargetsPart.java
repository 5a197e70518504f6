package cn.gongkai.ui.editor.forms;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.Targets;
import cn.gongkai.domain.targets.UnitTarget;
import cn.gongkai.ui.editor.shared.LibraryDialog;
import cn.gongkai.ui.widgets.Marks;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The three-level 绩效目标表 in the 绩效 form: the unit's 整体支出 fields, the projects as rows (项目名称, 主管部门, 实施
 * 单位, 资金, 年度目标), and the indicators of the form chosen above them — the same keyboard, paste and undo as the
 * other tables — with 常用指标… (Ctrl+L) to insert an indicator from the library.
 */
final class TargetsPart implements FormPart {
    private final FormsViewModel vm;
    private final TextField budget = new TextField();
    private final TextArea goal = new TextArea();
    private final RowTable<ProjectTarget> projects;
    private final ComboBox<String> form = new ComboBox<>();
    private final RowTable<TargetIndicator> indicators;
    private final Label message = new Label();
    private final VBox root;
    private boolean showing;

    TargetsPart(FormsViewModel vm) {
        this.vm = vm;
        budget.setId("unit-target-budget");
        goal.setId("unit-target-goal");
        goal.setWrapText(true);
        goal.setPrefRowCount(2);
        budget.setOnAction(e -> commitUnit());
        budget.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitUnit();
            }
        });
        goal.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitUnit();
            }
        });
        projects = new RowTable<>("target-projects", "项目支出绩效目标表：项目",
                TargetColumns.projects(vm.draft().performance().unit()), TargetColumns.BLANK_PROJECT,
                list -> vm.apply("项目支出绩效目标表", d -> withTargets(d, t(d).withProjects(list)))); // rows carry their indicators
        indicators = new RowTable<>("target-indicators", "绩效指标（一级 → 二级 → 三级）", TargetColumns.indicators(),
                TargetColumns.BLANK_INDICATOR, list -> vm.apply("绩效指标", d -> withTargets(d, t(d).withIndicators(
                        selectedForm(), list))));
        form.setId("target-form-choice");
        form.setOnAction(e -> {
            if (!showing) {
                showIndicators(vm.draft());
            }
        });
        Button library = new Button("常用指标…");
        library.setId("target-library");
        library.setTooltip(new Tooltip("从常用指标库中插入一个指标（Ctrl+L）"));
        library.setOnAction(e -> fromLibrary());
        indicators.table().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN).match(e)) {
                fromLibrary();
                e.consume();
            }
        });
        Label unitHead = new Label("部门整体支出绩效目标表");
        unitHead.getStyleClass().add("form-subtitle");
        Label budgetLabel = new Label("年度预算数（" + vm.draft().performance().unit().label() + "）");
        budgetLabel.setLabelFor(budget);
        Label goalLabel = new Label("年度总体目标");
        goalLabel.setLabelFor(goal);
        message.getStyleClass().add("field-message");
        FlowPane choose = new FlowPane(8, 4, new Label("编辑哪张表的指标："), form, library, message);
        root = new VBox(6, unitHead, budgetLabel, budget, goalLabel, goal, projects.root(), choose, indicators.root());
        root.setPadding(new Insets(8, 0, 8, 0));
    }

    private static Targets t(Draft d) {
        return d.performance().targets();
    }

    private static Draft withTargets(Draft d, Targets t) {
        return d.withPerformance(d.performance().withTargets(t));
    }

    /** −1 the unit's form, 0… a project's. */
    private int selectedForm() {
        return form.getSelectionModel().getSelectedIndex() - 1;
    }

    private void commitUnit() {
        Targets t = t(vm.draft());
        String g = goal.getText() == null ? "" : goal.getText().strip();
        java.math.BigDecimal b;
        try {
            b = budget.getText() == null || budget.getText().isBlank() ? null
                    : FieldParsers.money(budget.getText(), vm.draft().performance().unit());
        } catch (IllegalArgumentException e) {
            message.setText("年度预算数：" + e.getMessage() + "（未保存）");
            return;
        }
        UnitTarget u = new UnitTarget(g, b, t.unit().indicators());
        if (!u.equals(t.unit())) {
            message.setText("");
            vm.apply("部门整体支出绩效目标", d -> withTargets(d, t(d).withUnit(u)));
        }
    }

    private void fromLibrary() {
        if (vm.library() == null || root.getScene() == null) {
            return;
        }
        LibraryDialog.pick(root.getScene().getWindow(), q -> vm.library().search(q, 50)).ifPresent(e -> {
            int f = selectedForm();
            List<TargetIndicator> list = new ArrayList<>(t(vm.draft()).indicators(f));
            list.add(e.indicator());
            vm.apply("常用指标：" + e.name(), d -> withTargets(d, t(d).withIndicators(f, list)));
            indicators.focusRow(list.size() - 1);
        });
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void show(Draft draft, boolean readOnly) {
        Targets t = t(draft);
        if (!budget.isFocused()) {
            budget.setText(t.unit().budget() == null ? "" : t.unit().budget().toPlainString());
        }
        if (!goal.isFocused()) {
            goal.setText(t.unit().goal());
        }
        budget.setEditable(!readOnly);
        goal.setEditable(!readOnly);
        projects.show(t.projects(), readOnly);
        showing = true;
        int was = Math.max(0, form.getSelectionModel().getSelectedIndex());
        List<String> names = new ArrayList<>();
        names.add("部门整体支出");
        t.projects().forEach(p -> names.add("项目：" + (p.name().isEmpty() ? "（未命名）" : p.name())));
        if (!form.getItems().equals(names)) {
            form.getItems().setAll(names);
        }
        form.getSelectionModel().select(Math.min(was, names.size() - 1));
        showing = false;
        indicators.show(t.indicators(selectedForm()), readOnly);
    }

    private void showIndicators(Draft draft) {
        indicators.show(t(draft).indicators(selectedForm()), vm.readOnly());
    }

    @Override
    public boolean holds(Place place) {
        return place instanceof Place.Target;
    }

    @Override
    public void mark(List<Problem> problems) {
        int f = selectedForm();
        Marks.apply(indicators.table(), problems.stream().filter(p -> p.location().place() instanceof Place.Target x
                && x.form() == f).toList());
    }

    @Override
    public void focus(Place place) {
        if (place instanceof Place.Target x) {
            form.getSelectionModel().select(x.form() + 1);
            showIndicators(vm.draft());
            if (x.indicator() >= 0) {
                indicators.focusRow(x.indicator());
            } else if (x.form() >= 0) {
                projects.focusRow(x.form());
            } else {
                goal.requestFocus();
            }
        }
    }
}
