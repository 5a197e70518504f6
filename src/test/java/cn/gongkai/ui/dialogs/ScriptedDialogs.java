package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.service.ExportService;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@link Dialogs} for unit tests: answers come from what the test queued (an empty queue answers "cancel"), and
 * everything shown is recorded for the test to check.
 */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<Optional<Path>> files = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<Optional<NewDraft>> newDrafts = new ArrayDeque<>();
    public final Deque<Optional<String>> pastedTexts = new ArrayDeque<>();
    public final Deque<Optional<String>> notes = new ArrayDeque<>();
    public final Deque<Integer> binPicks = new ArrayDeque<>();
    public final Deque<Optional<Integer>> years = new ArrayDeque<>();
    public final Deque<Optional<ServerLogin>> servers = new ArrayDeque<>();
    public final List<String> shown = new ArrayList<>();
    public final List<ImportResult> reports = new ArrayList<>();
    public final List<Path> previews = new ArrayList<>();

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        shown.add("打开：" + title);
        return files.isEmpty() ? Optional.empty() : files.pop();
    }

    @Override
    public Optional<Path> openFolder(String title) {
        shown.add("文件夹：" + title);
        return files.isEmpty() ? Optional.empty() : files.pop();
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, List<FileType> types) {
        shown.add("保存：" + title + "：" + initialName);
        return files.isEmpty() ? Optional.empty() : files.pop();
    }

    @Override
    public void info(String message) {
        shown.add("提示：" + message);
    }

    @Override
    public Optional<ServerLogin> askServer(String address, String login) {
        shown.add("服务器：" + login + "@" + address);
        return servers.isEmpty() ? Optional.empty() : servers.pop();
    }

    @Override
    public boolean confirm(String message) {
        shown.add("确认：" + message);
        return !confirmations.isEmpty() && confirmations.pop();
    }

    @Override
    public Optional<NewDraft> askNewDraft() {
        return newDrafts.isEmpty() ? Optional.empty() : newDrafts.pop();
    }

    @Override
    public Optional<Integer> askYear(String title, String question, int suggested, int earliest) {
        shown.add("年度：" + title + "：" + suggested);
        return years.isEmpty() ? Optional.empty() : years.pop();
    }

    @Override
    public Optional<String> askPastedText() {
        return pastedTexts.isEmpty() ? Optional.empty() : pastedTexts.pop();
    }

    @Override
    public Optional<String> askNote(String title, String what) {
        return notes.isEmpty() ? Optional.of("") : notes.pop();
    }

    @Override
    public void showImportReport(ImportResult result) {
        reports.add(result);
    }

    @Override
    public void showPreview(Path pdf, ExportService exports) {
        previews.add(pdf);
    }

    @Override
    public Optional<DraftSummary> pickFromBin(List<DraftSummary> binned) {
        shown.add("回收站：" + binned.size());
        return binPicks.isEmpty() ? Optional.empty() : Optional.of(binned.get(binPicks.pop()));
    }

    /** Which backup to pick (by index in the list shown); none scripted: cancel. */
    public final Deque<Integer> backupPicks = new ArrayDeque<>();
    public final List<List<FolderBackups.Choice>> backupLists = new ArrayList<>();

    @Override
    public Optional<FolderBackups.Choice> pickBackup(List<FolderBackups.Choice> choices) {
        backupLists.add(choices);
        return backupPicks.isEmpty() ? Optional.empty() : Optional.of(choices.get(backupPicks.pop()));
    }
}
