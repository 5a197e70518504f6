package cn.gongkai.app;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.SubjectMemory;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.port.DisclosureRenderer;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.ImportReports;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.domain.targets.IndicatorLibrary;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.export.xlsx.XlsxAuditWorkbook;
import cn.gongkai.export.pdf.PdfGlyphs;
import cn.gongkai.export.pdf.PdfPageImages;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.TextFiles;
import cn.gongkai.importer.pdf.PdfText;
import cn.gongkai.importer.workbook.WorkbookImporter;
import cn.gongkai.domain.port.County;
import cn.gongkai.domain.port.CountyAdministration;
import cn.gongkai.persistence.CountyAdmin;
import cn.gongkai.persistence.CountyServer;
import cn.gongkai.persistence.DataFolder;
import cn.gongkai.persistence.Storage;
import cn.gongkai.service.CountyService;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.service.AuditService;
import cn.gongkai.service.BackupService;
import cn.gongkai.service.Catalogue;
import cn.gongkai.service.DraftService;
import cn.gongkai.service.ExportService;
import cn.gongkai.service.Importers;
import cn.gongkai.service.LibraryService;
import cn.gongkai.service.MemoryStore;
import cn.gongkai.service.ServiceFactory;
import cn.gongkai.service.Services;
import cn.gongkai.service.VersionService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The composition root: wires every part by constructor and opens data folders into services for the command line
 * and the editor. One per process.
 */
public final class Composition implements ServiceFactory {
    static final String SAMPLE = "samples/jiuzhou-2019.json";
    static final String SAMPLE_2025 = "samples/jiuzhou-2025.json";
    static final String SAMPLE_WORKBOOK = "samples/jiuzhou-2025-tables.xlsx";
    /** Where a new data folder gets the sample workbook, for the officer to try 从预算系统导入表格 on. */
    public static final String SAMPLE_WORKBOOK_FILE = "示例/九州镇2025年预算表格（示例）.xlsx";
    private static final String SAMPLE_KEY = "sample.loaded";
    private static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;
    private static final long MAX_DOCX_BYTES = 64L * 1024 * 1024;
    private static final long MAX_PDF_BYTES = 128L * 1024 * 1024;

    private final DisclosureRenderer renderer = new PdfDisclosureRenderer();

    /**
     * Opens the data folder, or the county's server. A new folder gets the samples so a newcomer sees real
     * disclosures at once: 九州镇 2019 in the 2018–2020 template, and 九州镇 2025 in today's without its tables, with
     * the budget system's workbook to import them from in the folder's 示例 subfolder. A server gets no samples.
     */
    @Override
    public Services open(StoreLocation location) {
        return open(location, false);
    }

    /** Opens the folder or server for the editor, with a folder's rolling backups running while it is open. */
    Services openForEditor(StoreLocation location) {
        return open(location, true);
    }

    private Services open(StoreLocation location, boolean rollingBackups) {
        return location.either(f -> openFolder(f.path(), rollingBackups), s -> {
            CountyServer server = CountyServer.open(s.address(), s.password());
            return services(server, Optional.of(server));
        });
    }

    private Services openFolder(Path folder, boolean rollingBackups) {
        DataFolder data = DataFolder.open(folder);
        try {
            if (data.created() && data.meta(SAMPLE_KEY).isEmpty()) {
                insertSamples(data.store());
                sampleWorkbook(folder);
                data.setMeta(SAMPLE_KEY, "true");
            }
            Services services = services(data, Optional.empty());
            if (rollingBackups) {
                data.startBackups();
            }
            return services;
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
    }

    @Override
    public CountyAdministration administer(StoreLocation.Server server) {
        return CountyAdmin.of(server.address(), server.password());
    }

    private Services services(Storage storage, Optional<County> county) {
        try {
            return services(storage.store(), storage.importReports(), storage.subjects(), storage.versions(),
                    storage.ownIndicators(), new BackupService(storage.backups()), county, storage.describe(), storage);
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /**
     * The same services on drafts kept in memory only ({@link MemoryStore}), with the two sample drafts: nothing is
     * written anywhere, and nothing is kept when they are closed.
     */
    public Services inMemory() {
        MemoryStore store = new MemoryStore();
        insertSamples(store);
        return services(store, store, store, store, store, new BackupService(MemoryStore.noBackups()), Optional.empty(),
                "内存", () -> { });
    }

    @Override
    public AuditService audit() {
        return new AuditService(inMemory().drafts(), new XlsxAuditWorkbook());
    }

    private static void insertSamples(DraftStore store) {
        store.insert(new ExchangeReader().read(Resources.bytes(SAMPLE)));
        store.insert(new ExchangeReader().read(Resources.bytes(SAMPLE_2025)));
    }

    private Services services(DraftStore store, ImportReports reports, SubjectMemory subjects,
                              cn.gongkai.domain.port.VersionStore versionStore,
                              cn.gongkai.domain.port.OwnIndicators own, BackupService backups,
                              Optional<County> county, String place, AutoCloseable folder) {
        StandardGlossary glossary = StandardGlossary.parse(Resources.text("standard/glossary.txt"));
        Catalogue catalogue = new Catalogue(SubjectCatalogue.parse(Resources.text("standard/subjects.txt")), subjects);
        Validator validator = Validator.standard(Clock.systemDefaultZone(), catalogue::get, new PdfGlyphs());
        VersionService versions = new VersionService(store, versionStore, d -> new ExchangeWriter().write(d),
                b -> new ExchangeReader().read(b), Clock.systemDefaultZone(), new cn.gongkai.export.pdf.PdfChangeReport());
        LibraryService library = new LibraryService(IndicatorLibrary.parse(Resources.text("standard/indicators.txt")),
                own);
        DraftService drafts = new DraftService(store, reports, validator, glossary, importers(catalogue, library),
                d -> new ExchangeWriter().write(d, library.own()), new WorkbookImporter(), catalogue, versions);
        return new Services(drafts, new ExportService(drafts, renderer, new DocxDisclosureRenderer(),
                new PdfPageImages(), versions), backups, versions, library,
                county.map(c -> new CountyService(c, drafts)), place, folder);
    }

    private static void sampleWorkbook(Path folder) {
        Path file = folder.resolve(SAMPLE_WORKBOOK_FILE);
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, Resources.bytes(SAMPLE_WORKBOOK));
        } catch (java.io.IOException e) {
            throw new cn.gongkai.domain.model.GongkaiException("无法在数据文件夹中写入示例表格 " + file + "：" + e.getMessage(), e);
        }
    }

    @Override
    public BackupService backupsOf(Path folder) {
        return new BackupService(DataFolder.backupsOf(folder));
    }

    @Override
    public void warmUpExport() {
        renderer.warmUp();
    }

    /** The readers by file type; each made when first used (Jackson's 380 classes are not loaded at start). */
    private static Importers importers(Catalogue catalogue, LibraryService library) {
        // the subjects' names as the folder knows them now (the shipped catalogue and those learned since)
        java.util.function.Supplier<DisclosureTextImporter> text = () -> new DisclosureTextImporter(catalogue.get());
        return new Importers(Map.of(
                "json", p -> exchange(p, library),
                "gongkai", p -> exchange(p, library), // the installers' file association
                "txt", p -> text.get().read(TextFiles.read(p, MAX_TEXT_BYTES)),
                "docx", p -> text.get().read(DocxText.read(p, MAX_DOCX_BYTES)),
                "pdf", p -> text.get().read(PdfText.read(p, MAX_PDF_BYTES))), s -> text.get().read(s),
                List.of("xlsx", "xls"));
    }

    /** A draft's exchange file; the officer's own library entries it carries join this folder's library. */
    private static ImportResult exchange(Path file, LibraryService library) {
        ExchangeReader.Contents c = new ExchangeReader().readWithLibrary(file);
        library.addOwn(c.library());
        return ImportResult.of(c.draft());
    }
}
