package cn.gongkai.ui.editor.tables;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableEdits;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TableLayout;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.ui.editor.shared.DraftEditing;
import cn.gongkai.ui.widgets.Marks;
import cn.gongkai.ui.widgets.TextWidth;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.spreadsheet.GridBase;
import org.controlsfx.control.spreadsheet.GridChange;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;
import org.controlsfx.control.spreadsheet.SpreadsheetCellBase;
import org.controlsfx.control.spreadsheet.SpreadsheetCellType;
import org.controlsfx.control.textfield.TextFields;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One standard table in the editor, as it is printed: the merged heading rows and the 科目编码 and 科目名称 columns
 * frozen, amounts right-aligned, totals (类, 款, 合计, sum columns) grey and computed, last year's column kept for
 * comparison tinted. A cell typed, a block pasted, cells cleared, a subject added by code or name, a row removed,
 * the 空表说明 written: each is one edit of {@link TablesViewModel}. A value that came from a workbook names its
 * cell on hover; a problem marks its cell.
 */
public final class TableGrid {
    private static final double CODE_WIDTH = 92;
    private static final double NAME_WIDTH = 250;
    private static final double NAME_MAX = 460;
    private static final double AMOUNT_WIDTH = 112;

    private final TableKind kind;
    private final TablesViewModel vm;
    private final DraftEditing editor;
    private final BorderPane root = new BorderPane();
    private final Label unit = new Label();
    private final Label banner = new Label();
    private final Label message = new Label();
    private final TextField subject = new TextField();
    private final Button add = new Button("添加科目(_A)");
    private final Button remove = new Button("删除所选科目行(_R)");
    private final TextArea statement = new TextArea();
    private final Label statementTitle = new Label("空表说明(_K)（本表没有数字时，打印在表下）");
    private final PauseTransition pause = new PauseTransition(Duration.millis(500));
    private final VBox bottom;
    private BudgetSheet sheet;
    private TableLayout layout;
    private BudgetTable table;
    private cn.gongkai.domain.money.AmountStyle style = cn.gongkai.domain.money.AmountStyle.AS_ENTERED;
    private List<String> shape = List.of();
    private List<Problem> problems = List.of();
    private boolean refreshing;

    public TableGrid(TableKind kind, TablesViewModel vm, DraftEditing editor) {
        this.kind = kind;
        this.vm = vm;
        this.editor = editor;
        Label title = new Label("表" + kind.number() + "　" + kind.title());
        title.getStyleClass().add("form-title");
        Button load = new Button("从预算系统导入表格(_I)…");
        load.setOnAction(e -> vm.importWorkbook());
        javafx.scene.layout.FlowPane head = new javafx.scene.layout.FlowPane(16, 6, title, unit, load);
        head.setAlignment(Pos.CENTER_LEFT);
        whole(title, unit, load);
        banner.getStyleClass().add("grid-banner");
        banner.setWrapText(true);
        banner.setManaged(false);
        banner.setVisible(false);
        subject.setId("grid-subject-" + kind.code());
        subject.setPromptText("科目编码或名称，如 2010 或 行政运行");
        subject.setPrefColumnCount(22);
        TextFields.bindAutoCompletion(subject, r -> vm.suggest(kind, r.getUserText()));
        subject.setOnAction(e -> addSubject());
        add.setOnAction(e -> addSubject());
        remove.setOnAction(e -> removeRow());
        Label subjectLabel = new Label("科目(_S)：");
        subjectLabel.setMnemonicParsing(true);
        subjectLabel.setLabelFor(subject);
        message.getStyleClass().add("field-message");
        message.textProperty().bind(vm.noteProperty());
        javafx.scene.layout.FlowPane tools = new javafx.scene.layout.FlowPane(8, 6, subjectLabel, subject, add, remove,
                message);
        tools.setAlignment(Pos.CENTER_LEFT);
        whole(subjectLabel, add, remove);
        boolean subjects = kind.shape() != TableKind.Shape.YEARS;
        tools.setVisible(subjects);
        tools.setManaged(subjects);
        Label hint = new Label("灰色格是合计，由明细自动计算；淡蓝色的“上年预算数”只用于比较，不打印。"
                + "可从 Excel、WPS 复制后按 Ctrl+V 粘贴，Delete 清除；鼠标停在数字上可看到它来自预算表格的哪一格。");
        hint.setWrapText(true);
        hint.getStyleClass().add("form-note");
        VBox top = new VBox(6, head, banner, tools, hint);
        top.setPadding(new Insets(10, 12, 6, 12));
        statement.setId("grid-statement-" + kind.code());
        statement.setPrefRowCount(2);
        statement.setWrapText(true);
        statement.setPromptText(switch (kind) {
            case GOV_FUND_EXPENSE -> "如：本部门没有使用政府性基金预算拨款安排的支出，故本表为空表。";
            case STATE_CAPITAL_EXPENSE -> "如：本部门没有使用国有资本经营预算拨款安排的支出，故本表为空表。";
            case THREE_PUBLIC -> "如：本部门没有使用一般公共预算拨款安排“三公”经费，故本表为空表。";
            default -> "写明本表为什么没有数字";
        });
        statement.setPrefHeight(58);
        statementTitle.setMnemonicParsing(true);
        statementTitle.setLabelFor(statement);
        statementTitle.getStyleClass().add("form-subtitle");
        pause.setOnFinished(e -> commitStatement());
        statement.textProperty().addListener((o, a, b) -> {
            if (!refreshing) {
                pause.playFromStart();
            }
        });
        statement.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitStatement();
            }
        });
        bottom = new VBox(4, statementTitle, statement);
        bottom.setPadding(new Insets(6, 12, 10, 12));
        root.setTop(top);
        root.setBottom(bottom);
        root.setId("grid-" + kind.code());
    }

    public Node root() {
        return root;
    }

    BudgetSheet sheet() {
        return sheet;
    }

    /** Shows the draft's version of the table: in place when its rows and columns are the same, else rebuilt. */
    public void show(Draft d, boolean readOnly) {
        refreshing = true;
        try {
            table = TablesViewModel.table(d, kind);
            style = d.header().amountStyle();
            layout = TableLayout.forEditing(table);
            unit.setText("单位：" + table.unit().label() + (d.tables().has(kind) ? "" : "（尚未导入）"));
            List<String> newShape = shape(layout);
            if (sheet == null || !newShape.equals(shape)) {
                build();
                shape = newShape;
            } else {
                update();
            }
            sheet.setEditable(!readOnly);
            if (!statement.isFocused() || pause.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                if (!statement.getText().equals(table.emptyStatement())) {
                    statement.setText(table.emptyStatement());
                }
            }
            statement.setEditable(!readOnly);
            statementTitle.getStyleClass().remove("empty-table");
            if (table.isEmpty()) {
                statementTitle.getStyleClass().add("empty-table");
            }
            boolean wanted = table.isEmpty() || !table.emptyStatement().isBlank() || statement.isFocused();
            bottom.setVisible(wanted); // a table with amounts prints no 空表说明
            bottom.setManaged(wanted);
            subject.setDisable(readOnly);
            add.setDisable(readOnly);
            remove.setDisable(readOnly);
        } finally {
            refreshing = false;
        }
    }

    /** The grid's structure: when it changes (rows added, removed), the grid is rebuilt. */
    private static List<String> shape(TableLayout l) {
        List<String> out = new ArrayList<>();
        l.headings().forEach(h -> out.add(h.toString()));
        l.columns().forEach(c -> out.add(c.heading() + c.amount()));
        for (List<TableLayout.Cell> row : l.body()) {
            out.add(row.stream().map(c -> c.isAmount() ? c.row().key().id() + ":" + c.column() : c.text())
                    .collect(Collectors.joining("|")));
        }
        return out;
    }

    private void build() {
        BudgetSheet.At focused = sheet == null ? null : sheet.focused();
        int header = layout.headerRows();
        int rows = header + layout.body().size();
        int cols = layout.columns().size();
        GridBase grid = new GridBase(rows, cols);
        ObservableList<ObservableList<SpreadsheetCell>> data = FXCollections.observableArrayList();
        for (int r = 0; r < rows; r++) {
            ObservableList<SpreadsheetCell> line = FXCollections.observableArrayList();
            for (int c = 0; c < cols; c++) {
                SpreadsheetCellBase cell = new SpreadsheetCellBase(r, c, 1, 1, SpreadsheetCellType.STRING);
                put(cell, "", false);
                line.add(cell);
            }
            data.add(line);
        }
        for (TableLayout.Heading h : layout.headings()) {
            SpreadsheetCellBase cell = (SpreadsheetCellBase) data.get(h.row()).get(h.col());
            put(cell, h.text(), false);
            for (int r = h.row(); r < h.row() + h.rowSpan(); r++) {
                for (int c = h.col(); c < h.col() + h.colSpan(); c++) {
                    data.get(r).get(c).getStyleClass().add("grid-heading");
                }
            }
        }
        for (int c = 0; c < layout.countRow().size(); c++) {
            SpreadsheetCellBase cell = (SpreadsheetCellBase) data.get(layout.headingRows()).get(c);
            put(cell, layout.countRow().get(c), false);
            cell.getStyleClass().add("grid-count");
        }
        grid.setRows(data);
        for (TableLayout.Heading h : layout.headings()) {
            if (h.rowSpan() > 1) {
                grid.spanRow(h.rowSpan(), h.row(), h.col());
            }
            if (h.colSpan() > 1) {
                grid.spanColumn(h.colSpan(), h.row(), h.col());
            }
        }
        grid.addEventHandler(GridChange.GRID_CHANGE_EVENT, this::changed);
        sheet = new BudgetSheet(grid);
        sheet.setId("sheet-" + kind.code());
        sheet.onPaste((at, text) -> report(vm.paste(kind, body(at), text)));
        sheet.onClear(cells -> report(vm.clear(kind, cells.stream().map(this::body).toList())));
        List<Integer> fixed = new ArrayList<>();
        for (int r = 0; r < header; r++) {
            fixed.add(r);
        }
        if (sheet.areRowsFixable(fixed)) {
            sheet.getFixedRows().addAll(fixed); // together: a heading spans two of them
        }
        update(); // the names are in the cells now: the columns fit them
        for (int c = 0; c < cols; c++) {
            TableLayout.Column column = layout.columns().get(c);
            double width = column.isAmount() ? fitted(c, AMOUNT_WIDTH)
                    : column.heading().equals("科目编码") ? CODE_WIDTH : column.heading().equals("序号") ? 52
                    : fitted(c, NAME_WIDTH);
            sheet.getColumns().get(c).setPrefWidth(width);
            if (c < layout.labelColumns() && sheet.getColumns().get(c).isColumnFixable()) {
                sheet.getColumns().get(c).setFixed(true);
            }
        }
        root.setCenter(sheet);
        if (focused != null && focused.row() < rows && focused.column() < cols) {
            select(focused.row(), focused.column());
        }
    }

    /** Labels and buttons keep their whole text: a narrow window wraps the bar they are in instead. */
    static void whole(javafx.scene.control.Control... controls) {
        for (javafx.scene.control.Control c : controls) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
    }

    /**
     * A column as wide as its longest text in one cell (at least {@code least}, at most {@link #NAME_MAX}): the
     * grid's width goes to the names ("机关事业单位基本养老保险缴费支出") and to headings such as "财政专户管理资金"
     * before anything is cut. A heading spread over several columns is left to them.
     */
    private double fitted(int c, double least) {
        double widest = 0;
        for (var row : sheet.getGrid().getRows()) {
            if (c < row.size() && row.get(c).getText() != null && row.get(c).getColumnSpan() == 1) {
                widest = Math.max(widest, TextWidth.of(row.get(c).getText()));
            }
        }
        return Math.min(NAME_MAX, Math.max(least, Math.ceil(widest) + 36));
    }

    /** Puts the table's values, styles and tooltips into the body cells. */
    private void update() {
        boolean was = refreshing;
        refreshing = true;
        try {
            int header = layout.headerRows();
            for (int i = 0; i < layout.body().size(); i++) {
                List<TableLayout.Cell> line = layout.body().get(i);
                for (int j = 0; j < line.size(); j++) {
                    TableLayout.Cell c = line.get(j);
                    SpreadsheetCellBase cell = (SpreadsheetCellBase) sheet.getGrid().getRows().get(header + i).get(j);
                    decorate(cell, c, new TablesViewModel.Position(i, j));
                }
            }
        } finally {
            refreshing = was;
        }
    }

    private void decorate(SpreadsheetCellBase cell, TableLayout.Cell c, TablesViewModel.Position p) {
        List<String> styles = new ArrayList<>();
        List<String> tips = new ArrayList<>();
        boolean editable = false;
        if (c.isAmount()) {
            styles.add("grid-amount");
            boolean computed = TableEdits.computed(table, c.row(), c.column());
            if (computed) {
                styles.add("grid-computed");
                tips.add("合计，由明细自动计算");
            }
            if (c.column().reference()) {
                styles.add("grid-reference");
                tips.add("上年预算数：只用于情况说明中的比较，不打印");
            }
            c.row().source(c.column()).ifPresent(s -> tips.add("来自 " + s));
            editable = !computed;
            for (Problem pr : problems) {
                if (at(pr.location().place(), c.row().key(), c.column())) {
                    styles.add(pr.severity() == Severity.ERROR ? "problem-error" : "problem-warning");
                    tips.add(pr.severity().label() + "：" + pr.message());
                }
            }
        } else {
            styles.add("grid-label");
        }
        if (isTotalRow(p.row())) {
            styles.add("grid-total-row");
        }
        cell.getStyleClass().removeAll(List.of("grid-amount", "grid-computed", "grid-reference", "grid-label",
                "grid-total-row", "problem-error", "problem-warning"));
        cell.getStyleClass().addAll(styles);
        put(cell, TablesViewModel.shown(table, c, style), editable);
        cell.setTooltip(tips.isEmpty() ? null : String.join("\n", tips));
    }

    /** A cell's value and whether it takes typing (ControlsFX keeps the value of a read-only cell as it is). */
    private static void put(SpreadsheetCellBase cell, String value, boolean editable) {
        cell.setEditable(true);
        cell.setItem(value);
        cell.setEditable(editable);
    }

    private boolean isTotalRow(int bodyRow) {
        return layout.body().get(bodyRow).stream().anyMatch(c -> c.isAmount() && c.row().key().fold(
                s -> s.level() == 1, l -> true) && TableEdits.computed(table, c.row(), c.column()));
    }

    private static boolean at(Place place, RowKey key, BudgetColumn column) {
        return place instanceof Place.Cell cell && cell.row().equals(key)
                && (cell.column() == null || cell.column() == column);
    }

    private TablesViewModel.Position body(BudgetSheet.At at) {
        return new TablesViewModel.Position(at.row() - layout.headerRows(), at.column());
    }

    private void changed(GridChange change) {
        if (refreshing) {
            return;
        }
        TablesViewModel.Position p = new TablesViewModel.Position(change.getRow() - layout.headerRows(),
                change.getColumn());
        String typed = change.getNewValue() == null ? "" : change.getNewValue().toString();
        report(vm.setCell(kind, p, typed));
    }

    /** A refused edit (its reason shown next to the tools): the cells back to the stored values. */
    private void report(java.util.Optional<String> refused) {
        if (refused.isPresent()) {
            editor.statusProperty().set(refused.get());
            show(editor.draft(), editor.readOnlyProperty().get());
        }
    }

    private void addSubject() {
        String typed = subject.getText();
        java.util.Optional<String> refused = vm.addSubject(kind, typed);
        if (refused.isEmpty()) {
            subject.clear();
            String code = typed.strip().split("\\s+")[0];
            focusRow(r -> r.key().fold(s -> s.code().equals(code), l -> false));
        }
    }

    private void removeRow() {
        BudgetSheet.At at = sheet.focused();
        report(vm.removeRow(kind, at == null ? -1 : at.row() - layout.headerRows()));
    }

    private void commitStatement() {
        pause.stop();
        if (!refreshing && statement.isEditable()) {
            vm.setEmptyStatement(kind, statement.getText());
        }
    }

    /** Marks the cells the problems are at; problems of the table as a whole go in the banner. */
    public void mark(List<Problem> all) {
        problems = all.stream().filter(p -> holds(p.location().place())).toList();
        List<Problem> whole = problems.stream().filter(p -> p.location().place() instanceof Place.Table).toList();
        banner.setText(whole.stream().map(p -> p.severity().label() + "：" + p.message()
                + (p.hint().isEmpty() ? "" : "（" + p.hint() + "）")).collect(Collectors.joining("\n")));
        banner.setVisible(!whole.isEmpty());
        banner.setManaged(!whole.isEmpty());
        banner.getStyleClass().removeAll("problem-error", "problem-warning");
        if (!whole.isEmpty()) {
            banner.getStyleClass().add(whole.stream().anyMatch(p -> p.severity() == Severity.ERROR)
                    ? "problem-error" : "problem-warning");
        }
        Marks.apply(statement, whole);
        if (sheet != null) {
            update();
        }
    }

    boolean holds(Place place) {
        return inTable(place, kind);
    }

    /** Whether a place is a table or one of its cells. */
    static boolean inTable(Place place, TableKind k) {
        return place.equals(new Place.Table(k)) || place instanceof Place.Cell c && c.table() == k;
    }

    /** Puts the caret on the cell a problem names (the first amount of its row), or the table's first cell. */
    public void focus(Place place) {
        if (place instanceof Place.Cell c) {
            for (int i = 0; i < layout.body().size(); i++) {
                List<TableLayout.Cell> line = layout.body().get(i);
                for (int j = 0; j < line.size(); j++) {
                    TableLayout.Cell cell = line.get(j);
                    if (cell.isAmount() && cell.row().key().equals(c.row())
                            && (c.column() == null || c.column() == cell.column())) {
                        select(layout.headerRows() + i, j);
                        return;
                    }
                }
            }
        }
        if (place instanceof Place.Table && table.isEmpty()) {
            statement.requestFocus();
            return;
        }
        select(layout.headerRows(), layout.labelColumns());
    }

    private void focusRow(java.util.function.Predicate<cn.gongkai.domain.budget.BudgetRow> which) {
        for (int i = 0; i < layout.body().size(); i++) {
            for (int j = 0; j < layout.body().get(i).size(); j++) {
                TableLayout.Cell c = layout.body().get(i).get(j);
                if (c.isAmount() && which.test(c.row())) {
                    select(layout.headerRows() + i, j);
                    return;
                }
            }
        }
    }

    private void select(int row, int column) {
        if (sheet == null || row >= sheet.getGrid().getRowCount() || column >= sheet.getColumns().size()) {
            return;
        }
        sheet.getSelectionModel().clearAndSelect(row, sheet.getColumns().get(column));
        sheet.scrollToRow(Math.max(0, row - 3));
        sheet.focusCells();
    }

    TableLayout layout() {
        return layout;
    }
}
