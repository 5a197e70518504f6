package cn.gongkai.app;

import cn.gongkai.domain.StandardGlossary;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.domain.ImportResult;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.TextFiles;
import cn.gongkai.export.PdfDisclosureRenderer;
import cn.gongkai.export.PdfPageImages;
import cn.gongkai.persistence.Database;
import cn.gongkai.persistence.JooqDraftStore;
import cn.gongkai.service.DraftService;
import cn.gongkai.service.ExportService;
import cn.gongkai.service.Importers;

import java.nio.file.Path;
import java.util.Map;

/**
 * The composition root: opens the data folder and wires every part by constructor. One per process.
 */
public final class AppContext implements AutoCloseable {
    static final String SAMPLE = "samples/jiuzhou-2019.json";
    private static final String SAMPLE_KEY = "sample.loaded";
    private static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;
    private static final long MAX_DOCX_BYTES = 64L * 1024 * 1024;

    private final Database database;
    private final JooqDraftStore store;
    private final DraftService drafts;
    private final ExportService exports;
    private final BackupScheduler backups;

    private AppContext(Database database) {
        this.database = database;
        this.store = new JooqDraftStore(database);
        StandardGlossary glossary = StandardGlossary.parse(Resources.text("standard/glossary.txt"));
        this.drafts = new DraftService(store, Validator.standard(), glossary, importers(),
                new ExchangeWriter()::write);
        this.exports = new ExportService(drafts, new PdfDisclosureRenderer(), new PdfPageImages());
        this.backups = new BackupScheduler(store);
    }

    private static Importers importers() {
        ExchangeReader exchange = new ExchangeReader();
        DisclosureTextImporter text = new DisclosureTextImporter();
        return new Importers(Map.of(
                "json", p -> ImportResult.of(exchange.read(p)),
                "gongkai", p -> ImportResult.of(exchange.read(p)), // the installers' file association
                "txt", p -> text.read(TextFiles.read(p, MAX_TEXT_BYTES)),
                "docx", p -> text.read(DocxText.read(p, MAX_DOCX_BYTES))), text::read);
    }

    /** Opens the data folder; a new folder gets the sample draft so a newcomer sees a real disclosure at once. */
    public static AppContext open(Path folder) {
        Database db = Database.open(folder);
        try {
            AppContext ctx = new AppContext(db);
            if (db.created() && ctx.store.meta(SAMPLE_KEY).isEmpty()) {
                ctx.store.insert(new ExchangeReader().read(Resources.bytes(SAMPLE)));
                ctx.store.setMeta(SAMPLE_KEY, "true");
            }
            return ctx;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Starts the rolling backups (20 s after start, then every few minutes while something changed). */
    public void startBackups() {
        backups.start();
    }

    public DraftService drafts() {
        return drafts;
    }

    public ExportService exports() {
        return exports;
    }

    public JooqDraftStore store() {
        return store;
    }

    public Path folder() {
        return database.folder();
    }

    @Override
    public void close() {
        backups.close();
        database.close();
    }
}
