package cn.gongkai.service;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.port.DraftStore;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One open draft in the editor: the current version, the undo and redo history of the session, and the write of
 * every change to the store. Edits are applied at once in memory (the caller's thread); {@link #save} writes a
 * change and is meant for one background thread, in the order the changes were made. Not thread-safe otherwise:
 * the editor calls everything but {@code save} from its UI thread.
 */
public final class EditSession {
    private static final int HISTORY = 500;

    /** One step: the draft before and after it, and what the officer did, for the status bar and the undo menu. */
    public record Change(Draft before, Draft after, String label) {
    }

    private final DraftStore store;
    private final long id;
    private Draft current;
    /** What the store holds of this draft, as this session last wrote it (touched by the saving thread only). */
    private volatile Draft stored;
    /** The last save failed (touched by the saving thread only). */
    private boolean failed;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();

    public EditSession(DraftStore store, long id, Draft loaded) {
        this.store = store;
        this.id = id;
        this.current = loaded;
        this.stored = loaded;
    }

    public long id() {
        return id;
    }

    public Draft draft() {
        return current;
    }

    /** What the store holds of this draft as this session last wrote (or read) it: the base of unsaved edits. */
    public Draft base() {
        return stored;
    }

    public boolean readOnly() {
        return current.header().status() == DraftStatus.FINAL;
    }

    /**
     * Applies an edit; empty when it changes nothing. A 定稿 is refused: it is read-only until reopened on purpose
     * with {@link #setFinal}.
     */
    public Optional<Change> apply(String label, UnaryOperator<Draft> edit) {
        if (readOnly()) {
            throw new BadInputException("这份草稿已定稿，只能查看。要修改，请先选择“草稿 › 重新打开编辑”。");
        }
        return record(label, edit.apply(current));
    }

    /** Marks the draft 定稿 or takes it back to 草稿; recorded like any edit, so it can be undone too. */
    public Optional<Change> setFinal(boolean done) {
        DraftStatus s = done ? DraftStatus.FINAL : DraftStatus.DRAFT;
        return record(done ? "定稿" : "重新打开编辑", current.withHeader(current.header().withStatus(s)));
    }

    private Optional<Change> record(String label, Draft next) {
        if (next.equals(current)) {
            return Optional.empty();
        }
        Change c = new Change(current, next, label);
        current = next;
        undo.push(c);
        if (undo.size() > HISTORY) {
            undo.removeLast();
        }
        redo.clear();
        return Optional.of(c);
    }

    public Optional<Change> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Change c = undo.pop();
        redo.push(c);
        current = c.before();
        return Optional.of(new Change(c.after(), c.before(), "撤销：" + c.label()));
    }

    public Optional<Change> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Change c = redo.pop();
        undo.push(c);
        current = c.after();
        return Optional.of(new Change(c.before(), c.after(), "重做：" + c.label()));
    }

    /**
     * Writes the draft as it is after {@code change} durably; when this returns it survives a killed process. The
     * store is brought from what it holds to that version, so a change whose save failed (a full disk) is written
     * by the next save that succeeds.
     */
    public void save(Change change) {
        saveVersion(change.after());
    }

    /**
     * Writes this version of the draft (e.g. the current one, when an earlier save failed and is retried). After a
     * failed save the whole draft is written, not the difference: a save cut off with the server may have reached
     * it or not, and the whole draft is right either way.
     */
    public void saveVersion(Draft version) {
        try {
            if (failed) {
                store.replace(id, version);
            } else {
                store.update(id, stored, version);
            }
        } catch (RuntimeException e) {
            failed = !(e instanceof cn.gongkai.domain.model.DraftConflictException);
            throw e;
        }
        failed = false;
        stored = version;
    }
}
