package cn.gongkai.server;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.service.EditSession;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.SameThreadTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The county's server restarted while an officer works (a cluster of the test's own, stopped and started): the
 * editor says the connection is lost, keeps every edit in memory, retries, and saves them once the server is back;
 * a save loop running through the restart loses nothing the store acknowledged (compared as the kill -9 soak does).
 */
class ServerRestartTest {
    private static PostgresCluster cluster;
    private static County county;

    @BeforeAll
    static void ownCluster() {
        cluster = PostgresCluster.start();
        county = County.preparedOn(cluster);
        county.addUnit("912");
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    private static Services open() {
        return new Composition().open(new StoreLocation.Server(county.unit("912"), County.password("912")));
    }

    @Test
    void theEditorKeepsTheEditsAndSavesThemWhenTheServerIsBack() {
        try (Services s = open()) {
            long id = s.drafts().importFile(TestData.seed("jiuzhou-town-2019.txt")).id();
            ScriptedDialogs dialogs = new ScriptedDialogs();
            SameThreadTasks tasks = new SameThreadTasks();
            EditorViewModel vm = new EditorViewModel(tasks, s.drafts(), s.exports(), s.drafts().open(id), dialogs);
            assertTrue(vm.forms().setFigure(FigureKey.INCOME_OTHER, "1").isEmpty());

            cluster.stopServer();
            try {
                assertTrue(vm.forms().setFigure(FigureKey.INCOME_OTHER, "2").isEmpty());
                assertTrue(vm.forms().setFigure(FigureKey.EXPENSE_PERSONNEL, "3").isEmpty());
                assertTrue(vm.unsaved());
                assertTrue(vm.statusProperty().get().contains("自动重试"), vm.statusProperty().get());
                String told = dialogs.shown.get(dialogs.shown.size() - 1);
                assertTrue(told.contains("县级服务器") && told.contains("连"), told);
                assertEquals(1, dialogs.shown.size(), "told once, not at every edit");
                tasks.runLater(); // a retry while the server is still down fails again, and is due again
            } finally {
                cluster.startServer();
            }
            assertTrue(tasks.runLater() >= 1, "a retry was due");
            assertFalse(vm.unsaved(), vm.statusProperty().get());
            assertTrue(vm.statusProperty().get().startsWith("已保存"), vm.statusProperty().get());
            Draft onScreen = vm.draft();
            try (Services again = open()) {
                assertEquals(onScreen, again.drafts().load(id), "every edit made while the server was gone is there");
            }
        }
    }

    /** A read while the server is gone says so in Chinese; once it is back, the same services read again. */
    @Test
    void aReadWhileTheServerIsGoneIsSaidAndTheNextOneReconnects() {
        try (Services s = open()) {
            int drafts = s.drafts().list().size();
            cluster.stopServer();
            try {
                cn.gongkai.domain.model.GongkaiException e = org.junit.jupiter.api.Assertions.assertThrows(
                        cn.gongkai.domain.model.GongkaiException.class, () -> s.drafts().list());
                assertTrue(e.getMessage().contains("县级服务器"), e.getMessage());
                assertFalse(e.getMessage().contains(County.password("912")));
            } finally {
                cluster.startServer();
            }
            assertEquals(drafts, s.drafts().list().size());
        }
    }

    @Test
    void aSaveLoopThroughARestartLosesNothingAcknowledged() throws Exception {
        long id;
        AtomicReference<Draft> acknowledged = new AtomicReference<>();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger saved = new AtomicInteger();
        try (Services s = open()) {
            id = s.drafts().importFile(TestData.seed("jiuzhou-town-2019.txt")).id();
            EditSession session = s.drafts().open(id);
            Thread loop = new Thread(() -> {
                for (int i = 1; saved.get() < 400 && i < 100_000; i++) {
                    int n = i;
                    session.apply("金额", d -> d.withFigures(d.figures().with(FigureKey.INCOME_OTHER,
                            BigDecimal.valueOf(n)))).orElseThrow();
                    try {
                        session.saveVersion(session.draft());
                        acknowledged.set(session.draft());
                        saved.incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.incrementAndGet(); // kept in memory: the next round saves it with the next edit
                        sleep(50);
                    }
                }
            });
            loop.start();
            while (saved.get() < 100) {
                sleep(10);
            }
            cluster.stopServer();
            sleep(500);
            cluster.startServer();
            loop.join(120_000);
            assertFalse(loop.isAlive());
        }
        assertTrue(failures.get() > 0, "the restart was felt");
        assertEquals(400, saved.get());
        try (Services s = open()) {
            assertEquals(acknowledged.get(), s.drafts().load(id));
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
