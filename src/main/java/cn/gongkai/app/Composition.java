package cn.gongkai.app;

import cn.gongkai.domain.DisclosureRenderer;
import cn.gongkai.domain.ImportResult;
import cn.gongkai.domain.StandardGlossary;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.export.PdfDisclosureRenderer;
import cn.gongkai.export.PdfPageImages;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.TextFiles;
import cn.gongkai.importer.workbook.WorkbookImporter;
import cn.gongkai.persistence.DataFolder;
import cn.gongkai.service.BackupService;
import cn.gongkai.service.Catalogue;
import cn.gongkai.service.DraftService;
import cn.gongkai.service.ExportService;
import cn.gongkai.service.Importers;
import cn.gongkai.service.ServiceFactory;
import cn.gongkai.service.Services;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The composition root: wires every part by constructor and opens data folders into services for the command line
 * and the editor. One per process.
 */
public final class Composition implements ServiceFactory {
    static final String SAMPLE = "samples/jiuzhou-2019.json";
    private static final String SAMPLE_KEY = "sample.loaded";
    private static final long MAX_TEXT_BYTES = 16L * 1024 * 1024;
    private static final long MAX_DOCX_BYTES = 64L * 1024 * 1024;

    private final DisclosureRenderer renderer = new PdfDisclosureRenderer();

    /** Opens the data folder; a new folder gets the sample draft so a newcomer sees a real disclosure at once. */
    @Override
    public Services open(Path folder) {
        return open(folder, false);
    }

    /** Opens the folder for the editor, with the rolling backups running while it is open. */
    Services openForEditor(Path folder) {
        return open(folder, true);
    }

    private Services open(Path folder, boolean rollingBackups) {
        DataFolder data = DataFolder.open(folder);
        try {
            if (data.created() && data.meta(SAMPLE_KEY).isEmpty()) {
                data.store().insert(new ExchangeReader().read(Resources.bytes(SAMPLE)));
                data.setMeta(SAMPLE_KEY, "true");
            }
            StandardGlossary glossary = StandardGlossary.parse(Resources.text("standard/glossary.txt"));
            Catalogue catalogue = new Catalogue(SubjectCatalogue.parse(Resources.text("standard/subjects.txt")),
                    data.subjects());
            DraftService drafts = new DraftService(data.store(), Validator.standard(Clock.systemDefaultZone(),
                    catalogue::get), glossary, importers(), new ExchangeWriter()::write, new WorkbookImporter(),
                    catalogue);
            Services services = new Services(drafts, new ExportService(drafts, renderer, new PdfPageImages()),
                    new BackupService(data.backups()), data);
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
    public BackupService backupsOf(Path folder) {
        return new BackupService(DataFolder.backupsOf(folder));
    }

    @Override
    public void warmUpExport() {
        renderer.warmUp();
    }

    private static Importers importers() {
        ExchangeReader exchange = new ExchangeReader();
        DisclosureTextImporter text = new DisclosureTextImporter();
        return new Importers(Map.of(
                "json", p -> ImportResult.of(exchange.read(p)),
                "gongkai", p -> ImportResult.of(exchange.read(p)), // the installers' file association
                "txt", p -> text.read(TextFiles.read(p, MAX_TEXT_BYTES)),
                "docx", p -> text.read(DocxText.read(p, MAX_DOCX_BYTES))), text::read, List.of("xlsx", "xls"));
    }
}
