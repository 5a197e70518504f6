package cn.gongkai.bench;

import cn.gongkai.HostileFiles;
import cn.gongkai.HostilePdfs;
import cn.gongkai.TestData;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.export.docx.DocxDisclosureRenderer;
import cn.gongkai.export.pdf.PdfDisclosureRenderer;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.importer.DocxText;
import cn.gongkai.importer.FuzzTexts;
import cn.gongkai.importer.pdf.PdfText;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import cn.gongkai.importer.workbook.WorkbookImporter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The long fuzz run (issue 17; not in the suite, see docs/benchmarks.md): N cases (default 1,000,000) over every
 * reader a user can feed — published text, .docx, .pdf, the exchange file, the budget workbook (.xlsx, .xls) —
 * random bytes, mutated real files (bytes flipped, truncated, lines dropped, repeated and swapped), zip and entity
 * bombs, deeply nested JSON and PDF objects, PDF page trees of 100,000 pages, content that inflates to a gigabyte,
 * 100 MB inputs. Every case must give a result or a refusal whose message is Chinese; any other
 * exception, an out-of-memory or a case over its bound is a failure; a failing case's input is kept in the temp
 * folder the run prints.
 * <pre>java -Xmx1g -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.FuzzAll [cases]</pre>
 */
public final class FuzzAll {
    private static final long BOUND_MS = 30_000;
    private static final long MAX_DOCX = 64L << 20;

    enum Reader { TEXT, EXCHANGE, DOCX, PDF, WORKBOOK }

    private final Random r;
    private final Path dir;
    private final List<String> seeds = new ArrayList<>();
    private final byte[] json = TestData.sampleBytes();
    private final byte[] docx;
    private final byte[] pdf;
    private final byte[] xlsx;
    private final byte[] xls;
    private final SubjectCatalogue catalogue;
    private final Map<Reader, long[]> counts = new EnumMap<>(Reader.class); // cases, accepted, refused, slowest ms
    private final List<String> failures = new ArrayList<>();
    private String slowest = "";
    private volatile Path lastFile; // the file the current case wrote, kept when the case fails

    private FuzzAll(long seed) throws Exception {
        r = new Random(seed);
        dir = Files.createTempDirectory("gongkai-fuzz");
        for (String s : List.of("jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
                "xiguan-subdistrict-2019.txt")) {
            seeds.add(Files.readString(TestData.seed(s)));
        }
        Draft sample = TestData.sample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxDisclosureRenderer().render(sample, List.of(), Map.of(), out);
        docx = out.toByteArray();
        Draft xiguan = new DisclosureTextImporter().read(seeds.get(2)).draft();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new PdfDisclosureRenderer().render(xiguan, Validator.standard().validate(xiguan), printed);
        pdf = printed.toByteArray();
        xlsx = Files.readAllBytes(TownshipWorkbook.write(dir.resolve("real.xlsx"), TownshipWorkbook.Shape.standard()));
        xls = Files.readAllBytes(TownshipWorkbook.write(dir.resolve("real.xls"),
                TownshipWorkbook.Shape.standard().xls(true)));
        catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        for (Reader k : Reader.values()) {
            counts.put(k, new long[4]);
        }
    }

    public static void main(String[] args) throws Exception {
        long cases = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        FuzzAll f = new FuzzAll(Long.getLong("gongkai.fuzzSeed", 20261123L));
        long began = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(t -> {
            Thread th = new Thread(t, "fuzz-case");
            th.setDaemon(true);
            return th;
        });
        f.specials(worker);
        for (long c = 0; c < cases && f.failures.size() < 20; c++) {
            f.one(worker, c);
            if ((c + 1) % 100_000 == 0) {
                System.out.printf("%,d cases, %d failures, %.1f min%n", c + 1, f.failures.size(),
                        (System.nanoTime() - began) / 60e9);
            }
        }
        System.out.println("| reader | cases | read | refused with a Chinese message | slowest |");
        System.out.println("|---|---|---|---|---|");
        f.counts.forEach((k, v) -> System.out.printf("| %s | %,d | %,d | %,d | %d ms |%n", k, v[0], v[1], v[2], v[3]));
        System.out.printf("fuzz: %,d cases in %.1f min, %d failures; slowest case: %s%n",
                f.counts.values().stream().mapToLong(v -> v[0]).sum(), (System.nanoTime() - began) / 60e9,
                f.failures.size(), f.slowest);
        f.failures.forEach(System.out::println);
        System.exit(f.failures.isEmpty() ? 0 : 1);
    }

    /** The cases that are too big to repeat: bombs and 100 MB inputs, once each. */
    private void specials(ExecutorService worker) throws Exception {
        run(worker, Reader.DOCX, "docx zip bomb", () -> docx(HostileFiles.zipBomb(docx, "word/document.xml")));
        run(worker, Reader.DOCX, "docx entity bomb", () -> docx(HostileFiles.entities(docx, "word/document.xml")));
        run(worker, Reader.WORKBOOK, "xlsx zip bomb", () -> workbook(HostileFiles.zipBomb(xlsx, "xl/worksheets/sheet2.xml"), ".xlsx"));
        run(worker, Reader.WORKBOOK, "xlsx entity bomb", () -> workbook(HostileFiles.entities(xlsx, "xl/sharedStrings.xml"), ".xlsx"));
        byte[] big = new byte[100 << 20];
        Arrays.fill(big, (byte) 'a');
        run(worker, Reader.PDF, "PDF nested 100,000 deep", () -> pdf(HostilePdfs.deepNesting(100_000)));
        run(worker, Reader.PDF, "PDF of 100,000 pages", () -> pdf(HostilePdfs.manyPages(100_000)));
        run(worker, Reader.PDF, "PDF page tree containing itself", () -> pdf(HostilePdfs.cyclicPages()));
        byte[] inflating = HostilePdfs.inflatingContent(4096); // made before the clock starts: it takes seconds
        run(worker, Reader.PDF, "PDF content inflating to 4 GB", () -> pdf(inflating));
        run(worker, Reader.PDF, "PDF form drawing itself", () -> pdf(HostilePdfs.selfDrawingForm()));
        run(worker, Reader.PDF, "PDF font mapping 268 million codes", () -> pdf(HostilePdfs.hugeCharacterMap()));
        run(worker, Reader.PDF, "PDF broken xref", () -> pdf(HostilePdfs.brokenXref()));
        run(worker, Reader.PDF, "PDF without its xref", () -> pdf(HostilePdfs.withoutTail(pdf, 2000)));
        run(worker, Reader.DOCX, "100 MB .docx", () -> docx(big));
        run(worker, Reader.PDF, "100 MB .pdf", () -> pdf(big));
        run(worker, Reader.WORKBOOK, "100 MB .xlsx", () -> workbook(big, ".xlsx"));
        run(worker, Reader.EXCHANGE, "100 MB exchange file", () -> new ExchangeReader().read(big));
        run(worker, Reader.TEXT, "100 MB text", () -> new DisclosureTextImporter().read("一、部门职责\n".repeat(10 << 20)));
        run(worker, Reader.EXCHANGE, "JSON nested 100,000 deep", () -> new ExchangeReader().read(
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8)));
        run(worker, Reader.EXCHANGE, "JSON with a 50 MB string", () -> new ExchangeReader().read(
                ("{\"format\":\"" + "字".repeat(25 << 20) + "\"}").getBytes(StandardCharsets.UTF_8)));
    }

    private void one(ExecutorService worker, long c) throws Exception {
        int kind = (int) (c % 20);
        if (kind < 14) {
            String input = FuzzTexts.input(r, seeds, (int) (c % 6));
            run(worker, Reader.TEXT, "text case " + c, () -> new DisclosureTextImporter().read(input));
        } else if (kind < 18) {
            byte[] input = mutate(json, c);
            run(worker, Reader.EXCHANGE, "exchange case " + c, () -> new ExchangeReader().read(input));
        } else if (kind == 18 && (c / 20) % 2 == 0) {
            byte[] input = mutate(docx, c / 2);
            run(worker, Reader.DOCX, "docx case " + c, () -> docx(input));
        } else if (kind == 18) {
            byte[] input = mutate(pdf, c / 2);
            run(worker, Reader.PDF, "pdf case " + c, () -> pdf(input));
        } else {
            boolean old = (c / 20) % 2 == 0;
            byte[] input = mutate(old ? xls : xlsx, c);
            run(worker, Reader.WORKBOOK, "workbook case " + c, () -> workbook(input, old ? ".xls" : ".xlsx"));
        }
    }

    /** Random bytes, the file cut short, or bytes of it flipped. */
    private byte[] mutate(byte[] real, long c) {
        switch ((int) ((c / 20) % 4)) {
            case 0 -> {
                byte[] b = new byte[r.nextInt(4096)];
                r.nextBytes(b);
                return b;
            }
            case 1 -> {
                return Arrays.copyOf(real, r.nextInt(real.length));
            }
            default -> {
                byte[] b = real.clone();
                for (int k = 0; k < 1 + r.nextInt(16); k++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 + r.nextInt(255));
                }
                return b;
            }
        }
    }

    private Object docx(byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve("case.docx"), bytes);
        lastFile = f;
        return new DisclosureTextImporter().read(DocxText.read(f, MAX_DOCX));
    }

    private Object pdf(byte[] bytes) throws Exception {
        Path f = Files.write(dir.resolve("case.pdf"), bytes);
        lastFile = f;
        return new DisclosureTextImporter().read(PdfText.read(f, 128L << 20));
    }

    private Object workbook(byte[] bytes, String ext) throws Exception {
        Path f = Files.write(dir.resolve("case" + ext), bytes);
        lastFile = f;
        return new WorkbookImporter().read(f, catalogue, 2025);
    }

    /** The failing case's file copied aside, named in the failure's line. */
    private String kept() {
        Path f = lastFile;
        if (f == null) {
            return "";
        }
        try {
            Path copy = Files.copy(f, dir.resolve("failed-" + failures.size() + "-" + f.getFileName()));
            return " (input kept: " + copy + ")";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private interface Case {
        Object run() throws Exception;
    }

    private void run(ExecutorService worker, Reader reader, String what, Case work) throws Exception {
        long[] n = counts.get(reader);
        n[0]++;
        long t = System.nanoTime();
        lastFile = null;
        Future<Object> f = worker.submit(work::run);
        try {
            Object result = f.get(BOUND_MS, TimeUnit.MILLISECONDS);
            if (result instanceof cn.gongkai.domain.imports.ImportResult i) {
                Validator.standard().validate(i.draft()); // the checks take whatever the importer makes
            }
            n[1]++;
        } catch (TimeoutException e) {
            failures.add(what + ": no answer within " + BOUND_MS + " ms (a hang)" + kept());
            System.out.println(failures.get(failures.size() - 1));
            System.exit(2); // the hung thread cannot be stopped
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BadInputException b && b.getMessage() != null
                    && b.getMessage().codePoints().anyMatch(ch -> ch >= 0x4e00 && ch <= 0x9fff)) {
                n[2]++;
            } else {
                failures.add(what + ": " + cause + kept());
                System.out.println(failures.get(failures.size() - 1));
            }
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (ms > n[3]) {
            n[3] = ms;
        }
        if (slowest.isEmpty() || ms > Long.parseLong(slowest.substring(0, slowest.indexOf(' ')))) {
            slowest = ms + " ms (" + what + ")";
        }
    }
}
