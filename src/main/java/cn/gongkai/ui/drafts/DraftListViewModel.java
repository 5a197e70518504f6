package cn.gongkai.ui.drafts;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.service.DraftService;
import cn.gongkai.service.RolledDraft;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** State of the start view: the drafts, the search text, and the actions on a draft. No controls here. */
public final class DraftListViewModel {
    private final Tasks tasks;
    private DraftService drafts;
    private final ObservableList<DraftSummary> all = FXCollections.observableArrayList();
    private final FilteredList<DraftSummary> shown = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("正在打开数据…");
    private Runnable onLoaded = () -> { };
    /** Said after the count when the drafts are not this PC's: "　（县级服务器 u912@…）". */
    private String where = "";

    public DraftListViewModel(Tasks tasks) {
        this.tasks = tasks;
        search.addListener((o, a, text) -> {
            String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(q.isEmpty() ? null : d -> (d.unitName() + " " + d.budgetYear() + " "
                    + d.status().label()).toLowerCase(Locale.ROOT).contains(q));
        });
    }

    /** Connects the services once the data folder is open (it opens in the background). */
    public void connect(DraftService service) {
        connect(service, "");
    }

    /** As {@link #connect(DraftService)}, saying where the drafts are when that is not this PC (the status line). */
    public void connect(DraftService service, String where) {
        this.drafts = service;
        this.where = where.isEmpty() ? "" : "　（" + where + "）";
        refresh();
    }

    public void setOnLoaded(Runnable r) {
        this.onLoaded = r;
    }

    public ObservableList<DraftSummary> drafts() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void failed(String message) {
        status.set(message);
    }

    public void refresh() {
        tasks.run(() -> drafts.list(), this::show, e -> status.set(e.getMessage()));
    }

    private void show(List<DraftSummary> list) {
        all.setAll(DraftSummary.byDeadline(list, java.time.LocalDate.now())); // the nearest 20-day deadline first
        status.set("共 " + list.size() + " 份草稿" + where);
        onLoaded.run();
    }

    public void create(String unitName, int year, FinanceLevel level) {
        act(() -> drafts.create(unitName, year, level), "已新建草稿");
    }

    public void duplicate(DraftSummary d) {
        act(() -> drafts.duplicate(d.id()), "已复制“" + d.unitName() + "”");
    }

    /** Rolls a draft into the next year; {@code done} gets the new draft and what moved. */
    public void rollForward(DraftSummary d, java.util.function.Consumer<RolledDraft> done) {
        rollForward(d, d.budgetYear() + 1, done);
    }

    /** Rolls a draft into a later year (a 2019 draft into 2026, say); {@code done} gets the new draft and what moved. */
    public void rollForward(DraftSummary d, int year, java.util.function.Consumer<RolledDraft> done) {
        status.set("正在处理…");
        tasks.run(() -> drafts.rollForward(d.id(), year), r -> {
            refresh();
            status.set("已生成 " + year + " 年度草稿");
            done.accept(r);
        }, e -> status.set(e.getMessage()));
    }

    public void moveToBin(DraftSummary d) {
        act(() -> {
            drafts.moveToBin(d.id());
            return d.id();
        }, "已移到回收站：" + d.unitName() + " " + d.budgetYear());
    }

    /** The drafts in the 回收站, fetched in the background. */
    public void loadBin(java.util.function.Consumer<List<DraftSummary>> show) {
        tasks.run(() -> drafts.listDeleted(), show, e -> status.set(e.getMessage()));
    }

    public void restore(DraftSummary d) {
        act(() -> {
            drafts.restoreFromBin(d.id());
            return d.id();
        }, "已从回收站恢复：" + d.unitName() + " " + d.budgetYear());
    }

    /** Imports a file; {@code report} gets what was recognised and every line not placed. */
    public void importFile(Path file, java.util.function.Consumer<ImportResult> report) {
        imported(() -> drafts.importFile(file), "已导入 " + file.getFileName(), report);
    }

    public void importText(String text, java.util.function.Consumer<ImportResult> report) {
        imported(() -> drafts.importText(text), "已导入粘贴的文字", report);
    }

    private void imported(Supplier<ImportResult> work, String done, java.util.function.Consumer<ImportResult> report) {
        status.set("正在导入…");
        tasks.run(work, r -> {
            refresh();
            status.set(done + "：" + r.draft().header().unitName() + " " + r.draft().header().budgetYear());
            report.accept(r);
        }, e -> status.set("导入失败：" + e.getMessage()));
    }

    public void exportExchange(DraftSummary d, Path file) {
        act(() -> {
            drafts.exportExchange(d.id(), file);
            return d.id();
        }, "已导出到 " + file);
    }

    private void act(Supplier<Long> work, String done) {
        status.set("正在处理…");
        tasks.run(work, id -> {
            refresh();
            status.set(done);
        }, e -> status.set(e.getMessage()));
    }
}
