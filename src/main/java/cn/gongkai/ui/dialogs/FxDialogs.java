package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.service.ExportService;
import cn.gongkai.ui.preview.PdfPreview;
import cn.gongkai.ui.tasks.Tasks;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Dialogs} as real JavaFX windows, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Stage owner;
    private final Tasks tasks;
    private final Supplier<String> fontStyle;

    public FxDialogs(Stage owner, Tasks tasks, Supplier<String> fontStyle) {
        this.owner = owner;
        this.tasks = tasks;
        this.fontStyle = fontStyle;
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return fc;
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return Optional.ofNullable(chooser(title, types).showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(dc.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        fc.setInitialFileName(initialName);
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public void info(String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.initOwner(owner);
        a.setHeaderText(null);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(null);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public Optional<NewDraft> askNewDraft() {
        return NewDraftDialog.ask(owner);
    }

    @Override
    public Optional<Integer> askYear(String title, String question, int suggested, int earliest) {
        return NewDraftDialog.askYear(owner, title, question, suggested, earliest);
    }

    @Override
    public Optional<String> askPastedText() {
        return ImportDialogs.askText(owner);
    }

    @Override
    public void showImportReport(ImportResult result) {
        ImportDialogs.report(owner, result);
    }

    @Override
    public void showPreview(Path pdf, ExportService exports) {
        PdfPreview.show(owner, pdf, exports, tasks, fontStyle.get());
    }

    @Override
    public Optional<DraftSummary> pickFromBin(List<DraftSummary> binned) {
        return RecycleBinDialog.pick(owner, binned);
    }

    @Override
    public Optional<cn.gongkai.ui.dialogs.FolderBackups.Choice> pickBackup(
            List<cn.gongkai.ui.dialogs.FolderBackups.Choice> choices) {
        return BackupDialog.pick(owner, choices);
    }
}
