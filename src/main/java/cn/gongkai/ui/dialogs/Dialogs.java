package cn.gongkai.ui.dialogs;

import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.service.ExportService;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every window a view model asks the officer something through: file choosers, messages, confirmations and the
 * program's own dialogs. The editor shows real windows; unit tests answer from a script.
 */
public interface Dialogs {
    /** A kind of file offered in a chooser: "PDF 文件", *.pdf. */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String... patterns) {
            this(description, List.of(patterns));
        }
    }

    /** The answers of the new-draft dialog. */
    record NewDraft(String unitName, int year, FinanceLevel level) {
    }

    /**
     * The answers of 连接县级服务器…: the server as {@code 主机:端口/数据库} (or a whole postgresql:// address), the
     * login and the password (never remembered).
     */
    record ServerLogin(String address, String login, String password) {
        /** The server to open; a Chinese message when the address cannot be read. */
        public cn.gongkai.service.StoreLocation.Server location() {
            String a = address.strip();
            String url = a.regionMatches(true, 0, "postgres", 0, 8) ? a : "postgresql://" + login.strip() + "@" + a;
            cn.gongkai.domain.port.ServerAddress.Parsed p = cn.gongkai.domain.port.ServerAddress.parse(url);
            cn.gongkai.domain.port.ServerAddress at = login.isBlank() ? p.address() : p.address().as(login.strip());
            return new cn.gongkai.service.StoreLocation.Server(at, password.isEmpty() ? p.password().orElse("")
                    : password);
        }

        @Override
        public String toString() {
            return login + "@" + address;
        }
    }

    Optional<Path> openFile(String title, List<FileType> types);

    /** A folder, e.g. of the files to check in one run. */
    Optional<Path> openFolder(String title);

    Optional<Path> saveFile(String title, String initialName, List<FileType> types);

    void info(String message);

    boolean confirm(String message);

    Optional<NewDraft> askNewDraft();

    /** The budget year to roll a draft forward into, starting from {@code suggested}; empty when cancelled. */
    Optional<Integer> askYear(String title, String question, int suggested, int earliest);

    /** The text of a published disclosure, pasted from Word, WPS or a web page. */
    Optional<String> askPastedText();

    /** A short note (已核对 with a note on what was checked); empty when cancelled. */
    Optional<String> askNote(String title, String what);

    /** What an import recognised and every line it could not place. */
    void showImportReport(ImportResult result);

    /** The exported PDF's pages, with printing. */
    void showPreview(Path pdf, ExportService exports);

    /** The drafts in the 回收站; the one picked to take back, if any. */
    Optional<DraftSummary> pickFromBin(List<DraftSummary> binned);

    /** 连接县级服务器…: the address and login shown as last used; empty when cancelled. */
    Optional<ServerLogin> askServer(String address, String login);

    /** The folder's backups, each with its time and drafts; returns the one picked to restore. */
    Optional<FolderBackups.Choice> pickBackup(List<FolderBackups.Choice> choices);
}
