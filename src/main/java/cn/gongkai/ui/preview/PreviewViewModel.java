package cn.gongkai.ui.preview;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.port.PageImage;
import cn.gongkai.domain.port.PagePart;
import cn.gongkai.service.ExportService;
import cn.gongkai.ui.tasks.Tasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.LongSupplier;

/**
 * The live preview: the printed page(s) of the part being edited (a section, a table, the 绩效目标表), typeset again in the background after each
 * edit on a worker of its own (never holding up a save or the typing). The newest version wins: while one is being
 * typeset, later edits only replace what is typeset next. Off until switched on (F9).
 */
public final class PreviewViewModel {
    /** The preview's resolution: a page about 600 pixels wide. */
    static final float DPI = 72f;
    private final ExportService exports;
    private final Tasks tasks;
    private final LongSupplier clock;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Draft draft;
    private PagePart part = PagePart.of(Section.DUTIES);
    private boolean running;
    private boolean wanted;
    private long lastMillis = -1;

    public PreviewViewModel(ExportService exports, Tasks tasks, LongSupplier clock) {
        this.exports = exports;
        this.tasks = tasks;
        this.clock = clock;
        on.addListener((o, was, now) -> {
            if (now) {
                request();
            }
        });
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public ObservableList<PageImage> pages() {
        return pages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** How long the last preview took from the request that it answered to its pages (ms; -1 before the first). */
    public long lastMillis() {
        return lastMillis;
    }

    /** The draft as it now stands (after an edit, an undo, on opening). */
    public void draft(Draft d) {
        draft = d;
        request();
    }

    /** The part now shown in the editor: a section's form, one of the 公开表, the 绩效目标表. */
    public void part(PagePart p) {
        if (!p.equals(part)) {
            part = p;
            request();
        }
    }

    private void request() {
        if (!on.get() || draft == null) {
            return;
        }
        wanted = true;
        if (!running) {
            start();
        }
    }

    private void start() {
        wanted = false;
        running = true;
        Draft d = draft;
        PagePart s = part;
        long asked = clock.getAsLong();
        tasks.run(() -> exports.pagesOf(d, s, DPI), images -> {
            lastMillis = (clock.getAsLong() - asked) / 1_000_000;
            pages.setAll(images);
            status.set(s.label() + " · " + images.size() + " 页 · " + lastMillis + " 毫秒");
            finished();
        }, e -> {
            status.set("预览失败：" + e.getMessage());
            finished();
        });
    }

    private void finished() {
        running = false;
        if (wanted && on.get()) {
            start(); // only the newest version of what was asked meanwhile
        }
    }
}
