package cn.gongkai.export.docx;

import cn.gongkai.DraftDiff;
import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Word file read back by Gongkai's own importer gives the draft it was written from: each seed imported,
 * exported as .docx, imported again, and the two drafts compared field for field (through their exchange form,
 * so every field the exchange file holds is compared, with the path of each difference).
 */
class DocxRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt", "xiguan-subdistrict-2019.txt"})
    void theImporterReadsTheWordFileBackToTheSameDraft(String seed) throws Exception {
        Draft first = new DisclosureTextImporter().read(Files.readString(TestData.seed(seed))).draft();
        Path docx = dir.resolve("out.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxDisclosureRenderer().render(first, Validator.standard().validate(first), Map.of(), out);
        }
        Draft again = new DisclosureTextImporter().read(DocxText.read(docx, 50L << 20)).draft();
        List<String> differences = DraftDiff.of(first, again);
        assertEquals(List.of(), differences, seed + ": the draft read back from the Word file differs");
    }
}
