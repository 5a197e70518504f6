package cn.gongkai.persistence;

import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every save the store acknowledged survives kill -9 of the process, 20 times in a row. */
class KillNineTest {
    static final int ROUNDS = Integer.getInteger("gongkai.killRounds", 20);

    @TempDir
    Path dir;

    @Test
    void acknowledgedSavesSurviveKillNine() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            Path folder = dir.resolve("round" + round);
            int stopAfter = 5 + (round * 37) % 60;
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), folder.toString())
                    .redirectErrorStream(true).start();
            long draftId = -1;
            int acknowledged = 0;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith("draft ")) {
                        draftId = Long.parseLong(line.substring(6));
                    } else if (line.startsWith("saved ")) {
                        acknowledged = Integer.parseInt(line.substring(6));
                        if (acknowledged >= stopAfter) {
                            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close
                            break;
                        }
                    }
                }
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            assertTrue(acknowledged >= stopAfter, "round " + round + ": child stopped early after " + acknowledged);
            try (H2Database db = H2Database.open(folder)) {
                JooqDraftStore store = JooqDraftStore.onFolder(db);
                BigDecimal last = store.load(draftId).orElseThrow().figures().get(FigureKey.INCOME_TOTAL);
                assertTrue(last.intValueExact() >= acknowledged,
                        "round " + round + ": acknowledged " + acknowledged + " but found " + last);
                var inds = store.load(draftId).orElseThrow().performance().duties().get(0).activities().get(0)
                        .indicators();
                int lastIndicator = Integer.parseInt(inds.get(inds.size() - 1).name().substring("指标".length()));
                assertTrue(lastIndicator >= acknowledged,
                        "round " + round + ": acknowledged " + acknowledged + " editor saves, tree has " + lastIndicator);
                Set<String> names = store.list().stream().map(DraftSummary::unitName).collect(Collectors.toSet());
                for (int i = 1; i <= acknowledged; i++) {
                    assertTrue(names.contains("保存" + i), "round " + round + ": save " + i + " lost");
                }
                assertEquals(names.size(), store.list().size());
            }
        }
    }
}
