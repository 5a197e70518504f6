package cn.gongkai.importer;

import cn.gongkai.DraftDiff;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.service.Services;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Today's template read back: the 2025 sample with its workbook imported, written as a Word file and as that file's
 * text, imports as the same draft, field for field, tables included (compared through the exchange file). Only the
 * provenance of the tables' amounts differs, by nature: read from the Word file, an amount came from its table, not
 * from the workbook's cell.
 */
class ReformRoundTripTest {
    @TempDir
    Path dir;

    /** The sample as the README's first steps make it: draft 2 with the sample workbook imported into it. */
    static Draft sampleWithTables(Path dir) {
        try (Services s = new Composition().inMemory()) {
            Path book = dir.resolve("九州镇2025年预算表格.xlsx");
            Files.copy(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"), book);
            s.drafts().importTablesInto(2, book);
            return s.drafts().load(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> differences(Draft a, Draft b) {
        return DraftDiff.of(a, b).stream().filter(d -> !d.contains("/sources")).toList();
    }

    @Test
    void theSampleWrittenAsWordReadsBackAsTheSameDraft() throws Exception {
        Draft first = sampleWithTables(dir);
        Path docx = dir.resolve("公开.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxDisclosureRenderer().render(first, Validator.standard().validate(first), Map.of(), out);
        }
        String text = DocxText.read(docx, 50L << 20);
        Draft again = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text).draft();
        assertEquals(List.of(), differences(first, again), "read back from the Word file");
        Draft fromText = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(text).draft();
        assertEquals(List.of(), differences(first, fromText), "read back from the Word file's text");
    }
}
