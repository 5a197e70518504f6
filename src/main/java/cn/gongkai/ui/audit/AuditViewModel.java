package cn.gongkai.ui.audit;

import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.service.AuditService;
import cn.gongkai.ui.dialogs.Dialogs;
import cn.gongkai.ui.dialogs.Dialogs.FileType;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * 文件 › 批量检查…: the files of a folder (its sub-folders too) checked one by one in the background, a row per file
 * as its check ends, the findings of the row selected, the summary workbook saved, and a file taken in as a draft.
 * The run can be stopped between two files; the rows checked so far stay.
 */
public final class AuditViewModel {
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final AuditService audit;
    private final Consumer<Path> importer;
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<Problem> findings = FXCollections.observableArrayList();
    private final ObservableList<AuditEntry> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Problem> findingsShown = FXCollections.unmodifiableObservableList(findings);
    private final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("选择一个文件夹，检查其中全部公开文件、预算表格和交换文件。");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private int run; // the run a callback belongs to: a callback of a stopped or replaced run is ignored

    /** {@code importer}: takes a file in as a draft of the open data folder, as 文件 › 导入… does. */
    public AuditViewModel(Tasks tasks, Dialogs dialogs, AuditService audit, Consumer<Path> importer) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.audit = audit;
        this.importer = importer;
        selected.addListener((o, was, now) -> findings.setAll(now == null ? List.of() : now.findings()));
    }

    /** Asks for a folder and checks it; false when the officer cancelled. */
    public boolean chooseFolder() {
        return dialogs.openFolder("选择要批量检查的文件夹").map(f -> {
            start(List.of(f));
            return true;
        }).orElse(false);
    }

    /** Checks the files under {@code paths} (folders searched), replacing the rows of an earlier run. */
    public void start(List<Path> paths) {
        int me = ++run;
        rows.clear();
        running.set(true);
        progress.set(-1);
        folder.set(paths.size() == 1 ? paths.get(0).toString() : paths.size() + " 处");
        status.set("正在查找要检查的文件…");
        tasks.run(() -> audit.files(paths), files -> {
            if (me != run) {
                return;
            }
            if (files.isEmpty()) {
                finish("文件夹中没有可以检查的文件（" + String.join("、", AuditService.KINDS.stream().sorted()
                        .map(k -> "." + k).toList()) + "）。");
                return;
            }
            next(me, files, 0);
        }, e -> finish("无法检查：" + e.getMessage()));
    }

    private void next(int me, List<Path> files, int i) {
        if (me != run) {
            return;
        }
        if (i == files.size()) {
            finish(summary());
            return;
        }
        progress.set((double) i / files.size());
        status.set("正在检查 " + (i + 1) + "/" + files.size() + "：" + files.get(i).getFileName());
        tasks.run(() -> audit.check(files.get(i)), entry -> {
            if (me == run) {
                rows.add(entry);
                next(me, files, i + 1);
            }
        }, e -> {
            if (me == run) {
                rows.add(AuditEntry.unread(files.get(i), "无法读取：" + e.getMessage()));
                next(me, files, i + 1);
            }
        });
    }

    /** Stops after the file being checked; the rows so far stay. */
    public void stop() {
        if (running.get()) {
            run++;
            finish("已停止。" + summary());
        }
    }

    private void finish(String message) {
        running.set(false);
        progress.set(rows.isEmpty() ? 0 : 1);
        status.set(message);
    }

    /** What the rows say, as the command line's last line says it. */
    String summary() {
        long read = rows.stream().filter(r -> !r.unread()).count();
        long withErrors = rows.stream().filter(r -> r.errors() > 0).count();
        long unread = rows.size() - read;
        return "已检查 " + rows.size() + " 个文件：" + withErrors + " 个有错误，" + (read - withErrors) + " 个没有错误"
                + (unread > 0 ? "，" + unread + " 个无法读取" : "") + "。";
    }

    /** The summary workbook of the rows, where the officer chooses; written in the background. */
    public void saveWorkbook() {
        if (rows.isEmpty()) {
            dialogs.info("还没有检查结果。");
            return;
        }
        List<AuditEntry> entries = List.copyOf(rows);
        dialogs.saveFile("保存检查汇总表", "批量检查汇总.xlsx", List.of(new FileType("Excel 工作簿", "*.xlsx")))
                .ifPresent(f -> {
                    status.set("正在保存 " + f.getFileName() + "…");
                    tasks.run(() -> {
                        audit.writeWorkbook(entries, f);
                        return f;
                    }, done -> status.set("已保存 " + done), e -> {
                        status.set("保存失败");
                        dialogs.info("无法保存汇总表：" + e.getMessage());
                    });
                });
    }

    /** The selected file taken in as a draft (to use another unit's file as a model, or to fix one's own). */
    public void importSelected() {
        AuditEntry e = selected.get();
        if (e == null) {
            dialogs.info("请先在列表中选中一个文件。");
        } else if (e.unread()) {
            dialogs.info("这个文件无法读取，不能导入：" + e.note());
        } else {
            importer.accept(e.file());
        }
    }

    public ObservableList<AuditEntry> rows() {
        return rowsShown;
    }

    /** The findings of the selected row: level, place and text. */
    public ObservableList<Problem> findings() {
        return findingsShown;
    }

    /** The row whose findings are shown (the view binds it to the table's selection, which picks the first row). */
    public ObjectProperty<AuditEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while files are checked; -1 while they are being found. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The folder checked, for the window's heading. */
    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    /** A file's name as the table shows it: its path under the folder checked. */
    public String shownName(AuditEntry e) {
        Path base = folder.get().isEmpty() ? null : Path.of(folder.get());
        return base != null && e.file().startsWith(base) && !e.file().equals(base)
                ? base.relativize(e.file()).toString() : e.file().getFileName().toString();
    }
}
