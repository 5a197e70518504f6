package cn.gongkai.export.docx;

import cn.gongkai.TestData;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
        List<String> differences = differences(first, again);
        assertEquals(List.of(), differences, seed + ": the draft read back from the Word file differs");
    }

    static List<String> differences(Draft a, Draft b) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode x = json.readTree(new ExchangeWriter().write(a));
        JsonNode y = json.readTree(new ExchangeWriter().write(b));
        List<String> out = new ArrayList<>();
        diff("", x, y, out);
        return out;
    }

    private static void diff(String path, JsonNode x, JsonNode y, List<String> out) {
        if (path.endsWith("/exportedAt") || path.endsWith("/createdAt") || path.endsWith("/updatedAt")) {
            return;
        }
        if (x.isObject() && y.isObject()) {
            for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                diff(path + "/" + f, x.get(f), y.has(f) ? y.get(f) : json(null), out);
            }
            for (Iterator<String> it = y.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!x.has(f)) {
                    out.add(path + "/" + f + ": (none) ≠ " + y.get(f));
                }
            }
        } else if (x.isArray() && y.isArray()) {
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                diff(path + "[" + i + "]", i < x.size() ? x.get(i) : json(null), i < y.size() ? y.get(i) : json(null),
                        out);
            }
        } else if (!x.equals(y)) {
            out.add(path + ": " + abbreviate(x) + " ≠ " + abbreviate(y));
        }
    }

    private static JsonNode json(Object o) {
        return com.fasterxml.jackson.databind.node.NullNode.getInstance();
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
