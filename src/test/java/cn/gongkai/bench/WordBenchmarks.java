package cn.gongkai.bench;

import cn.gongkai.TestData;
import cn.gongkai.app.Jiuzhou2025;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.workbook.WorkbookImporter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Warm export of the two sample drafts as PDF and as Word file in one JVM (the Word file includes finding the PDF's
 * page numbers for its 目录), for bench/word-vs-libreoffice.sh.
 */
public final class WordBenchmarks {
    private WordBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        Path dir = Files.createTempDirectory("gongkai-word-bench");
        Draft reform = WorkbookDrafts.into(Jiuzhou2025.draft(glossary), new WorkbookImporter().read(
                Jiuzhou2025.workbook(dir.resolve("jiuzhou.xlsx")), catalogue, 2025));
        Validator validator = Validator.standard();
        PdfDisclosureRenderer pdf = new PdfDisclosureRenderer();
        DocxDisclosureRenderer word = new DocxDisclosureRenderer();
        for (Draft d : List.of(TestData.sample(), reform)) {
            String name = d.header().budgetYear() + " " + d.header().unitName();
            Benchmarks.report("warm PDF  " + name, 20, 20, () -> bytes(out -> pdf.render(d, validator.validate(d), out)));
            Benchmarks.report("warm docx " + name, 20, 20, () -> bytes(out -> {
                List<Problem> problems = validator.validate(d);
                word.render(d, problems, pdf.contentsPages(d, problems), out);
            }));
        }
    }

    private interface Write {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    private static int bytes(Write w) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            w.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
