package cn.gongkai.bench;

import cn.gongkai.SyntheticDraft;
import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.ReformRoundTripTestAccess;
import cn.gongkai.importer.pdf.PdfText;
import cn.gongkai.importer.workbook.TableFixtures;
import cn.gongkai.service.AuditService;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading files back (not a test; results in docs/benchmarks.md): a post-reform Word file of the 2025 sample with its
 * tables (49 pages as printed) and of the same draft with a 20×5×5 绩效 tree (its pages counted from the PDF),
 * each imported from the file — the .docx read, its text split, the tables and the 情况说明 read, the draft built —
 * and from its PDF (the pages' glyphs and lines read, tables rebuilt, paragraphs joined); then 批量检查 of 100 files.
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
            Path pdf = dir.resolve(e.getKey().replace(' ', '_') + ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                new PdfDisclosureRenderer().render(e.getValue(), v.validate(e.getValue()), out);
            }
            t0 = System.nanoTime();
            first = new DisclosureTextImporter(TableFixtures.CATALOGUE).read(PdfText.read(pdf, 128L << 20))
                    .draft().performance().indicatorCount();
            System.out.printf("%s: %d KB .pdf; first import in this JVM %d ms (%d indicators)%n",
                    e.getKey(), Files.size(pdf) / 1024, (System.nanoTime() - t0) / 1_000_000, first);
            Benchmarks.report("import " + e.getKey() + " .pdf (warm)", 3, 10, () -> new DisclosureTextImporter(
                    TableFixtures.CATALOGUE).read(PdfText.read(pdf, 128L << 20)).draft().performance().indicatorCount());
        }
        audit(dir, sample);
    }

    /**
     * 批量检查 of a county's 100 files, as a bureau's folder holds them: the 2025 sample as PDF and Word file, the
     * three seeds as PDF, Word file and text, and the budget workbook, over and over, each a file of its own.
     */
    private static void audit(Path dir, Draft sample) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("county"));
        List<Path> kinds = new ArrayList<>();
        Validator v = Validator.standard();
        List<Draft> drafts = new ArrayList<>(List.of(sample));
        for (String seed : List.of("jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
                "xiguan-subdistrict-2019.txt")) {
            String text = Files.readString(TestData.seed(seed));
            kinds.add(Files.writeString(dir.resolve(seed), text));
            drafts.add(new DisclosureTextImporter().read(text).draft());
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Path pdf = dir.resolve("d" + i + ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                new PdfDisclosureRenderer().render(d, v.validate(d), out);
            }
            Path docx = dir.resolve("d" + i + ".docx");
            try (OutputStream out = Files.newOutputStream(docx)) {
                new DocxDisclosureRenderer().render(d, v.validate(d), Map.of(), out);
            }
            kinds.add(pdf);
            kinds.add(docx);
        }
        kinds.add(Path.of("resources/samples/jiuzhou-2025-tables.xlsx"));
        for (int i = 0; i < 100; i++) {
            Path k = kinds.get(i % kinds.size());
            String name = k.getFileName().toString();
            Files.copy(k, folder.resolve(String.format("%03d-%s", i, name)));
        }
        AuditService audit = new Composition().audit();
        long t0 = System.nanoTime();
        List<Path> files = audit.files(List.of(folder));
        List<AuditEntry> entries = audit.check(files, (i, n, f) -> { });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("audit of %d files (%d PDF, %d Word, %d text, %d workbooks) in one fresh checker: %d ms, "
                        + "%d unread, %d with 错误%n", entries.size(), count(files, ".pdf"), count(files, ".docx"),
                count(files, ".txt"), count(files, ".xlsx"), ms, entries.stream().filter(AuditEntry::unread).count(),
                entries.stream().filter(e -> e.errors() > 0).count());
    }

    private static long count(List<Path> files, String ext) {
        return files.stream().filter(f -> f.toString().endsWith(ext)).count();
    }
}
