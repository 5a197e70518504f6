package cn.gongkai.persistence;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.tree.PerformanceEdits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The editor's partial writes give exactly the draft a whole replace would. */
class DraftUpdateTest {
    @TempDir
    Path dir;

    @Test
    void everyKindOfEditReadsBackAsTheEditedDraft() {
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            Draft d = TestData.sample();
            long id = store.insert(d);
            List<java.util.function.UnaryOperator<Draft>> edits = List.of(
                    x -> x.withFigures(x.figures().with(FigureKey.INCOME_OTHER, new BigDecimal("1.000001"))),
                    x -> x.withFigures(x.figures().with(FigureKey.INCOME_OTHER, null)),
                    x -> x.withTexts(x.texts().with(TextKey.OTHER_MATTERS, Narrative.own("无"))),
                    x -> x.withTexts(x.texts().with(TextKey.INCOME, Narrative.GENERATED)),
                    x -> {
                        List<GlossaryEntry> g = new ArrayList<>(x.glossary());
                        g.remove(0);
                        return x.withGlossary(g);
                    },
                    // a cell edit keeps the tree's shape: written node by node
                    x -> x.withPerformance(PerformanceEdits.replace(x.performance(), PerfPath.activity(0, 0),
                            x.performance().duties().get(0).activities().get(0).withAmount(new BigDecimal("9.5")))),
                    // a move changes the shape: the tree is written again
                    x -> x.withPerformance(PerformanceEdits.move(x.performance(), PerfPath.duty(0), 1)
                            .orElseThrow().performance()));
            for (var edit : edits) {
                Draft next = edit.apply(d);
                store.update(id, d, next);
                assertEquals(next, store.load(id).orElseThrow());
                d = next;
            }
        }
    }
}
