package cn.gongkai.ui.editor;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Section;
import cn.gongkai.service.DraftService;
import cn.gongkai.service.EditSession;
import cn.gongkai.service.ExportService;
import cn.gongkai.ui.dialogs.Dialogs;
import cn.gongkai.ui.editor.forms.FormsViewModel;
import cn.gongkai.ui.editor.report.ImportReportViewModel;
import cn.gongkai.ui.editor.shared.DraftEditing;
import cn.gongkai.ui.editor.tables.TablesViewModel;
import cn.gongkai.ui.preview.PreviewViewModel;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * State of the open draft: the current version, its problems, the section shown, and the status line. Every edit
 * goes through {@link #apply}: applied at once, written to the store in the background in order ("已保存" when the
 * write is durable), checked again, and undoable. No controls here.
 */
public final class EditorViewModel implements DraftEditing {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Tasks tasks;
    private final DraftService drafts;
    private final ExportService exports;
    private final EditSession session;
    private final ReadOnlyObjectWrapper<Draft> draft;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DUTIES);
    private final ObjectProperty<Location> jump = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final TablesViewModel tables;
    private final cn.gongkai.ui.editor.review.ReviewViewModel review;
    private final FormsViewModel forms;
    private final PreviewViewModel preview;
    private final Dialogs dialogs;
    private int pendingSaves;
    /** A save failed and nothing has been written since: the store is behind the draft on screen. */
    private boolean unsaved;
    private boolean retrying;
    private boolean told;
    private boolean overtaken;
    private Runnable reopen = () -> { };
    static final java.time.Duration RETRY = java.time.Duration.ofSeconds(10);
    private long checkGeneration;

    public EditorViewModel(Tasks tasks, DraftService drafts, ExportService exports, EditSession session,
                           Dialogs dialogs) {
        this(tasks, drafts, exports, session, dialogs, null);
    }

    /** With the indicator library (常用指标…) of the open folder. */
    public EditorViewModel(Tasks tasks, DraftService drafts, ExportService exports, EditSession session,
                           Dialogs dialogs, cn.gongkai.service.LibraryService library) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.drafts = drafts;
        this.exports = exports;
        this.session = session;
        this.tables = new TablesViewModel(this, drafts, tasks, dialogs);
        this.forms = new FormsViewModel(this, library);
        this.preview = new PreviewViewModel(exports, tasks.separate(), System::nanoTime);
        this.review = new cn.gongkai.ui.editor.review.ReviewViewModel(tasks, exports.versions(), this, this::jumpTo,
                dialogs);
        preview.draft(session.draft());
        this.draft = new ReadOnlyObjectWrapper<>(session.draft());
        readOnly.set(session.readOnly());
        status.set(session.readOnly() ? "已定稿，只能查看" : "已打开");
        check();
    }

    public ReadOnlyObjectProperty<Draft> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    @Override
    public Draft draft() {
        return draft.get();
    }

    @Override
    public long id() {
        return session.id();
    }

    /** The dialogs the editor's parts ask through (a note for 已核对). */
    public Dialogs dialogs() {
        return dialogs;
    }

    /** 与上次导出比较 and 保存版本. */
    public cn.gongkai.ui.editor.review.ReviewViewModel review() {
        return review;
    }

    /** The live preview of the part being edited (off until switched on). */
    public PreviewViewModel preview() {
        return preview;
    }

    /** The import report of this draft, to reopen and place its lines (read when {@code load} is called). */
    public ImportReportViewModel importReport() {
        return new ImportReportViewModel(this, drafts, tasks);
    }

    /** The 公开表 of the draft, as the editor edits them. */
    public TablesViewModel tables() {
        return tables;
    }

    /** The section forms' edits: figures, paragraphs, lists, the reasons of changes. */
    public FormsViewModel forms() {
        return forms;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** The place a problem points at; the view moves the caret there. */
    public ObjectProperty<Location> jumpProperty() {
        return jump;
    }

    @Override
    public StringProperty statusProperty() {
        return status;
    }

    @Override
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** Applies an edit; refused (with the reason in the status line) when the draft is 定稿. */
    @Override
    public boolean apply(String label, UnaryOperator<Draft> edit) {
        if (refusedAfterConflict()) {
            return false;
        }
        try {
            return session.apply(label, edit).map(this::changed).isPresent();
        } catch (BadInputException | IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        if (!refusedAfterConflict()) {
            session.undo().ifPresent(this::changed);
        }
    }

    public void redo() {
        if (!refusedAfterConflict()) {
            session.redo().ifPresent(this::changed);
        }
    }

    private boolean refusedAfterConflict() {
        if (overtaken) {
            status.set("这份草稿已由别人先保存，这里的修改不再保存：请关闭后重新打开草稿（您的修改已另存为版本）");
        }
        return overtaken;
    }

    /** Marks the draft 定稿 (read-only) or reopens it for editing. */
    public void setFinal(boolean done) {
        if (done && !readyForFinal()) {
            return;
        }
        session.setFinal(done).ifPresent(c -> {
            changed(c);
            if (done) {
                long id = id();
                Draft d = draft();
                tasks.run(() -> {
                    drafts.finalised(id, d); // 定稿 keeps a version
                    return d;
                }, x -> { }, e -> status.set("定稿版本未能保存：" + e.getMessage()));
            }
        });
    }

    /**
     * Before 定稿: the 错误 not marked 已核对 and the guesses not confirmed (待确认), listed for the officer to go on
     * or go back; true to go on.
     */
    private boolean readyForFinal() {
        Draft d = draft();
        java.util.List<String> left = new java.util.ArrayList<>();
        problems.stream().filter(p -> p.severity() == cn.gongkai.domain.model.Severity.ERROR)
                .filter(p -> d.mark(p.toLine()).isEmpty())
                .forEach(p -> left.add("错误　" + p.location().label() + "　" + p.message()));
        d.header().unconfirmed().forEach(g -> left.add("待确认　" + g.label()));
        if (left.isEmpty()) {
            return true;
        }
        return dialogs.confirm("定稿前还有 " + left.size() + " 项没有处理：\n" + String.join("\n", left.stream()
                .limit(12).toList()) + (left.size() > 12 ? "\n……" : "") + "\n\n仍要定稿吗？");
    }

    /** The editor shows {@code part} of section {@code s}: the live preview turns to its page. */
    public void showing(Section s, cn.gongkai.domain.port.PagePart part) {
        section.set(s);
        preview.part(part);
    }

    public void jumpTo(Location location) {
        section.set(location.section());
        jump.set(null);
        jump.set(location);
    }

    private EditSession.Change changed(EditSession.Change c) {
        draft.set(c.after());
        preview.draft(c.after());
        readOnly.set(session.readOnly());
        pendingSaves++;
        status.set("正在保存…");
        tasks.run(() -> {
            session.save(c);
            return c;
        }, done -> saved(), this::saveFailed);
        check();
        return c;
    }

    /**
     * A save failed (a full disk, a folder gone read-only): the edit stays on screen and in the session, the officer
     * is told once what happened and what to do, and the current version is saved again every few seconds until
     * it succeeds (a later edit's save also writes everything since the last save that succeeded).
     */
    private void saveFailed(RuntimeException e) {
        pendingSaves--;
        if (e instanceof cn.gongkai.domain.model.DraftConflictException c) {
            overtaken(c);
            return;
        }
        unsaved = true;
        status.set("保存失败，修改仍在编辑器中，" + RETRY.toSeconds() + " 秒后自动重试：" + e.getMessage());
        if (!told) {
            told = true;
            dialogs.info("刚才的修改没能保存：" + e.getMessage() + "\n\n修改仍保留在编辑器中，请不要关闭程序。"
                    + "程序每 " + RETRY.toSeconds() + " 秒自动重试，保存成功后状态栏显示“已保存”。");
        }
        if (!retrying) {
            retrying = true;
            tasks.later(RETRY, this::retrySave);
        }
    }

    /**
     * Someone else saved this draft first (two people on one draft on the county's server): nothing more is saved
     * from this copy, the officer's version is kept as a version of the draft, the officer is told who changed what,
     * and may reopen the draft as the other left it.
     */
    private void overtaken(cn.gongkai.domain.model.DraftConflictException why) {
        if (overtaken) {
            return;
        }
        overtaken = true;
        readOnly.set(true);
        Draft base = session.base();
        Draft mine = draft();
        status.set("保存冲突：" + why.savedBy() + " 先保存了这份草稿，正在把您的修改另存为版本…");
        tasks.run(() -> exports.versions().keepOvertaken(id(), base, mine, why), o -> {
            status.set("保存冲突：您的修改已另存为第 " + o.kept().number() + " 版；请重新打开草稿");
            if (dialogs.confirm(o.message() + "\n\n现在重新打开草稿，载入对方保存的内容吗？")) {
                reopen.run();
            }
        }, e -> {
            unsaved = true; // the officer's version is only on screen: closing asks first
            status.set("保存冲突，另存版本也失败：" + e.getMessage() + "。请不要关闭程序，先把修改记下或导出。");
        });
    }

    /** True after a save was refused because someone else saved first; this copy saves nothing more. */
    public boolean overtaken() {
        return overtaken;
    }

    /** What 重新打开 does after a conflict (the main window opens the draft again). */
    public void setOnReopen(Runnable reopen) {
        this.reopen = reopen;
    }

    private void retrySave() {
        retrying = false;
        if (!unsaved) {
            return;
        }
        Draft version = draft();
        pendingSaves++;
        status.set("正在重新保存…");
        tasks.run(() -> {
            session.saveVersion(version);
            return version;
        }, done -> saved(), this::saveFailed);
    }

    /** True while a save failed and the store is behind what the editor shows. */
    public boolean unsaved() {
        return unsaved;
    }

    private void saved() {
        unsaved = false; // a save writes everything since the last that succeeded
        told = false;
        pendingSaves--;
        if (pendingSaves == 0) {
            status.set("已保存 " + LocalTime.now().format(CLOCK));
        }
    }

    /** Checks the current version in the background; only the newest result is shown. */
    private void check() {
        long generation = ++checkGeneration;
        Draft d = draft();
        tasks.run(() -> drafts.validate(d), list -> {
            if (generation == checkGeneration) {
                problems.setAll(list);
            }
        }, e -> status.set("检查失败：" + e.getMessage()));
    }

    /** Exports the PDF of the current version; calls back with the file when it is written. */
    public void exportPdf(Path file, Consumer<Path> done) {
        export("PDF", file, d -> exports.exportPdf(id(), d, file), done); // and keeps it as a version
    }

    /** Exports the current version as an editable Word file (.docx); calls back with the file when it is written. */
    public void exportWord(Path file, Consumer<Path> done) {
        export("Word 文件", file, d -> exports.exportDocx(id(), d, file), done);
    }

    private void export(String what, Path file, Consumer<Draft> write, Consumer<Path> done) {
        Draft d = draft();
        status.set("正在导出 " + what + "…");
        tasks.run(() -> {
            write.accept(d);
            return file;
        }, f -> {
            status.set("已导出 " + f);
            done.accept(f);
        }, e -> status.set("导出失败：" + e.getMessage()));
    }

    /** True while edits are still being written. */
    public boolean saving() {
        return pendingSaves > 0;
    }
}
