package cn.gongkai.persistence;

import cn.gongkai.domain.model.DraftConflictException;
import org.jooq.DSLContext;
import org.jooq.Record3;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import static cn.gongkai.persistence.generated.Tables.DRAFT;

/**
 * Optimistic concurrency for two people on one draft: the version of each draft this store last read or wrote, and
 * the step of every write to the next version, which the database refuses when the draft is no longer at the
 * version the write was based on. Versions move on only when the transaction commits.
 */
final class DraftVersions {
    private final Database database;
    private final Map<Long, Integer> seen = new HashMap<>();
    private final Map<Long, Integer> pending = new HashMap<>();
    /**
     * Versions claimed by a write whose end was not heard (the connection was cut around the commit): the server may
     * or may not hold them. Found there under this store's own login, they were this store's.
     */
    private final Map<Long, Integer> inDoubt = new HashMap<>();

    DraftVersions(Database database) {
        this.database = database;
    }

    /** Runs one write transaction; what it claimed becomes what this store has seen only if it committed. */
    void inTransaction(Runnable transaction) {
        pending.clear();
        try {
            transaction.run();
            seen.putAll(pending);
            pending.keySet().forEach(inDoubt::remove);
        } catch (RuntimeException e) {
            inDoubt.putAll(pending);
            throw e;
        } finally {
            pending.clear();
        }
    }

    /** The version of draft {@code id} this store last read or wrote; null when it has not. */
    Integer seenVersion(long id) {
        return seen.get(id);
    }

    /** A draft read or just inserted at {@code version}. */
    void read(long id, int version) {
        seen.put(id, version);
    }

    void inserted(long id) {
        pending.put(id, 0);
    }

    /**
     * Inside a write: moves draft {@code id} to its next version, marked as changed by this login now. False when
     * there is no such draft (or it is in the recycle bin and {@code live} asks for one that is not); a draft saved
     * by someone else since this store read it fails with {@link DraftConflictException}.
     */
    boolean claim(DSLContext tx, long id, boolean live) {
        Integer base = seen.get(id);
        var update = tx.update(DRAFT).set(DRAFT.ROW_VERSION, DRAFT.ROW_VERSION.plus(1))
                .set(DRAFT.UPDATED_BY, database.login()).set(DRAFT.UPDATED_AT, OffsetDateTime.now())
                .where(DRAFT.ID.eq(id));
        if (live) {
            update = update.and(DRAFT.DELETED_AT.isNull());
        }
        Integer next = update.and(base == null ? org.jooq.impl.DSL.noCondition() : DRAFT.ROW_VERSION.eq(base))
                .returning(DRAFT.ROW_VERSION).fetchOptional(DRAFT.ROW_VERSION).orElse(null);
        if (next != null) {
            pending.put(id, next);
            return true;
        }
        Record3<String, OffsetDateTime, Integer> now = tx.select(DRAFT.UPDATED_BY, DRAFT.UPDATED_AT, DRAFT.ROW_VERSION)
                .from(DRAFT).where(DRAFT.ID.eq(id))
                .and(live ? DRAFT.DELETED_AT.isNull() : org.jooq.impl.DSL.noCondition()).fetchOne();
        if (now == null) {
            return false;
        }
        Integer mine = inDoubt.remove(id);
        if (mine != null && mine.equals(now.value3()) && database.login().equals(now.value1())) {
            seen.put(id, mine); // the write whose answer was lost did commit: it was this store's own
            return claim(tx, id, live);
        }
        throw new DraftConflictException(id, now.value1(), now.value2().toInstant());
    }
}
