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
    private final FolderMemory folders;
    private final Supplier<Path> firstFolder;

    /**
     * {@code folders}: where each chooser (by its title: one purpose each) was last answered; {@code firstFolder}:
     * where a chooser opens the first time (the data folder's 示例, where the sample workbook is).
     */
    public FxDialogs(Stage owner, Tasks tasks, Supplier<String> fontStyle, FolderMemory folders,
                     Supplier<Path> firstFolder) {
        this.owner = owner;
        this.tasks = tasks;
        this.fontStyle = fontStyle;
        this.folders = folders;
        this.firstFolder = firstFolder;
    }

    private File start(String purpose, boolean save) {
        return startFolder(folders.folder(purpose), save, firstFolder.get(), Path.of(System.getProperty("user.home")))
                .map(Path::toFile).orElse(null);
    }

    /**
     * The folder a chooser opens in: the last one chosen for its purpose while it exists; the first time, the
     * samples' folder to open a file, the user's documents to save one; else the chooser's own choice.
     */
    static Optional<Path> startFolder(Optional<Path> remembered, boolean save, Path samples, Path home) {
        Optional<Path> first = save ? java.util.stream.Stream.of(home.resolve("Documents"), home.resolve("文档"))
                .filter(java.nio.file.Files::isDirectory).findFirst() : Optional.ofNullable(samples);
        return remembered.filter(java.nio.file.Files::isDirectory).or(() -> first)
                .filter(java.nio.file.Files::isDirectory);
    }

    private Optional<Path> chosen(String purpose, File f, boolean folder) {
        Optional<Path> p = Optional.ofNullable(f).map(File::toPath);
        p.map(x -> folder ? x : x.getParent()).ifPresent(dir -> folders.remember(purpose, dir));
        return p;
    }

    private FileChooser chooser(String title, List<FileType> types, boolean save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialDirectory(start(title, save));
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        return fc;
    }

    @Override
    public Optional<Path> openFile(String title, List<FileType> types) {
        return chosen(title, chooser(title, types, false).showOpenDialog(owner), false);
    }

    @Override
    public Optional<Path> openFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        dc.setInitialDirectory(start(title, false));
        return chosen(title, dc.showDialog(owner), true);
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, List<FileType> types) {
        FileChooser fc = chooser(title, types, true);
        fc.setInitialFileName(initialName);
        return chosen(title, fc.showSaveDialog(owner), false);
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
    public Optional<ServerLogin> askServer(String address, String login) {
        return ServerDialog.ask(owner, address, login);
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
    public Optional<String> askNote(String title, String what) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(what);
        d.setContentText("备注（可不填）：");
        d.getDialogPane().setStyle(fontStyle.get());
        d.getDialogPane().setPrefWidth(560);
        return d.showAndWait();
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
