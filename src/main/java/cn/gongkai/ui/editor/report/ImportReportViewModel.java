package cn.gongkai.ui.editor.report;

import cn.gongkai.domain.imports.ImportReport;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.service.DraftService;
import cn.gongkai.ui.editor.shared.DraftEditing;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The import report of the open draft, reopened: what was recognised, and each line not yet placed, which the
 * officer puts into a paragraph ("放入…") as an ordinary, undoable edit; the report then records where it went.
 */
public final class ImportReportViewModel {
    private final DraftEditing editor;
    private final DraftService drafts;
    private final Tasks tasks;
    private final ObservableList<String> recognised = FXCollections.observableArrayList();
    private final ObservableList<String> unplaced = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("正在读取导入报告…");

    public ImportReportViewModel(DraftEditing editor, DraftService drafts, Tasks tasks) {
        this.editor = editor;
        this.drafts = drafts;
        this.tasks = tasks;
    }

    /** Reads the stored report on a worker thread. */
    public void load() {
        long id = editor.id();
        tasks.run(() -> drafts.importReport(id), r -> {
            r.ifPresentOrElse(this::show, () -> status.set("这份草稿不是由导入生成的（或生成于保存导入报告之前），没有导入报告"));
        }, e -> status.set("读取导入报告失败：" + e.getMessage()));
    }

    private void show(ImportReport r) {
        recognised.setAll(r.recognised());
        unplaced.setAll(r.unplaced());
        status.set(r.unplaced().isEmpty() ? "所有内容都已放入相应部分" : "还有 " + r.unplaced().size()
                + " 行没有放入任何部分：选中一行，选择要放入的段落，按“放入”");
    }

    public ObservableList<String> recognised() {
        return recognised;
    }

    public ObservableList<String> unplaced() {
        return unplaced;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The paragraphs a line can go into, for this draft's template. */
    public List<TextKey> targets() {
        return ImportReport.targets(editor.draft().header().profile().tablesFirst());
    }

    /**
     * Puts unplaced line {@code index} into paragraph {@code key} as its last paragraph, then records it in the
     * stored report; nothing happens on a 定稿 draft.
     */
    public void place(int index, TextKey key) {
        if (index < 0 || index >= unplaced.size()) {
            return;
        }
        String line = unplaced.get(index);
        if (!editor.apply("放入“" + key.label() + "”", d -> ImportReport.withLine(d, key, ImportReport.content(line)))) {
            status.set(editor.statusProperty().get());
            return;
        }
        long id = editor.id();
        tasks.run(() -> drafts.markPlaced(id, index, key.label()), r -> {
            show(r);
            status.set("已放入“" + key.label() + "”。" + status.get());
        }, e -> status.set("已放入“" + key.label() + "”，但导入报告没有更新：" + e.getMessage()));
    }
}
