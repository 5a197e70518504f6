package cn.gongkai.ui;

import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.service.AuditService;
import cn.gongkai.ui.audit.AuditViewModel;
import cn.gongkai.ui.dialogs.Dialogs.FileType;
import cn.gongkai.ui.dialogs.Dialogs;
import cn.gongkai.ui.dialogs.FolderBackups;
import cn.gongkai.ui.drafts.DraftListViewModel;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.editor.report.ImportReportViewModel;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * State and actions of the main window: the draft list, the draft open in the editor (if any), the window title
 * and the status line, and every menu command. Asks the officer through {@link Dialogs}; no controls here.
 */
public final class MainWindowViewModel {
    static final String APP_TITLE = "预算公开编制助手";
    private static final List<FileType> IMPORTABLE = List.of(
            new FileType("公开文件、预算表格或交换文件", "*.docx", "*.pdf", "*.txt", "*.xlsx", "*.xls", "*.json", "*.gongkai"),
            new FileType("公开文件（Word、PDF、文本）", "*.docx", "*.pdf", "*.txt"),
            new FileType("预算系统导出的表格", "*.xlsx", "*.xls"),
            new FileType("Gongkai 交换文件", "*.json", "*.gongkai"));

    private final Tasks tasks;
    private final Dialogs dialogs;
    private final UiSettings settings;
    private final Supplier<AuditService> audits;
    private final DraftListViewModel list;
    private final ReadOnlyObjectWrapper<EditorViewModel> editor = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<DraftSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP_TITLE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper();
    private Services services;
    private FolderBackups folderBackups;
    private Places places;
    private Problem lastJumped;

    /** {@code audits}: a batch checker of its own for each 批量检查 (its drafts in memory only). */
    public MainWindowViewModel(Tasks tasks, Dialogs dialogs, UiSettings settings, Supplier<AuditService> audits) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
        this.audits = audits;
        this.list = new DraftListViewModel(tasks);
        status.bind(list.statusProperty());
        editor.addListener((o, was, now) -> {
            status.unbind();
            status.bind(now == null ? list.statusProperty() : now.statusProperty());
        });
    }

    /**
     * Hands over the services once the data folder is open (it opens while the window appears); with
     * {@code reopenLast}, the draft open when the editor was last closed opens again once the list shows it.
     */
    public void connect(Services s, boolean reopenLast) {
        this.services = s;
        long last = reopenLast ? settings.lastDraft() : -1;
        if (last > 0) {
            list.setOnLoaded(() -> {
                list.setOnLoaded(() -> { });
                if (list.drafts().stream().anyMatch(d -> d.id() == last)) {
                    open(last);
                }
            });
        }
        list.connect(s.drafts(), s.county().isPresent() ? "县级服务器 " + s.place().replaceFirst("^postgresql://", "")
                : "");
    }

    /** Where 文件 › 从备份恢复… finds the open folder's backups and restores one (the editor's open folder). */
    public void setFolderBackups(FolderBackups backups) {
        this.folderBackups = backups;
    }

    /** Where 文件 › 连接县级服务器… and 使用本机数据文件夹 open the county's server or this PC's folder. */
    public void setPlaces(Places places) {
        this.places = places;
        title.set(titleFor(places.current()));
    }

    /**
     * 文件 › 连接县级服务器…: the address and login as last used (the password asked every time, never kept); the
     * server opens in the background, and only once it has opened is the folder closed and its drafts listed. A
     * wrong password or an unreachable server is said, and the drafts open now stay open.
     */
    public void connectServer() {
        if (places == null || services == null) {
            dialogs.info("数据还没有打开，请稍候再试。");
            return;
        }
        if (!mayClose()) {
            return;
        }
        dialogs.askServer(settings.serverAddress(), settings.serverLogin()).ifPresent(a -> {
            StoreLocation.Server at;
            try {
                at = a.location();
            } catch (GongkaiException e) {
                dialogs.info(e.getMessage());
                return;
            }
            switchTo(at, () -> settings.rememberServer(a.address(), a.login()));
        });
    }

    /** 文件 › 使用本机数据文件夹: back from the county's server to this PC's data folder. */
    public void useLocalFolder() {
        if (places == null || services == null || places.current().ownBackups() || !mayClose()) {
            return;
        }
        switchTo(places.home(), () -> { });
    }

    private void switchTo(StoreLocation at, Runnable opened) {
        if (editor.get() != null) {
            leaveEditor();
        }
        list.failed("正在打开 " + describe(at) + "…");
        tasks.run(() -> places.switchTo(at), s -> {
            opened.run();
            connect(s, false);
            title.set(titleFor(at));
        }, e -> {
            list.refresh(); // the drafts open before are still open
            dialogs.info("无法打开 " + describe(at) + "：" + e.getMessage());
        });
    }

    private static String describe(StoreLocation at) {
        return at.either(f -> "数据文件夹 " + f.path(), s -> "县级服务器 " + s.address());
    }

    private static String titleFor(StoreLocation at) {
        return at == null ? APP_TITLE : at.either(f -> APP_TITLE, s -> APP_TITLE + " — 县级服务器 " + s.address().login()
                + "@" + s.address().host());
    }

    /**
     * 文件 › 从备份恢复…: the backups with the time each was taken and the drafts it holds; the one chosen replaces
     * the folder's data after a confirmation (the replaced file is kept), and the list shows the restored drafts.
     */
    public void restoreFromBackup() {
        if (folderBackups == null || services == null) {
            dialogs.info("数据文件夹还没有打开，请稍候再试。");
            return;
        }
        if (places != null && !places.current().ownBackups()) {
            dialogs.info("县级服务器上的草稿由服务器备份（县财政局用 pg_dump），编辑器不另做备份。"
                    + "要找回一份草稿以前的内容，请打开草稿后用“版本”。");
            return;
        }
        if (!mayClose()) {
            return;
        }
        tasks.run(folderBackups::list, choices -> {
            if (choices.isEmpty()) {
                dialogs.info("这个数据文件夹还没有备份。程序在打开后约 20 秒、之后每 5 分钟（有修改时）和关闭时自动备份。");
                return;
            }
            dialogs.pickBackup(choices).ifPresent(this::restore);
        }, e -> dialogs.info("无法读取备份：" + e.getMessage()));
    }

    private void restore(FolderBackups.Choice c) {
        if (!dialogs.confirm("用 " + c.backup().name() + " 这份备份替换现在的全部数据吗？\n\n备份中有 " + c.drafts().size()
                + " 份草稿。现在的数据文件会另行保留，不会删除。")) {
            return;
        }
        if (editor.get() != null) {
            leaveEditor();
        }
        services = null;
        tasks.run(() -> folderBackups.restore(c.backup()), r -> {
            connect(r.services(), false);
            dialogs.info(r.message());
        }, e -> {
            connect(folderBackups.services(), false); // the folder reopened as it was
            dialogs.info("恢复失败：" + e.getMessage());
        });
    }

    public DraftListViewModel list() {
        return list;
    }

    /** The draft open in the editor; null while the list is shown. */
    public ReadOnlyObjectProperty<EditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    public EditorViewModel editor() {
        return editor.get();
    }

    /** The draft selected in the list (the view keeps it in step with the table). */
    public ObjectProperty<DraftSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Opens a draft in the editor (in the background; the window stays responsive). */
    public void open(long id) {
        if (services == null) {
            return;
        }
        list.failed("正在打开草稿…");
        tasks.run(() -> services.drafts().open(id), session -> {
            EditorViewModel vm = new EditorViewModel(tasks, services.drafts(), services.exports(), session, dialogs,
                    services.library());
            vm.setOnReopen(() -> {
                leaveEditor();
                open(id);
            });
            editor.set(vm);
            title.set(session.draft().header().unitName() + " " + session.draft().header().budgetYear() + " — "
                    + APP_TITLE);
            if (places == null || places.current().ownBackups()) {
                settings.setLastDraft(id); // reopened at the next start: a number of this PC's folder only
            }
        }, e -> list.failed(e.getMessage()));
    }

    public void openSelected() {
        DraftSummary d = selected.get();
        if (d != null && editor.get() == null) {
            open(d.id());
        }
    }

    /**
     * Whether the window or the open draft may close: when a save failed and has not been retried successfully, only
     * after the officer confirms that the last edits will be lost.
     */
    public boolean mayClose() {
        EditorViewModel e = editor.get();
        return e == null || !e.unsaved() || dialogs.confirm("最近的修改还没有保存成功（磁盘已满、数据文件夹不可写，"
                + "或连不上县级服务器），现在关闭会丢失这些修改。\n\n建议先腾出磁盘空间（或插回U盘、恢复网络），"
                + "等状态栏显示“已保存”后再关闭。仍要关闭吗？");
    }

    /** Back to the draft list. */
    public void closeEditor() {
        if (editor.get() == null || !mayClose()) {
            return;
        }
        leaveEditor();
    }

    private void leaveEditor() {
        editor.set(null);
        lastJumped = null;
        settings.setLastDraft(-1);
        title.set(titleFor(places == null ? null : places.current()));
        list.refresh();
    }

    public void newDraft() {
        dialogs.askNewDraft().ifPresent(a -> list.create(a.unitName(), a.year(), a.level()));
    }

    public void importFile() {
        dialogs.openFile("导入草稿", IMPORTABLE).ifPresent(f -> list.importFile(f, dialogs::showImportReport));
    }

    /**
     * 文件 › 批量检查…: a folder of files checked without touching the data folder; the checker, once a folder is
     * chosen, for the window to show. A file in its list can be taken in as a draft.
     */
    public Optional<AuditViewModel> batchCheck() {
        AuditViewModel a = new AuditViewModel(tasks.separate(), dialogs, audits.get(), f -> {
            if (services == null) {
                dialogs.info("数据文件夹还没有打开，请稍候再试。");
            } else {
                list.importFile(f, dialogs::showImportReport);
            }
        });
        return a.chooseFolder() ? Optional.of(a) : Optional.empty();
    }

    public void importPastedText() {
        dialogs.askPastedText().ifPresent(text -> list.importText(text, dialogs::showImportReport));
    }

    public void exportExchange() {
        withSelected(d -> dialogs.saveFile("导出交换文件", d.unitName() + d.budgetYear() + ".json",
                List.of(new FileType("Gongkai 交换文件", "*.json"))).ifPresent(f -> list.exportExchange(d, f)));
    }

    public void exportPdf() {
        withEditor(vm -> dialogs.saveFile("导出 PDF", vm.draft().header().unitName() + vm.draft().header()
                        .budgetYear() + "年部门预算信息公开.pdf", List.of(new FileType("PDF 文件", "*.pdf")))
                .ifPresent(f -> vm.exportPdf(f, pdf -> dialogs.showPreview(pdf, services.exports()))));
    }

    /** The open draft as a Word file, for the leader's edits or a website that takes .docx. */
    public void exportWord() {
        withEditor(vm -> dialogs.saveFile("导出 Word 文件", vm.draft().header().unitName() + vm.draft().header()
                        .budgetYear() + "年部门预算信息公开.docx", List.of(new FileType("Word 文档", "*.docx")))
                .ifPresent(f -> vm.exportWord(f, docx -> { })));
    }

    /** The import report of the open draft, to reopen and place its lines; empty (and said) when none is open. */
    public Optional<ImportReportViewModel> importReport() {
        Optional<ImportReportViewModel> report = Optional.ofNullable(editor.get()).map(EditorViewModel::importReport);
        if (report.isEmpty()) {
            dialogs.info("请先打开一份草稿（在列表中选中后按回车）。");
        }
        return report;
    }

    /** Imports a budget system's workbook into the open draft (one undo step). */
    public void importTables() {
        withEditor(vm -> vm.tables().importWorkbook());
    }

    public void duplicate() {
        withSelected(list::duplicate);
    }

    /**
     * Rolls the selected draft into a year the officer picks (the next one offered; a draft several years old into
     * this year's), then says what became last year's, what was emptied and what moved.
     */
    public void rollForward() {
        withSelected(d -> dialogs.askYear("生成新年度草稿", "以“" + d.unitName() + " " + d.budgetYear()
                        + "”为基础生成哪一年度的草稿？原草稿不变。", d.budgetYear() + 1, d.budgetYear() + 1)
                .ifPresent(year -> list.rollForward(d, year, r -> dialogs.info("已生成 " + year + " 年度草稿（编号 "
                        + r.id() + "）。\n\n" + String.join("\n", r.notes().stream().map(n -> "• " + n).toList())))));
    }

    public void moveToBin() {
        withSelected(d -> {
            if (dialogs.confirm("把“" + d.unitName() + " " + d.budgetYear() + "”移到回收站？以后可以从回收站恢复。")) {
                list.moveToBin(d);
            }
        });
    }

    public void showBin() {
        list.loadBin(binned -> dialogs.pickFromBin(binned).ifPresent(list::restore));
    }

    public void refresh() {
        list.refresh();
    }

    public void undo() {
        withEditor(EditorViewModel::undo);
    }

    public void redo() {
        withEditor(EditorViewModel::redo);
    }

    /** Marks the open draft 定稿 (read-only) or reopens it. */
    public void setFinal(boolean done) {
        withEditor(vm -> vm.setFinal(done));
    }

    /** 与上次导出比较: the changes since the last export, beside the form. */
    public void compareWithLastExport() {
        withEditor(vm -> vm.review().compareWithLastExport());
    }

    /** 保存版本: the open draft as it now stands, kept as a version. */
    public void saveVersion() {
        withEditor(vm -> vm.review().saveVersion(""));
    }

    /** Jumps to the next problem of the open draft (F8), round and round. */
    public void nextProblem() {
        EditorViewModel vm = editor.get();
        if (vm != null && !vm.problems().isEmpty()) {
            int i = (vm.problems().indexOf(lastJumped) + 1) % vm.problems().size();
            lastJumped = vm.problems().get(i);
            vm.jumpTo(lastJumped.location());
        }
    }

    private void withSelected(Consumer<DraftSummary> action) {
        DraftSummary d = selected.get();
        if (d == null) {
            dialogs.info("请先在草稿列表中选中一份草稿。");
        } else {
            action.accept(d);
        }
    }

    private void withEditor(Consumer<EditorViewModel> action) {
        if (editor.get() == null) {
            dialogs.info("请先打开一份草稿（在列表中选中后按回车）。");
        } else {
            action.accept(editor.get());
        }
    }
}
