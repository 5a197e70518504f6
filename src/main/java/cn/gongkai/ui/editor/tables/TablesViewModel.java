package cn.gongkai.ui.editor.tables;

import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableEdits;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TableLayout;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.service.DraftService;
import cn.gongkai.ui.dialogs.Dialogs;
import cn.gongkai.ui.editor.shared.ClipboardText;
import cn.gongkai.ui.editor.shared.DraftEditing;
import cn.gongkai.ui.tasks.Tasks;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The 公开表 of the open draft as the editor edits them: a cell typed, a block pasted from Excel or WPS, cells
 * cleared, subject rows added (by code or name, from the catalogue) and removed, a 空表说明 written, a budget
 * system's workbook imported. Each is one undoable edit of the open draft ({@link DraftEditing}), with the totals
 * recomputed and the figures the tables determine following them. Cells are addressed as the editor's grid shows
 * them: by body row and column of {@link TableLayout#forEditing}.
 */
public final class TablesViewModel {
    /** A body cell of a table's grid. */
    public record Position(int row, int column) {
    }

    private static final List<Dialogs.FileType> WORKBOOKS = List.of(
            new Dialogs.FileType("预算系统导出的表格", "*.xlsx", "*.xls"));

    private final DraftEditing editor;
    private final DraftService drafts;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final StringProperty note = new SimpleStringProperty("");

    public TablesViewModel(DraftEditing editor, DraftService drafts, Tasks tasks, Dialogs dialogs) {
        this.editor = editor;
        this.drafts = drafts;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** What the last edit of a table said: why it was refused, or what a paste did; "" after a plain edit. */
    public ReadOnlyStringProperty noteProperty() {
        return note;
    }

    /** The table as the draft holds it, or as a new one starts: its standard lines, without amounts. */
    public BudgetTable table(TableKind k) {
        return table(editor.draft(), k);
    }

    static BudgetTable table(Draft d, TableKind k) {
        return d.tables().get(k).orElseGet(() -> BudgetTable.blank(k, d.header().profile(), d.header().moneyUnit()));
    }

    /** The grid of a table: headings, 栏次 row, body. */
    public TableLayout layout(TableKind k) {
        return TableLayout.forEditing(table(k));
    }

    /** Whether a body cell takes typing: an amount that is not a total of other cells, in a draft not 定稿. */
    public boolean editable(TableKind k, Position p) {
        return !editor.readOnlyProperty().get() && typedCell(table(k), layout(k), p).isPresent();
    }

    /** A body cell's amount as the grid shows it: as stored, with at least two decimals; "" when blank. */
    /**
     * A cell as the editor shows it: an amount exact, with the draft's decimals and more where it has them
     * ({@link cn.gongkai.domain.money.AmountStyle#exact}) — never a rounded number to edit — the same in every grid and
     * field of the editor.
     */
    public static String shown(BudgetTable t, TableLayout.Cell c, cn.gongkai.domain.money.AmountStyle style) {
        if (!c.isAmount()) {
            return c.text();
        }
        return style.exact(t.amount(c.row(), c.column()));
    }

    /** Sets a typed cell ("" clears it); the message to show when refused (nothing stored then). */
    public Optional<String> setCell(TableKind k, Position p, String typed) {
        return setCells(k, List.of(p), List.of(typed), "填写" + k.title());
    }

    /** Clears the typed cells among the positions (totals are left: they follow); one undo step. */
    public Optional<String> clear(TableKind k, List<Position> cells) {
        List<Position> typed = cells.stream().filter(p -> typedCell(table(k), layout(k), p).isPresent()).toList();
        return typed.isEmpty() ? Optional.empty()
                : setCells(k, typed, typed.stream().map(p -> "").toList(), "清除" + k.title() + "的数字");
    }

    /**
     * Pastes a block copied from Excel or WPS ({@link ClipboardText}) with its top left at a cell; totals
     * and label cells it covers are skipped (they follow from the rest). One undo step.
     */
    public Optional<String> paste(TableKind k, Position at, String text) {
        TableLayout layout = layout(k);
        BudgetTable t = table(k);
        List<Position> cells = new ArrayList<>();
        List<String> values = new ArrayList<>();
        int skipped = 0;
        List<List<String>> rows = ClipboardText.rows(text);
        for (int i = 0; i < rows.size(); i++) {
            List<String> parts = rows.get(i);
            for (int j = 0; j < parts.size(); j++) {
                Position p = new Position(at.row() + i, at.column() + j);
                if (typedCell(t, layout, p).isPresent()) {
                    cells.add(p);
                    values.add(parts.get(j));
                } else if (!parts.get(j).isBlank()) {
                    skipped++;
                }
            }
        }
        if (cells.isEmpty()) {
            return refused("粘贴的位置没有可以填写的格子（合计格由明细自动计算）");
        }
        Optional<String> refused = setCells(k, cells, values, "粘贴到" + k.title());
        if (refused.isEmpty()) {
            note.set("已粘贴 " + cells.size() + " 格" + (skipped > 0 ? "，跳过 " + skipped + " 个合计或标题格" : ""));
        }
        return refused;
    }

    private Optional<String> setCells(TableKind k, List<Position> cells, List<String> typed, String label) {
        BudgetTable t = table(k);
        TableLayout layout = layout(k);
        BudgetTable changed = t;
        try {
            for (int i = 0; i < cells.size(); i++) {
                TableLayout.Cell c = typedCell(t, layout, cells.get(i)).orElseThrow(
                        () -> new IllegalArgumentException("这一格由其他格合计得出，不能直接填写"));
                String text = typed.get(i).strip();
                BigDecimal v = text.isEmpty() ? null : Amounts.parseTyped(text, t.unit());
                changed = TableEdits.set(changed, c.row().key(), c.column(), v);
            }
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
        BudgetTable result = changed;
        return edit(label, d -> d.withTables(d.tables().with(result)));
    }

    /** The cell at a position if it is an amount typed by the officer (not a total, not a label). */
    private static Optional<TableLayout.Cell> typedCell(BudgetTable t, TableLayout layout, Position p) {
        if (p.row() < 0 || p.row() >= layout.body().size() || p.column() < 0
                || p.column() >= layout.body().get(p.row()).size()) {
            return Optional.empty();
        }
        TableLayout.Cell c = layout.body().get(p.row()).get(p.column());
        if (!c.isAmount() || !t.columnsOf(c.row()).contains(c.column()) || TableEdits.computed(t, c.row(), c.column())) {
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /** The subjects matching what the officer typed, as "2010301 行政运行". */
    public List<String> suggest(TableKind k, String typed) {
        Draft d = editor.draft();
        return drafts.catalogue().search(k.classification(), typed, d.header().budgetYear(), 30).stream()
                .map(e -> e.code() + " " + e.name()).toList();
    }

    /**
     * Adds a subject row by code ("2010301", "2010301 行政运行"), with the 款 and 类 the table lacks; names from the
     * catalogue, else the name typed after the code. The message when refused.
     */
    public Optional<String> addSubject(TableKind k, String typed) {
        String t = typed == null ? "" : typed.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\s*(.*)$").matcher(t);
        if (!m.matches()) {
            List<SubjectCatalogue.Entry> found = drafts.catalogue().search(k.classification(), t,
                    editor.draft().header().budgetYear(), 2);
            if (found.size() != 1) {
                return refused(found.isEmpty() ? "科目表中没有“" + t + "”：请输入科目编码，如 2010301"
                        : "“" + t + "”对应多个科目：请输入科目编码，或从列表中选择");
            }
            return addSubject(k, found.get(0).code() + " " + found.get(0).name());
        }
        String code = m.group(1);
        if (!k.classification().isCode(code)) {
            return refused(code + " 不是" + k.classification().label() + "科目编码（类 3 位、款 5 位"
                    + (k == TableKind.GENERAL_PUBLIC_BASIC ? "" : "、项 7 位") + "）");
        }
        int year = editor.draft().header().budgetYear();
        SubjectCatalogue catalogue = drafts.catalogue();
        String typedName = m.group(2).strip();
        RowKey.Subject s = new RowKey.Subject(k.classification(), code);
        try {
            BudgetTable after = TableEdits.addSubject(table(k), s, c -> catalogue.name(k.classification(), c, year)
                    .orElse(c.equals(code) && !typedName.isEmpty() ? typedName : "（科目 " + c + "）"));
            return edit("添加科目 " + code, d -> d.withTables(d.tables().with(after)));
        } catch (IllegalArgumentException e) {
            return refused(e.getMessage());
        }
    }

    /** Removes the subject row at a body row, with the rows under it; a fixed line cannot be removed. */
    public Optional<String> removeRow(TableKind k, int bodyRow) {
        TableLayout layout = layout(k);
        if (bodyRow < 0 || bodyRow >= layout.body().size()) {
            return refused("请先选中要删除的科目行");
        }
        Optional<RowKey.Subject> subject = layout.body().get(bodyRow).stream().map(TableLayout.Cell::row)
                .filter(r -> r != null).map(BudgetRow::key)
                .flatMap(key -> key.fold(s -> java.util.stream.Stream.of(s), l -> java.util.stream.Stream.empty()))
                .findFirst();
        if (subject.isEmpty()) {
            return refused("这一行是表格的固定行（合计、收入类别等），不能删除");
        }
        BudgetTable after = TableEdits.remove(table(k), subject.get());
        return edit("删除科目 " + subject.get().code(), d -> d.withTables(d.tables().with(after)));
    }

    /** The 空表说明 printed under the table when it has no amounts. */
    public void setEmptyStatement(TableKind k, String text) {
        if (!table(k).emptyStatement().equals(text.strip())) {
            edit(k.title() + "的空表说明", d -> d.withTables(d.tables().with(table(d, k).withEmptyStatement(text))));
        }
    }

    private Optional<String> edit(String label, UnaryOperator<Draft> change) {
        if (editor.readOnlyProperty().get()) {
            return refused("这份草稿已定稿，只能查看");
        }
        note.set("");
        editor.apply(label, d -> TableFigures.sync(change.apply(d)));
        return Optional.empty();
    }

    private Optional<String> refused(String why) {
        note.set(why);
        return Optional.of(why);
    }

    /** Asks for a budget system's workbook and imports it into the open draft. */
    public void importWorkbook() {
        if (editor.readOnlyProperty().get()) {
            dialogs.info("这份草稿已定稿，不能导入表格。要修改，请先选择“草稿 › 重新打开编辑”。");
            return;
        }
        dialogs.openFile("从预算系统导入表格", WORKBOOKS).ifPresent(this::importWorkbook);
    }

    /**
     * Reads the workbook in the background, then replaces the draft's tables and the figures they determine as one
     * undoable edit, and shows what was read. A refused workbook changes nothing and says why.
     */
    public void importWorkbook(Path file) {
        Draft at = editor.draft();
        editor.statusProperty().set("正在读取 " + file.getFileName() + "…");
        tasks.run(() -> drafts.readWorkbookFor(at, file), (WorkbookTables w) -> {
            editor.apply("导入预算表格 " + file.getFileName(), d -> WorkbookDrafts.into(d, w));
            dialogs.showImportReport(drafts.workbookReport(w, editor.draft()));
        }, e -> {
            editor.statusProperty().set("导入失败：" + e.getMessage());
            dialogs.info("没有导入 " + file.getFileName() + "：" + e.getMessage());
        });
    }
}
