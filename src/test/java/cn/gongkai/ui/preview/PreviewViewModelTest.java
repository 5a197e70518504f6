package cn.gongkai.ui.preview;

import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.service.Services;
import cn.gongkai.ui.dialogs.ScriptedDialogs;
import cn.gongkai.ui.editor.EditorViewModel;
import cn.gongkai.ui.tasks.SameThreadTasks;
import cn.gongkai.ui.tasks.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live preview without a screen, on drafts kept in memory: off until switched on, then the printed pages of the
 * section shown, typeset again after edits on a worker of its own, the newest version winning.
 */
class PreviewViewModelTest {
    @TempDir
    Path dir;

    /** A worker that runs its jobs only when the test says so, to see what is asked while one is running. */
    private static final class HeldTasks implements Tasks {
        final List<Runnable> queued = new ArrayList<>();
        int ran;

        @Override
        public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
            queued.add(() -> {
                ran++;
                onDone.accept(work.get());
            });
        }

        @Override
        public void later(java.time.Duration delay, Runnable action) {
        }

        void runNext() {
            queued.remove(0).run();
        }
    }

    @Test
    void thePagesOfTheSectionFollowTheEditsNewestFirst() {
        try (Services s = new Composition().inMemory()) {
            HeldTasks preview = new HeldTasks();
            SameThreadTasks same = new SameThreadTasks();
            Tasks saves = new Tasks() {
                @Override
                public <T> void run(Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onError) {
                    same.run(work, onDone, onError);
                }

                @Override
                public void later(java.time.Duration delay, Runnable action) {
                    same.later(delay, action);
                }

                @Override
                public Tasks separate() {
                    return preview;
                }
            };
            EditorViewModel vm = new EditorViewModel(saves, s.drafts(), s.exports(), s.drafts().open(1),
                    new ScriptedDialogs());
            PreviewViewModel p = vm.preview();
            vm.forms().setText(TextKey.OTHER_MATTERS, Narrative.own("本单位无其他需要说明的事项。"));
            assertTrue(preview.queued.isEmpty(), "nothing typeset while the preview is off");

            vm.showing(Section.THREE_PUBLIC, cn.gongkai.domain.port.PagePart.of(Section.THREE_PUBLIC));
            p.onProperty().set(true);
            assertEquals(1, preview.queued.size());
            preview.runNext();
            assertTrue(p.pages().size() >= 1 && p.pages().size() <= 3, "the section's pages: " + p.pages().size());
            assertTrue(p.pages().get(0).width() > 500, "a readable page");
            assertTrue(p.statusProperty().get().startsWith(Section.THREE_PUBLIC.heading()), p.statusProperty().get());

            // three edits while one version is being typeset: one more typesetting, of the newest
            vm.forms().setFigure(FigureKey.THREE_PUBLIC_RECEPTION, "1");
            assertEquals(1, preview.queued.size());
            vm.forms().setFigure(FigureKey.THREE_PUBLIC_RECEPTION, "2");
            vm.forms().setFigure(FigureKey.THREE_PUBLIC_RECEPTION, "3");
            assertEquals(1, preview.queued.size(), "later edits wait for the one being typeset");
            preview.runNext();
            assertEquals(1, preview.queued.size(), "then the newest is typeset, once");
            preview.runNext();
            assertTrue(preview.queued.isEmpty());
            assertEquals(3, preview.ran);
            assertTrue(p.lastMillis() >= 0);

            p.onProperty().set(false);
            vm.forms().setFigure(FigureKey.THREE_PUBLIC_RECEPTION, "4");
            assertTrue(preview.queued.isEmpty(), "off again: nothing typeset");
        }
    }
}
