package cn.gongkai.bench;

import cn.gongkai.SyntheticDraft;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.ReformRoundTripTestAccess;
import cn.gongkai.importer.workbook.TableFixtures;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reading files back (not a test; results in docs/benchmarks.md): a post-reform Word file of the 2025 sample with its
 * tables (49 pages as printed) and of the same draft with a 20×5×5 绩效 tree (its pages counted from the PDF),
 * each imported from the file — the .docx read, its text split, the tables and the 情况说明 read, the draft built.
 * Run: {@code mvn -q -DskipTests package test-compile && java -cp target/gongkai.jar:target/test-classes
 * cn.gongkai.bench.ImportBenchmarks}
 */
public final class ImportBenchmarks {
    private ImportBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("gongkai-import-bench");
        Draft sample = ReformRoundTripTestAccess.sampleWithTables(dir);
        Draft bigger = sample.withPerformance(SyntheticDraft.of(20, 5, 5).performance());
        for (Map.Entry<String, Draft> e : Map.of("2025 sample", sample, "sample, 20x5x5 tree", bigger).entrySet()) {
            Path docx = dir.resolve(e.getKey().replace(' ', '_') + ".docx");
            Validator v = Validator.standard();
            try (OutputStream out = Files.newOutputStream(docx)) {
                new DocxDisclosureRenderer().render(e.getValue(), v.validate(e.getValue()), Map.of(), out);
            }
            int pages;
            try (var pdf = new java.io.ByteArrayOutputStream()) {
                new PdfDisclosureRenderer().render(e.getValue(), v.validate(e.getValue()), pdf);
                try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
                    pages = doc.getNumberOfPages();
                }
            }
            long t0 = System.nanoTime();
            int first = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(DocxText.read(docx, 64L << 20))
                    .draft().performance().indicatorCount();
            System.out.printf("%s: %d pages, %d KB .docx; first import in this JVM %d ms (%d indicators)%n",
                    e.getKey(), pages, Files.size(docx) / 1024, (System.nanoTime() - t0) / 1_000_000, first);
            Benchmarks.report("import " + e.getKey() + " .docx (warm)", 5, 15, () -> new DisclosureTextImporter(
                    TableFixtures.CATALOGUE).read(DocxText.read(docx, 64L << 20)).draft().performance().indicatorCount());
        }
    }
}
