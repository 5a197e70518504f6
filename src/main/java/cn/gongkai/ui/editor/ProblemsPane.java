package cn.gongkai.ui.editor;

import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.ui.editor.shared.ReviewMarking;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/** The draft's 错误 and 警告, updated as they change; Enter or a click jumps to the field. */
final class ProblemsPane {
    private final ListView<Problem> list;
    private final Label summary = new Label();
    private final VBox root;

    ProblemsPane(EditorViewModel vm) {
        list = new ListView<>(vm.problems());
        list.setId("problems");
        list.setPlaceholder(new Label("没有发现问题"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("problem-row-error", "problem-row-warning");
                if (p == null || empty) {
                    setText(null);
                    setTooltip(null);
                } else {
                    // the whole message, wrapped to the pane's width, never running off to the right
                    setWrapText(true);
                    setPrefWidth(0);
                    setText(ReviewMarking.prefix(vm, p.toLine()) + p.severity().label() + "　" + p.location().label()
                            + "　" + p.message());
                    setTooltip(new Tooltip(p.message() + (p.hint().isEmpty() ? "" : "\n提示：" + p.hint())));
                    getStyleClass().add(p.severity() == Severity.ERROR ? "problem-row-error" : "problem-row-warning");
                }
            }
        });
        list.setOnMouseClicked(e -> jump(vm));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                jump(vm);
            } else if (e.getCode() == KeyCode.K && e.isShortcutDown()) {
                Problem p = list.getSelectionModel().getSelectedItem();
                if (p != null) {
                    int at = list.getSelectionModel().getSelectedIndex();
                    ReviewMarking.toggle(vm, vm.dialogs(), p.toLine(), p.location().label() + "：" + p.message());
                    list.getSelectionModel().select(Math.min(at, list.getItems().size() - 1));
                }
            }
        });
        vm.problems().addListener((ListChangeListener<Problem>) c -> count(vm));
        count(vm);
        summary.getStyleClass().add("form-subtitle");
        root = new VBox(4, summary, list);
        root.setId("problems-pane");
    }

    private void jump(EditorViewModel vm) {
        Problem p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.jumpTo(p.location());
        }
    }

    private void count(EditorViewModel vm) {
        long errors = vm.problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = vm.problems().size() - errors;
        summary.setText("问题：错误 " + errors + " 项，警告 " + warnings + " 项（回车或单击跳到该处，Ctrl+K 标记已核对）");
    }

    Node root() {
        return root;
    }

    ListView<Problem> list() {
        return list;
    }
}
