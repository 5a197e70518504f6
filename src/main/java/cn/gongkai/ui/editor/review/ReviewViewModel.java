package cn.gongkai.ui.editor.review;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.versions.Change;
import cn.gongkai.domain.versions.DraftVersion;
import cn.gongkai.service.VersionService;
import cn.gongkai.ui.editor.shared.DraftEditing;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * 与上次导出比较 and 保存版本: what changed in the open draft since the version kept at its last export (or any
 * version), listed beside the form, each change taking the officer to its field; and a version kept on request.
 * The reading and comparing run on the worker; the list is filled on the FX thread.
 */
public final class ReviewViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");
    private final Tasks tasks;
    private final VersionService versions;
    private final DraftEditing editor;
    private final Consumer<Location> jump;
    private final ObservableList<Change> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final BooleanProperty shown = new SimpleBooleanProperty(false);

    private final cn.gongkai.ui.dialogs.Dialogs dialogs;

    public ReviewViewModel(Tasks tasks, VersionService versions, DraftEditing editor, Consumer<Location> jump,
                           cn.gongkai.ui.dialogs.Dialogs dialogs) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.versions = versions;
        this.editor = editor;
        this.jump = jump;
    }

    public ObservableList<Change> changes() {
        return changes;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Whether the review pane is open beside the form. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Compares the draft as it now stands with the version kept at its last export. */
    public void compareWithLastExport() {
        long id = editor.id();
        Draft now = editor.draft();
        tasks.run(() -> {
            DraftVersion v = versions.lastExport(id).orElse(null);
            return v == null ? null : new Result(v, versions.compare(versions.version(id, v.number()), now));
        }, r -> {
            if (r == null) {
                editor.statusProperty().set("这份草稿还没有导出过 PDF 或 Word 文件，没有可比较的版本");
                return;
            }
            show(r);
        }, e -> editor.statusProperty().set("比较失败：" + e.getMessage()));
    }

    private record Result(DraftVersion version, List<Change> changes) {
    }

    private void show(Result r) {
        changes.setAll(r.changes());
        title.set("与上次导出比较（第 " + r.version().number() + " 版，" + TIME.format(r.version().at()
                .atZone(ZoneId.systemDefault())) + " " + r.version().source().label() + "）：" + (r.changes().isEmpty()
                ? "没有变化" : r.changes().size() + " 处变化"));
        shown.set(true);
        editor.statusProperty().set(title.get());
    }

    /** Goes to the field a change is in. */
    public void open(Change c) {
        if (c != null) {
            jump.accept(c.at());
        }
    }

    /** Keeps the draft as it now stands as a version, with the officer's note. */
    public void saveVersion(String note) {
        long id = editor.id();
        Draft now = editor.draft();
        tasks.run(() -> versions.keep(id, now, cn.gongkai.domain.versions.VersionSource.MANUAL, note),
                v -> editor.statusProperty().set("已保存为第 " + v.number() + " 版"),
                e -> editor.statusProperty().set("版本未能保存：" + e.getMessage()));
    }

    /** 已核对 on a change (Ctrl+K), or the mark taken off. */
    public void toggleMark(Change c) {
        if (c != null) {
            cn.gongkai.ui.editor.shared.ReviewMarking.toggle(editor, dialogs, c.line(), c.at().label());
        }
    }

    /** "【已核对：…】" before a marked change. */
    public String markOf(Change c) {
        return cn.gongkai.ui.editor.shared.ReviewMarking.prefix(editor, c.line());
    }

    public void close() {
        shown.set(false);
    }
}
