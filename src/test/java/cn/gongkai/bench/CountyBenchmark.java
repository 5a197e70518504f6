package cn.gongkai.bench;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.persistence.CountyServer;
import cn.gongkai.server.County;
import cn.gongkai.server.PostgresCluster;
import cn.gongkai.service.CountyService;
import cn.gongkai.service.EditSession;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The county server's two targets (docs/benchmarks.md), on a private PostgreSQL cluster on loopback: {@code server
 * overview} of 1,000 units with a seed-size draft each (≤ 2 s), and 20 editors saving at once (p99 save ≤ 100 ms).
 * Run from the repository root:
 * <pre>java -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.CountyBenchmark [units] [editors] [saves]</pre>
 */
public final class CountyBenchmark {
    private CountyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int editors = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int saves = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        try (PostgresCluster cluster = PostgresCluster.start()) {
            County county = County.preparedOn(cluster);
            Draft seed;
            try (Services s = new Composition().inMemory()) {
                seed = s.drafts().load(s.drafts().importFile(TestData.seed("jiuzhou-town-2019.txt")).id());
            }
            long t0 = System.nanoTime();
            try (CountyServer bureau = county.openAsBureau()) {
                for (int i = 0; i < units; i++) {
                    String code = String.valueOf(100_000 + i);
                    bureau.store().insert(seed.withHeader(seed.header().withUnit("单位" + code, code)));
                }
            }
            System.out.printf("%d seed-size drafts (九州镇 2019: %d indicators) inserted in %.1f s%n", units,
                    seed.performance().duties().stream().mapToInt(d -> d.activities().stream()
                            .mapToInt(a -> a.indicators().size()).sum()).sum(), (System.nanoTime() - t0) / 1e9);
            StoreLocation.Server asBureau = new StoreLocation.Server(county.bureau(), PostgresCluster.BUREAU_PASSWORD);
            for (int run = 1; run <= 3; run++) {
                long s = System.nanoTime();
                int lines;
                try (Services b = new Composition().open(asBureau)) {
                    CountyService c = b.county().orElseThrow();
                    lines = c.overview(LocalDate.now()).size();
                }
                System.out.printf("server overview run %d: %d lines in %d ms (run 1 checks every draft, later runs"
                                + " only those changed since)%n",
                        run, lines, (System.nanoTime() - s) / 1_000_000);
            }
            for (int e = 0; e < editors; e++) {
                county.addUnit(String.valueOf(100_000 + e));
            }
            saves(county, editors, saves, 100); // an edit every tenth of a second each: faster than anyone types
            saves(county, editors, saves, 0); // flat out: the machine's saturation, not an officer's day
        }
    }

    /**
     * {@code editors} people, each on a unit's own login and draft, saving an edit {@code saves} times at once,
     * {@code thinkMs} apart.
     */
    private static void saves(County county, int editors, int saves, long thinkMs) throws Exception {
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(editors);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int e = 0; e < editors; e++) {
            String code = String.valueOf(100_000 + e);
            threads.add(new Thread(() -> {
                try (Services s = new Composition().open(new StoreLocation.Server(county.unit(code),
                        County.password(code)))) {
                    long id = s.drafts().list().get(0).id();
                    EditSession session = s.drafts().open(id);
                    ready.countDown();
                    go.await();
                    for (int i = 1; i <= saves; i++) {
                        int n = i;
                        EditSession.Change c = session.apply("金额", d -> d.withFigures(d.figures().with(
                                FigureKey.INCOME_OTHER, BigDecimal.valueOf(n)))).orElseThrow();
                        long t = System.nanoTime();
                        session.save(c);
                        all.add(System.nanoTime() - t);
                        Thread.sleep(thinkMs);
                    }
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        threads.forEach(Thread::start);
        ready.await();
        long t0 = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long wall = System.nanoTime() - t0;
        List<Long> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        System.out.printf("%d editors × %d saves, %d ms apart: median %.1f ms, p99 %.1f ms, max %.1f ms; %.0f saves/s%n", editors,
                saves, thinkMs, sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6, sorted.size() / (wall / 1e9));
    }
}
