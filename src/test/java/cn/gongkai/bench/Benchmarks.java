package cn.gongkai.bench;

import cn.gongkai.SyntheticDraft;
import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.persistence.DataFolder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The speed targets of docs/benchmarks.md, measured in-process after warm-up. Run (see docs/benchmarks.md):
 * {@code mvn -q -DskipTests package test-compile && java -Xmx256m -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.Benchmarks}
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Draft sample = TestData.sample();
        Draft big = SyntheticDraft.of(50, 10, 10);
        Validator validator = Validator.standard();
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"));

        report("export sample PDF (warm)", 5, 20, () -> pdf(sample, validator));
        report("export 50x10x10 PDF (warm)", 1, 3, () -> pdf(big, validator));
        report("validate 50x10x10", 20, 100, () -> validator.validate(big).size());
        String seedText = Files.readString(TestData.seed("qinglong-county-office-2018.txt"));
        StringBuilder five = new StringBuilder();
        while (five.length() * 2.4 < 5.0 * 1024 * 1024) { // seed text: about 2.4 UTF-8 bytes per char
            five.append(seedText);
        }
        System.out.printf("5 MB text: %d chars, %d UTF-8 bytes%n", five.length(),
                five.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        cn.gongkai.importer.DisclosureTextImporter importer = new cn.gongkai.importer.DisclosureTextImporter();
        report("import a 5 MB text (cold-ish: 1 warm-up)", 1, 3, () -> importer.read(five.toString())
                .draft().performance().indicatorCount());

        Path dir = Files.createTempDirectory("gongkai-bench");
        try (DataFolder folder = DataFolder.open(dir)) {
            DraftStore store = folder.store();
            long id = store.insert(big);
            report("store: load 50x10x10 draft", 3, 10, () -> store.load(id).orElseThrow().performance()
                    .indicatorCount());
            report("store: replace 50x10x10 draft", 2, 5, () -> {
                store.replace(id, big);
                return 0;
            });
            Draft[] current = {big};
            int[] n = {0};
            report("editor save: one indicator cell of 50x10x10", 20, 200, () -> {
                Draft before = current[0];
                var p = cn.gongkai.domain.performance.PerfPath.indicator(n[0] % 50, 0, 0);
                var ind = cn.gongkai.domain.tree.PerformanceEdits.indicator(before.performance(), p).orElseThrow();
                Draft after = before.withPerformance(cn.gongkai.domain.tree.PerformanceEdits.replace(
                        before.performance(), p, new cn.gongkai.domain.performance.Indicator(ind.name(), "≥" + (n[0]++ % 99) + "%",
                                ind.good(), ind.fair(), ind.poor(), ind.scale())));
                store.update(id, before, after);
                current[0] = after;
                return 0;
            });
            report("editor save: move a duty of 50x10x10 (tree rewritten)", 2, 5, () -> {
                Draft before = current[0];
                Draft after = before.withPerformance(cn.gongkai.domain.tree.PerformanceEdits.move(
                        before.performance(), cn.gongkai.domain.performance.PerfPath.duty(0), 1).orElseThrow().performance());
                store.update(id, before, after);
                current[0] = after;
                return 0;
            });
            report("store: set one figure (acknowledged save)", 20, 200, () -> {
                store.setFigure(id, cn.gongkai.domain.model.FigureKey.INCOME_OTHER, java.math.BigDecimal.ONE);
                return 0;
            });
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap used (sum of pool peaks): %d MB%n", peak / (1024 * 1024));

        Path jar = Path.of("target", "gongkai.jar");
        if (Files.exists(jar)) {
            Path data = Files.createTempDirectory("gongkai-bench-cli");
            run(jar, data, "list"); // first run creates the data folder with the sample
            List<Long> ms = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                run(jar, data, "export", "1", data.resolve("out.pdf").toString());
                ms.add((System.nanoTime() - t) / 1_000_000);
            }
            Collections.sort(ms);
            System.out.printf("%-45s median %6d ms  (min %d, max %d)%n", "process: java -jar … export sample PDF",
                    ms.get(2), ms.get(0), ms.get(4));
        }
    }

    private static int pdf(Draft d, Validator v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfDisclosureRenderer().render(d, v.validate(d), out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.size();
    }

    static void report(String what, int warmup, int runs, Supplier<Integer> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-45s median %8.2f ms  (min %.2f, max %.2f, n=%d)%n", what, ms.get(ms.size() / 2),
                ms.get(0), ms.get(ms.size() - 1), runs);
    }

    private static void run(Path jar, Path data, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--data", data.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("failed: " + cmd);
        }
    }

}
