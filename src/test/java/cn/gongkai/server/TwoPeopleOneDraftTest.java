package cn.gongkai.server;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftConflictException;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.service.EditSession;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.service.VersionService;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two people of unit 912 on one draft, each with a connection of their own: a save based on a version the other has
 * saved over is refused by the database; the refused edit is kept as a version; the editor says who changed what,
 * stops saving from the stale copy and reopens the draft when asked.
 */
class TwoPeopleOneDraftTest {
    private Services zhang;
    private Services li;
    private long id;

    @BeforeEach
    void twoConnections() {
        County county = County.prepared();
        county.addUnit("912");
        StoreLocation.Server at = new StoreLocation.Server(county.unit("912"), County.password("912"));
        zhang = new Composition().open(at);
        li = new Composition().open(at);
        id = zhang.drafts().importFile(TestData.seed("jiuzhou-town-2019.txt")).id();
    }

    @AfterEach
    void close() {
        zhang.close();
        li.close();
    }

    private static Draft said(Draft d, String words) {
        return d.withTexts(d.texts().with(TextKey.OTHER_MATTERS, Narrative.own(words)));
    }

    @Test
    void theSecondSaveOnTheSameVersionIsRefusedAndKept() {
        EditSession a = zhang.drafts().open(id);
        EditSession b = li.drafts().open(id);
        a.apply("其他事项", d -> said(d, "张的说明")).ifPresent(a::save);
        Draft lisBase = b.base();
        EditSession.Change mine = b.apply("其他事项", d -> said(d, "李的说明")).orElseThrow();

        DraftConflictException e = assertThrows(DraftConflictException.class, () -> b.save(mine));
        assertTrue(e.savedBy().startsWith("u912"), e.savedBy());
        assertTrue(e.getMessage().contains("已被拒绝，以免覆盖对方的修改"), e.getMessage());
        assertEquals(a.draft(), li.drafts().load(id), "the first save stands, untouched by the second");

        VersionService.Overtaken o = li.versions().keepOvertaken(id, lisBase, b.draft(), e);
        assertEquals(b.draft(), li.versions().version(id, o.kept().number()), "the refused edit is kept whole");
        assertEquals(1, o.theirs().size(), o.theirs().toString());
        assertTrue(o.message().contains("张的说明") && o.message().contains("第 " + o.kept().number() + " 版"),
                o.message());

        EditSession again = li.drafts().open(id); // reopened: based on the saved version, it saves
        again.apply("其他事项", d -> said(d, "李在张之后的说明")).ifPresent(again::save);
        assertEquals(again.draft(), zhang.drafts().load(id));
    }

    @Test
    void theEditorSaysWhoChangedWhatKeepsTheEditAndReopens() {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        EditorViewModel vm = new EditorViewModel(new SameThreadTasks(), li.drafts(), li.exports(), li.drafts().open(id),
                dialogs);
        AtomicBoolean reopened = new AtomicBoolean();
        vm.setOnReopen(() -> reopened.set(true));
        EditSession other = zhang.drafts().open(id);
        other.apply("金额", d -> d.withFigures(d.figures().with(FigureKey.INCOME_OTHER, new BigDecimal("12.5"))))
                .ifPresent(other::save);

        dialogs.confirmations.add(true);
        assertTrue(vm.forms().setFigure(FigureKey.EXPENSE_PERSONNEL, "5000").isEmpty());
        assertTrue(vm.overtaken());
        assertTrue(reopened.get(), "offered to reopen, and reopened");
        String told = dialogs.shown.get(dialogs.shown.size() - 1);
        assertTrue(told.contains("u912") && told.contains("改了 ") && told.contains("另存为本草稿的第 "), told);
        assertTrue(vm.readOnlyProperty().get());
        assertFalse(vm.unsaved(), "the edit is kept as a version: closing loses nothing");
        assertEquals(new BigDecimal("12.5"), li.drafts().load(id).figures().get(FigureKey.INCOME_OTHER));
        Draft kept = li.versions().version(id, li.versions().versions(id).size());
        assertEquals(new BigDecimal("5000"), kept.figures().get(FigureKey.EXPENSE_PERSONNEL));

        assertFalse(vm.apply("再改", d -> said(d, "不再保存")), "the stale copy saves nothing more");
        assertTrue(vm.statusProperty().get().contains("重新打开"), vm.statusProperty().get());
    }
}
