package cn.gongkai.persistence;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aFullDraftReadsBackFieldForField() {
        Draft sample = TestData.sample();
        long id;
        try (H2Database db = H2Database.open(dir)) {
            id = JooqDraftStore.onFolder(db).insert(sample);
        }
        try (H2Database db = H2Database.open(dir)) {
            Draft back = JooqDraftStore.onFolder(db).load(id).orElseThrow();
            assertEquals(sample.header(), back.header());
            assertEquals(sample.figures(), back.figures());
            assertEquals(sample.texts(), back.texts());
            assertEquals(sample.orgUnits(), back.orgUnits());
            assertEquals(sample.performance(), back.performance());
            assertEquals(sample.procurement(), back.procurement());
            assertEquals(sample.glossary(), back.glossary());
            assertEquals(sample, back);
        }
    }

    @Test
    void sixDecimalAmountsAreStoredExactly() {
        Draft d = TestData.sample();
        d = d.withFigures(d.figures().with(FigureKey.INCOME_TOTAL, new BigDecimal("9998.838787")));
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            long id = store.insert(d);
            assertEquals("9998.838787", store.load(id).orElseThrow().figures().get(FigureKey.INCOME_TOTAL)
                    .toPlainString());
            store.setFigure(id, FigureKey.RUNNING_COST_TOTAL, new BigDecimal("0.000001"));
            assertEquals(new BigDecimal("0.000001"),
                    store.load(id).orElseThrow().figures().get(FigureKey.RUNNING_COST_TOTAL));
        }
    }

    @Test
    void replaceListAndRecycleBin() {
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            Draft sample = TestData.sample();
            long a = store.insert(sample);
            long b = store.insert(sample);
            Draft changed = sample.withPerformance(sample.performance().withDuties(
                    sample.performance().duties().subList(0, 1)));
            store.replace(a, changed);
            assertEquals(changed, store.load(a).orElseThrow());
            List<DraftSummary> list = store.list();
            assertEquals(List.of(a, b), list.stream().map(DraftSummary::id).toList(), "newest change first");

            store.moveToBin(b);
            assertEquals(List.of(a), store.list().stream().map(DraftSummary::id).toList());
            assertEquals(List.of(b), store.listDeleted().stream().map(DraftSummary::id).toList());
            assertFalse(store.load(b).isPresent());
            store.restoreFromBin(b);
            assertTrue(store.load(b).isPresent());
            assertThrows(cn.gongkai.domain.model.BadInputException.class, () -> store.replace(999, sample));
        }
    }

    @Test
    void aFailedWriteChangesNothing() {
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            Draft sample = TestData.sample();
            long id = store.insert(sample);
            // a name longer than the column allows makes the insert of the children fail half-way
            Draft bad = sample.withOrgUnits(List.of(new cn.gongkai.domain.model.OrgUnit("名".repeat(500), "", "", "",
                    null)), false);
            assertThrows(RuntimeException.class, () -> store.replace(id, bad));
            assertEquals(sample, store.load(id).orElseThrow());
            int before = store.list().size();
            assertThrows(RuntimeException.class, () -> store.insert(bad));
            assertEquals(before, store.list().size());
        }
    }
}
