package cn.gongkai.service;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's session over a real data folder: edits, their history, and what reaches the store. */
class EditSessionTest {
    @TempDir
    Path dir;
    private Services services;
    private EditSession session;

    @BeforeEach
    void open() {
        services = new Composition().open(dir);
        session = services.drafts().open(services.drafts().list().get(0).id());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Draft stored() {
        return services.drafts().load(session.id());
    }

    private EditSession.Change set(FigureKey k, String v) {
        return session.apply(k.label(), d -> d.withFigures(d.figures().with(k, new BigDecimal(v)))).orElseThrow();
    }

    @Test
    void anEditIsAppliedAtOnceAndStoredWhenSaved() {
        Draft before = stored();
        EditSession.Change c = set(FigureKey.INCOME_OTHER, "1.5");
        assertEquals(new BigDecimal("1.5"), session.draft().figures().get(FigureKey.INCOME_OTHER));
        assertEquals(before, stored(), "nothing is written until the change is saved");
        session.save(c);
        assertEquals(session.draft(), stored());
    }

    @Test
    void undoAndRedoWalkTheHistoryAndEachStepIsSavedLikeAnEdit() {
        session.save(set(FigureKey.INCOME_OTHER, "1"));
        session.save(set(FigureKey.INCOME_OTHER, "2"));
        EditSession.Change undone = session.undo().orElseThrow();
        assertTrue(undone.label().startsWith("撤销："), undone.label());
        session.save(undone);
        assertEquals(new BigDecimal("1"), stored().figures().get(FigureKey.INCOME_OTHER));
        session.save(session.redo().orElseThrow());
        assertEquals(new BigDecimal("2"), stored().figures().get(FigureKey.INCOME_OTHER));
        assertTrue(session.redo().isEmpty(), "nothing left to redo");
        session.save(session.undo().orElseThrow());
        set(FigureKey.INCOME_OTHER, "3");
        assertTrue(session.redo().isEmpty(), "a new edit clears what could be redone");
    }

    @Test
    void anEditThatChangesNothingIsNotAStep() {
        assertTrue(session.apply("无变化", d -> d).isEmpty());
        assertTrue(session.undo().isEmpty());
    }

    @Test
    void aFinalDraftRefusesEditsUntilReopened() {
        session.save(session.setFinal(true).orElseThrow());
        assertTrue(session.readOnly());
        BadInputException e = assertThrows(BadInputException.class, () -> set(FigureKey.INCOME_OTHER, "1"));
        assertTrue(e.getMessage().contains("已定稿"), e.getMessage());
        session.save(session.setFinal(false).orElseThrow());
        set(FigureKey.INCOME_OTHER, "1");
        assertEquals(new BigDecimal("1"), session.draft().figures().get(FigureKey.INCOME_OTHER));
    }
}
