package cn.gongkai.ui.editor.performance;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.tree.GradePreset;
import cn.gongkai.domain.tree.PerfColumn;
import cn.gongkai.ui.editor.shared.DraftEditing;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTablePosition;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.cell.TextFieldTreeTableCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table 部门职责-工作活动绩效目标 as a tree: duty → activity → indicator with the columns of the template,
 * edited in place, restructured from the keyboard, the context menu or by drag and drop; long texts in the detail
 * pane below.
 */
public final class PerformanceTreeView {
    private final PerformanceTreeViewModel vm;
    private final DraftEditing editor;
    private final TreeTableView<PerfRow> tree = new TreeTableView<>();
    private final TreeItem<PerfRow> root = new TreeItem<>();
    private final PerfDetailPane detail;
    private final Label message = new Label();
    private final SplitPane split;
    private final Map<PerfPath, Severity> marks = new HashMap<>();
    private List<Integer> shape = List.of();
    private boolean syncing;
    private PerfPath dragged;

    public PerformanceTreeView(PerformanceTreeViewModel vm, DraftEditing editor) {
        this.vm = vm;
        this.editor = editor;
        this.detail = new PerfDetailPane(vm);
        tree.setId("perf-tree");
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.getSelectionModel().setCellSelectionEnabled(true);
        tree.setPlaceholder(new Label("还没有职责。按 Insert 添加第一项职责。"));
        addColumn(PerfColumn.NAME, 300);
        addColumn(PerfColumn.AMOUNT, 100);
        addColumn(PerfColumn.DESCRIPTION, 180);
        addColumn(PerfColumn.TARGET, 180);
        for (PerfColumn f : List.of(PerfColumn.EXCELLENT, PerfColumn.GOOD, PerfColumn.FAIR, PerfColumn.POOR)) {
            addColumn(f, 90);
        }
        tree.setRowFactory(t -> row());
        tree.setContextMenu(contextMenu());
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing) {
                vm.selectionProperty().set(item == null || item.getValue() == null ? null : item.getValue().path());
            }
            detail.show(item == null ? null : item.getValue(), editor.readOnlyProperty().get());
        });
        vm.selectionProperty().addListener((o, a, path) -> select(path));
        message.getStyleClass().add("field-message");
        VBox top = new VBox(4, toolbar(), tree);
        VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);
        top.setPadding(new Insets(8, 8, 0, 8));
        split = new SplitPane(top, detail.root());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        split.setId("form-perf-tree");
    }

    private VBox toolbar() {
        Label title = new Label("五、部门职责-工作活动绩效目标");
        title.getStyleClass().add("form-title");
        Button addSibling = new Button("添加同级");
        addSibling.setOnAction(e -> vm.addSibling());
        Button addChild = new Button("添加下级");
        addChild.setOnAction(e -> vm.addChild());
        Button library = new Button("常用指标…");
        library.setId("tree-library");
        library.setOnAction(e -> vm.library().ifPresent(l -> cn.gongkai.ui.editor.shared.LibraryDialog.pick(
                root().getScene() == null ? null : root().getScene().getWindow(), q -> l.search(q, 50))
                .ifPresent(vm::insertFromLibrary)));
        MenuButton presets = new MenuButton("评价标准预设");
        presets.setId("preset-menu");
        presets.getItems().addAll(presetItems());
        for (Node n : List.of(addSibling, addChild, library, presets)) {
            n.setFocusTraversable(false);
            n.disableProperty().bind(editor.readOnlyProperty());
        }
        Label keys = new Label("Insert 同级 · Ctrl+Enter 下级 · Tab/Shift+Tab 降级/升级 · Alt+↑↓ 移动 · Ctrl+C/V 复制粘贴");
        keys.getStyleClass().add("form-note");
        keys.setWrapText(true);
        message.setWrapText(true);
        for (javafx.scene.control.Control c : List.of(title, addSibling, addChild, library, presets)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // whole names; a narrow form wraps the bar
        }
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 6, title, addSibling, addChild,
                library, presets);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(4, buttons, keys, message);
    }

    /**
     * Asks for the target and the rule, shown as the officer can change it ("≥95%；良90；中80"), and sets the four
     * grades of the selected indicators from it.
     */
    private void fromTarget() {
        List<PerfPath> sel = selectedPaths();
        String suggested = sel.stream().filter(p -> p.depth() == 3).findFirst().flatMap(p -> cn.gongkai.domain.tree
                .PerformanceEdits.indicator(editor.draft().performance(), p)).map(i -> cn.gongkai.domain.tree
                .GradeBands.target(i).text()).filter(t -> !t.isBlank()).orElse("≥95%");
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(suggested + "；良90；中80");
        d.initOwner(root().getScene() == null ? null : root().getScene().getWindow());
        d.setTitle("由目标值生成四档");
        d.setHeaderText(cn.gongkai.domain.tree.GradeBands.USUAL.describe()
                + "\n写法：目标值；良为目标值的百分之几；中为目标值的百分之几（如“≥95%；良90；中80”“≤2个工作日；良90；中80”）");
        d.showAndWait().ifPresent(text -> vm.gradesFromTarget(sel, text).ifPresent(message::setText));
    }

    private List<MenuItem> presetItems() {
        List<MenuItem> items = new ArrayList<>();
        for (GradePreset p : GradePreset.STANDARD) {
            MenuItem i = new MenuItem(p.label());
            i.setOnAction(e -> vm.applyPreset(selectedPaths(), p));
            items.add(i);
        }
        MenuItem own = new MenuItem("自定义（按第一个选中指标的评价标准）");
        own.setOnAction(e -> {
            List<PerfPath> sel = selectedPaths();
            sel.stream().filter(p -> p.depth() == 3).findFirst().flatMap(p -> cn.gongkai.domain.tree.PerformanceEdits
                    .indicator(editor.draft().performance(), p)).ifPresent(i -> vm.applyPreset(
                    sel, GradePreset.own(i.excellent(), i.good(), i.fair(), i.poor())));
        });
        items.add(own);
        MenuItem fromTarget = new MenuItem("由目标值生成四档…");
        fromTarget.setId("grades-from-target");
        fromTarget.setOnAction(e -> fromTarget());
        items.add(fromTarget);
        return items;
    }

    private ContextMenu contextMenu() {
        Menu presets = new Menu("评价标准预设");
        presets.getItems().addAll(presetItems());
        return new ContextMenu(
                item("添加同级", "Insert", vm::addSibling),
                item("添加下级", "Shortcut+Enter", vm::addChild),
                item("删除", "Delete", vm::remove),
                new SeparatorMenuItem(),
                item("上移", "Alt+Up", () -> vm.move(-1)),
                item("下移", "Alt+Down", () -> vm.move(1)),
                item("降级", "Tab", vm::indent),
                item("升级", "Shift+Tab", vm::outdent),
                new SeparatorMenuItem(),
                item("复制（含下级）", "Shortcut+C", vm::copy),
                item("粘贴", "Shortcut+V", vm::paste),
                new SeparatorMenuItem(),
                presets);
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem i = new MenuItem(text + "    " + KeyCombination.keyCombination(keys).getDisplayText());
        i.setOnAction(e -> action.run());
        return i;
    }

    private void addColumn(PerfColumn f, double width) {
        TreeTableColumn<PerfRow, String> c = new TreeTableColumn<>(f.label());
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setUserData(f);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? ""
                : cd.getValue().getValue().text(f)));
        c.setCellFactory(col -> new TextFieldTreeTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void startEdit() {
                PerfRow r = getTableRow() == null ? null : getTableRow().getItem();
                if (r != null && r.editable(f) && !editor.readOnlyProperty().get()) {
                    super.startEdit();
                }
            }

            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                PerfRow r = getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove("amount-cell");
                if (f == PerfColumn.AMOUNT) {
                    getStyleClass().add("amount-cell");
                }
                setDisable(false);
                if (r != null && !r.editable(f)) {
                    getStyleClass().add("na-cell");
                } else {
                    getStyleClass().remove("na-cell");
                }
            }
        });
        c.setOnEditCommit(e -> {
            PerfRow r = e.getRowValue().getValue();
            vm.set(r.path(), f, e.getNewValue()).ifPresentOrElse(m -> {
                message.setText(f.label() + "：" + m + "（未保存）");
                tree.refresh();
            }, () -> message.setText(""));
        });
        tree.getColumns().add(c);
    }

    private TreeTableRow<PerfRow> row() {
        TreeTableRow<PerfRow> r = new TreeTableRow<>() {
            @Override
            protected void updateItem(PerfRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("perf-duty", "perf-activity", "perf-indicator", "problem-error",
                        "problem-warning");
                if (item != null && !empty) {
                    getStyleClass().add(item.depth() == 1 ? "perf-duty" : item.depth() == 2 ? "perf-activity"
                            : "perf-indicator");
                    Severity s = marks.get(item.path());
                    if (s != null) {
                        getStyleClass().add(s == Severity.ERROR ? "problem-error" : "problem-warning");
                    }
                }
            }
        };
        r.setOnDragDetected(e -> {
            if (r.getItem() != null && !editor.readOnlyProperty().get()) {
                dragged = r.getItem().path();
                ClipboardContent content = new ClipboardContent();
                content.putString(r.getItem().text(PerfColumn.NAME));
                r.startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        r.setOnDragOver(e -> {
            if (dragged != null && r.getItem() != null && !r.getItem().path().equals(dragged)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        r.setOnDragDropped(e -> {
            boolean ok = dragged != null && r.getItem() != null;
            if (ok) {
                vm.moveTo(dragged, r.getItem().path());
            }
            dragged = null;
            e.setDropCompleted(ok);
            e.consume();
        });
        r.setOnDragDone(e -> dragged = null);
        return r;
    }

    private void keys(KeyEvent e) {
        if (tree.getEditingCell() != null || editor.readOnlyProperty().get()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.INSERT && !e.isShortcutDown()) {
            vm.addSibling();
        } else if ((k == KeyCode.ENTER || k == KeyCode.INSERT) && e.isShortcutDown()) {
            vm.addChild();
        } else if (k == KeyCode.DELETE) {
            vm.remove();
        } else if ((k == KeyCode.UP || k == KeyCode.DOWN) && e.isAltDown()) {
            vm.move(k == KeyCode.UP ? -1 : 1);
        } else if (k == KeyCode.TAB) {
            if (e.isShiftDown()) {
                vm.outdent();
            } else {
                vm.indent();
            }
        } else if (k == KeyCode.C && e.isShortcutDown()) {
            vm.copy();
        } else if (k == KeyCode.V && e.isShortcutDown()) {
            vm.paste();
        } else if (k == KeyCode.F2 || k == KeyCode.ENTER) {
            editFocused();
        } else {
            return;
        }
        e.consume();
    }

    @SuppressWarnings("unchecked")
    private void editFocused() {
        TreeTablePosition<PerfRow, ?> pos = tree.getFocusModel().getFocusedCell();
        if (pos != null && pos.getRow() >= 0) {
            TreeTableColumn<PerfRow, ?> col = pos.getTableColumn() == null ? tree.getColumns().get(0)
                    : pos.getTableColumn();
            tree.edit(pos.getRow(), (TreeTableColumn<PerfRow, String>) col);
        }
    }

    private List<PerfPath> selectedPaths() {
        Set<PerfPath> out = new LinkedHashSet<>();
        for (TreeItem<PerfRow> i : tree.getSelectionModel().getSelectedItems()) {
            if (i != null && i.getValue() != null) {
                out.add(i.getValue().path());
            }
        }
        return new ArrayList<>(out);
    }

    public Node root() {
        return split;
    }

    public TreeTableView<PerfRow> tree() {
        return tree;
    }

    /** Shows the draft's tree: values updated in place while the shape stays, rebuilt when it changed. */
    public void show(Draft d) {
        Performance p = d.performance();
        List<Integer> newShape = shape(p);
        syncing = true;
        if (newShape.equals(shape)) {
            updateInPlace(p);
        } else {
            rebuild(p);
            shape = newShape;
        }
        syncing = false;
        tree.setEditable(!editor.readOnlyProperty().get());
        TreeItem<PerfRow> sel = tree.getSelectionModel().getSelectedItem();
        detail.show(sel == null ? null : sel.getValue(), editor.readOnlyProperty().get());
    }

    private static List<Integer> shape(Performance p) {
        List<Integer> s = new ArrayList<>();
        for (Duty d : p.duties()) {
            s.add(-1);
            for (Activity a : d.activities()) {
                s.add(a.indicators().size());
            }
        }
        return s;
    }

    private void updateInPlace(Performance p) {
        for (int di = 0; di < p.duties().size(); di++) {
            Duty d = p.duties().get(di);
            TreeItem<PerfRow> dItem = root.getChildren().get(di);
            setIfChanged(dItem, new PerfRow(PerfPath.duty(di), d.alone()));
            for (int ai = 0; ai < d.activities().size(); ai++) {
                Activity a = d.activities().get(ai);
                TreeItem<PerfRow> aItem = dItem.getChildren().get(ai);
                setIfChanged(aItem, new PerfRow(PerfPath.activity(di, ai), a.alone()));
                for (int ii = 0; ii < a.indicators().size(); ii++) {
                    setIfChanged(aItem.getChildren().get(ii),
                            new PerfRow(PerfPath.indicator(di, ai, ii), a.indicators().get(ii)));
                }
            }
        }
    }

    private static void setIfChanged(TreeItem<PerfRow> item, PerfRow row) {
        if (!row.equals(item.getValue())) {
            item.setValue(row);
        }
    }

    private void rebuild(Performance p) {
        Set<PerfPath> collapsed = new HashSet<>();
        for (TreeItem<PerfRow> dItem : root.getChildren()) {
            if (!dItem.isExpanded()) {
                collapsed.add(dItem.getValue().path());
            }
            for (TreeItem<PerfRow> aItem : dItem.getChildren()) {
                if (!aItem.isExpanded()) {
                    collapsed.add(aItem.getValue().path());
                }
            }
        }
        List<TreeItem<PerfRow>> duties = new ArrayList<>(p.duties().size());
        for (int di = 0; di < p.duties().size(); di++) {
            Duty d = p.duties().get(di);
            TreeItem<PerfRow> dItem = new TreeItem<>(new PerfRow(PerfPath.duty(di), d.alone()));
            List<TreeItem<PerfRow>> acts = new ArrayList<>();
            for (int ai = 0; ai < d.activities().size(); ai++) {
                Activity a = d.activities().get(ai);
                TreeItem<PerfRow> aItem = new TreeItem<>(new PerfRow(PerfPath.activity(di, ai), a.alone()));
                List<TreeItem<PerfRow>> inds = new ArrayList<>();
                for (int ii = 0; ii < a.indicators().size(); ii++) {
                    inds.add(new TreeItem<>(new PerfRow(PerfPath.indicator(di, ai, ii), a.indicators().get(ii))));
                }
                aItem.getChildren().setAll(inds);
                aItem.setExpanded(!collapsed.contains(aItem.getValue().path()));
                acts.add(aItem);
            }
            dItem.getChildren().setAll(acts);
            dItem.setExpanded(!collapsed.contains(dItem.getValue().path()));
            duties.add(dItem);
        }
        root.getChildren().setAll(duties);
    }

    /** Selects the node at a path (after an edit, or when a problem points at it). */
    public void select(PerfPath path) {
        TreeItem<PerfRow> item = find(path);
        if (item == null) {
            return;
        }
        syncing = true;
        TreeItem<PerfRow> up = item.getParent();
        while (up != null) {
            up.setExpanded(true);
            up = up.getParent();
        }
        int row = tree.getRow(item);
        tree.getSelectionModel().clearAndSelect(row, tree.getColumns().get(0));
        tree.getFocusModel().focus(row, tree.getColumns().get(0));
        tree.scrollTo(Math.max(0, row - 3));
        syncing = false;
        detail.show(item.getValue(), editor.readOnlyProperty().get());
    }

    private TreeItem<PerfRow> find(PerfPath path) {
        if (path == null || path.duty() < 0 || path.duty() >= root.getChildren().size()) {
            return null;
        }
        TreeItem<PerfRow> item = root.getChildren().get(path.duty());
        if (path.depth() >= 2) {
            if (path.activity() >= item.getChildren().size()) {
                return item;
            }
            item = item.getChildren().get(path.activity());
        }
        if (path.depth() == 3 && path.indicator() < item.getChildren().size()) {
            item = item.getChildren().get(path.indicator());
        }
        return item;
    }

    public void mark(List<Problem> problems) {
        marks.clear();
        for (Problem p : problems) {
            if (p.location().place() instanceof Place.Node n) {
                marks.merge(n.path(), p.severity(), (a, b) -> a == Severity.ERROR || b == Severity.ERROR
                        ? Severity.ERROR : Severity.WARNING);
            }
        }
        tree.refresh();
    }
}
