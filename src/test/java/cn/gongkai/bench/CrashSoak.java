package cn.gongkai.bench;

import cn.gongkai.DraftDiff;
import cn.gongkai.app.Jiuzhou2025;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.exchange.ExchangeReader;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.importer.workbook.WorkbookImporter;
import cn.gongkai.persistence.DataFolder;
import cn.gongkai.service.EditSession;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Crash soak (issue 17; not in the suite, see docs/benchmarks.md): N rounds (default 1,000) of a child process that
 * opens the data folder and edits 九州镇 2025 with its tables through an {@link EditSession} as the editor does
 * ({@link SoakEdits}), printing "ack i" after each save returns, killed with SIGKILL at a random moment (after a
 * random number of acknowledged edits, or a random time after start, which also hits the folder's opening). After
 * each kill the folder is reopened: the stored draft must be the start of the round with exactly the acknowledged
 * edits applied (or one more, saved but not yet announced), pass the checks and survive the exchange file.
 * <pre>mvn -q -DskipTests package test-compile
 * java -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.CrashSoak [rounds]</pre>
 */
public final class CrashSoak {
    private CrashSoak() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dir = Files.createTempDirectory("gongkai-soak");
        Path folder = dir.resolve("data");
        Path book = Jiuzhou2025.workbook(dir.resolve("jiuzhou.xlsx"));
        WorkbookTables workbook = workbook(book);
        SoakEdits edits = new SoakEdits(workbook);
        long id;
        try (DataFolder data = DataFolder.open(folder)) {
            StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
            id = data.store().insert(WorkbookDrafts.into(Jiuzhou2025.draft(glossary), workbook));
        }
        Random random = new Random(17);
        long acknowledged = 0;
        int lost = 0;
        int byTime = 0;
        long began = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            Draft start;
            try (DataFolder data = DataFolder.open(folder)) {
                start = data.store().load(id).orElseThrow();
            }
            boolean timed = random.nextInt(4) == 0;
            int target = 1 + random.nextInt(40);
            long killAfterMs = random.nextInt(2500);
            int acks = run(folder, book, id, round, timed, target, killAfterMs);
            byTime += timed ? 1 : 0;
            acknowledged += acks;
            try (DataFolder data = DataFolder.open(folder)) {
                Draft stored = data.store().load(id).orElseThrow();
                Draft expected = start;
                for (int i = 1; i <= acks; i++) {
                    expected = edits.apply(expected, round, i);
                }
                List<String> diff = DraftDiff.of(expected, stored);
                if (!diff.isEmpty() && !DraftDiff.of(edits.apply(expected, round, acks + 1), stored).isEmpty()) {
                    lost++;
                    System.out.println("round " + round + ": after " + acks + " acknowledged edits the draft differs: "
                            + diff.subList(0, Math.min(5, diff.size())));
                }
                Validator.standard().validate(stored);
                List<String> exchange = DraftDiff.of(stored, new ExchangeReader().read(new ExchangeWriter().write(stored)));
                if (!exchange.isEmpty()) {
                    lost++;
                    System.out.println("round " + round + ": the exchange file changes the draft: " + exchange);
                }
            }
            if (round % 50 == 0) {
                System.out.printf("%d rounds, %d edits acknowledged, %d lost, %.0f s%n", round, acknowledged, lost,
                        (System.nanoTime() - began) / 1e9);
            }
        }
        System.out.printf("crash soak: %d rounds (%d killed at a random time, the rest after a random number of"
                        + " acknowledged edits), %d edits acknowledged, %d lost, %.1f min%n", rounds, byTime,
                acknowledged, lost, (System.nanoTime() - began) / 60e9);
        System.exit(lost == 0 ? 0 : 1);
    }

    private static WorkbookTables workbook(Path book) throws Exception {
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        return new WorkbookImporter().read(book, catalogue, 2025);
    }

    /** One child's life: returns the number of edits it acknowledged before it was killed. */
    private static int run(Path folder, Path book, long id, int round, boolean timed, int target, long killAfterMs)
            throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), folder.toString(),
                Long.toString(id), Integer.toString(round), book.toString()).redirectErrorStream(true).start();
        long deadline = System.nanoTime() + killAfterMs * 1_000_000;
        int acks = 0;
        if (timed) {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
                child.destroyForcibly();
            });
            killer.start();
        }
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acks = Integer.parseInt(line.substring(4));
                    if (!timed && acks >= target) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
                        break;
                    }
                } else if (!line.isBlank()) {
                    System.out.println("round " + round + " child: " + line);
                }
            }
        }
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("round " + round + ": the child did not die");
        }
        return acks;
    }

    /** The child: opens the folder and edits until killed. */
    public static final class Child {
        private Child() {
        }

        public static void main(String[] args) throws Exception {
            Path folder = Path.of(args[0]);
            long id = Long.parseLong(args[1]);
            int round = Integer.parseInt(args[2]);
            SoakEdits edits = new SoakEdits(workbook(Path.of(args[3])));
            DataFolder data = DataFolder.open(folder);
            EditSession session = new EditSession(data.store(), id, data.store().load(id).orElseThrow());
            for (int i = 1; ; i++) {
                int n = i;
                session.apply("soak", d -> edits.apply(d, round, n)).ifPresent(session::save);
                System.out.println("ack " + i);
                System.out.flush();
            }
        }
    }
}
