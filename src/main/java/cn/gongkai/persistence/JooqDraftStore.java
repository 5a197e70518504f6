package cn.gongkai.persistence;

import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.SubjectMemory;
import cn.gongkai.domain.imports.ImportReport;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.port.DraftStore;
import cn.gongkai.domain.port.ImportReports;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static cn.gongkai.persistence.generated.Tables.APP_META;
import static cn.gongkai.persistence.generated.Tables.DRAFT;
import static cn.gongkai.persistence.generated.Tables.DRAFT_CHECK;
import static cn.gongkai.persistence.generated.Tables.SUBJECT_LEARNED;

/**
 * The draft store on either database (a data folder's H2 file, the county's PostgreSQL). Methods are serialised
 * (one writer, as in the editor); each write is one transaction followed by a disk sync, so an acknowledged write
 * survives a killed process or a power cut. Every write to a draft carries the version of it this store last read
 * or wrote ({@link DraftVersions}): a draft someone else saved since is refused, not overwritten.
 */
final class JooqDraftStore implements DraftStore, SubjectMemory, ImportReports {
    private final Database database;
    private final java.util.function.Supplier<java.nio.file.Path> backup;
    private final DraftVersions versions;
    private final AtomicLong changes = new AtomicLong();

    /** The store of a data folder, backed up by copying its H2 file. */
    static JooqDraftStore onFolder(H2Database database) {
        return new JooqDraftStore(database, () -> H2Backups.backup(database));
    }

    /** {@code backup} copies the whole database to a file (the data folder's rolling backups). */
    JooqDraftStore(Database database, java.util.function.Supplier<java.nio.file.Path> backup) {
        this.database = database;
        this.backup = backup;
        this.versions = new DraftVersions(database);
    }

    /** Counts the writes so far; the backup scheduler backs up only when it moved. */
    public long changeCount() {
        return changes.get();
    }

    /**
     * Plain JDBC rather than jOOQ: this is the query the editor's first window waits on, and jOOQ's first use
     * costs a third of a second of class loading on a cold start. The column names are jOOQ's generated ones.
     */
    @Override
    public synchronized List<DraftSummary> list() {
        return read(this::listNow);
    }

    private List<DraftSummary> listNow() {
        String sql = "SELECT " + DRAFT.ID.getName() + ", " + DRAFT.BUDGET_YEAR.getName() + ", "
                + DRAFT.UNIT_NAME.getName() + ", " + DRAFT.STATUS.getName() + ", " + DRAFT.UPDATED_AT.getName()
                + ", " + DRAFT.APPROVAL_DATE.getName() + " FROM " + DRAFT.getName() + " WHERE "
                + DRAFT.DELETED_AT.getName() + " IS NULL ORDER BY "
                + DRAFT.UPDATED_AT.getName() + " DESC, " + DRAFT.ID.getName() + " DESC";
        try (java.sql.PreparedStatement ps = database.connection().prepareStatement(sql);
             java.sql.ResultSet r = ps.executeQuery()) {
            List<DraftSummary> out = new java.util.ArrayList<>();
            while (r.next()) {
                out.add(new DraftSummary(r.getLong(1), r.getInt(2), r.getString(3), DraftStatus.valueOf(r.getString(4)),
                        r.getObject(5, OffsetDateTime.class).toInstant(), r.getObject(6, java.time.LocalDate.class)));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("草稿列表读取失败：" + e.getMessage(), e);
        }
    }

    @Override
    public synchronized List<DraftSummary> listDeleted() {
        return read(() -> summaries(DRAFT.DELETED_AT.isNotNull()));
    }

    private List<DraftSummary> summaries(Condition condition) {
        return database.dsl().select(DRAFT.ID, DRAFT.BUDGET_YEAR, DRAFT.UNIT_NAME, DRAFT.STATUS, DRAFT.UPDATED_AT,
                        DRAFT.APPROVAL_DATE)
                .from(DRAFT).where(condition)
                .orderBy(DRAFT.UPDATED_AT.desc(), DRAFT.ID.desc())
                .fetch(r -> new DraftSummary(r.value1(), r.value2(), r.value3(), DraftStatus.valueOf(r.value4()),
                        r.value5().toInstant(), r.value6()));
    }

    @Override
    public synchronized Optional<Draft> load(long id) {
        return read(() -> database.dsl().transactionResult(cfg -> new DraftReader(cfg.dsl())
                .read(id, version -> versions.read(id, version))));
    }

    @Override
    public synchronized long insert(Draft draft) {
        long[] id = new long[1];
        write(tx -> {
            DraftWriter w = new DraftWriter(tx);
            id[0] = w.insertHeader(draft, OffsetDateTime.now());
            versions.inserted(id[0]);
            w.insertChildren(id[0], draft);
        });
        return id[0];
    }

    @Override
    public synchronized long insert(Draft draft, ImportReport report) {
        long[] id = new long[1];
        write(tx -> {
            DraftWriter w = new DraftWriter(tx);
            id[0] = w.insertHeader(draft, OffsetDateTime.now());
            versions.inserted(id[0]);
            w.insertChildren(id[0], draft);
            new ImportReportRows(tx).replace(id[0], report);
        });
        return id[0];
    }

    @Override
    public synchronized void saveReport(long id, ImportReport report) {
        write(tx -> {
            touch(tx, id);
            new ImportReportRows(tx).replace(id, report);
        });
    }

    @Override
    public synchronized Optional<ImportReport> report(long id) {
        return read(() -> new ImportReportRows(database.dsl()).read(id));
    }

    @Override
    public synchronized void replace(long id, Draft draft) {
        write(tx -> {
            DraftWriter w = new DraftWriter(tx);
            if (!versions.claim(tx, id, false) || !w.updateHeader(id, draft, OffsetDateTime.now())) {
                throw noSuchDraft(id);
            }
            w.deleteChildren(id);
            w.insertChildren(id, draft);
        });
    }

    @Override
    public synchronized void update(long id, Draft before, Draft after) {
        write(tx -> {
            if (!versions.claim(tx, id, false) || !new DraftUpdater(tx).update(id, before, after)) {
                throw noSuchDraft(id);
            }
        });
    }

    @Override
    public synchronized void setFigure(long id, FigureKey key, BigDecimal value) {
        write(tx -> {
            touch(tx, id);
            new DraftWriter(tx).setFigure(id, key, value);
        });
    }

    @Override
    public synchronized void moveToBin(long id) {
        write(tx -> {
            if (tx.update(DRAFT).set(DRAFT.DELETED_AT, OffsetDateTime.now())
                    .where(DRAFT.ID.eq(id)).and(DRAFT.DELETED_AT.isNull()).execute() != 1) {
                throw noSuchDraft(id);
            }
        });
    }

    @Override
    public synchronized void restoreFromBin(long id) {
        write(tx -> {
            if (tx.update(DRAFT).setNull(DRAFT.DELETED_AT).set(DRAFT.UPDATED_AT, OffsetDateTime.now())
                    .where(DRAFT.ID.eq(id)).and(DRAFT.DELETED_AT.isNotNull()).execute() != 1) {
                throw new BadInputException("回收站里没有编号为 " + id + " 的草稿");
            }
        });
    }

    @Override
    public synchronized List<SubjectCatalogue.Entry> learned() {
        return read(() -> database.dsl().selectFrom(SUBJECT_LEARNED)
                .orderBy(SUBJECT_LEARNED.CODE, SUBJECT_LEARNED.BUDGET_YEAR)
                .fetch(r -> SubjectCatalogue.learned(Classification.valueOf(r.getClassification()), r.getCode(),
                        r.getName(), r.getBudgetYear())));
    }

    @Override
    public synchronized void learn(Collection<SubjectCatalogue.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        write(tx -> {
            for (SubjectCatalogue.Entry e : entries) {
                tx.insertInto(SUBJECT_LEARNED).set(SUBJECT_LEARNED.CLASSIFICATION, e.classification().name())
                        .set(SUBJECT_LEARNED.CODE, e.code()).set(SUBJECT_LEARNED.BUDGET_YEAR, e.fromYear())
                        .set(SUBJECT_LEARNED.NAME, e.name()).onDuplicateKeyIgnore().execute();
            }
        });
    }

    /**
     * Keeps what the checks found on {@code day} in each draft at the version this store last read of it (a draft
     * changed since is checked again); one transaction. Not a change to the drafts: their versions do not move.
     */
    synchronized void checked(java.time.LocalDate day, java.util.Map<Long, cn.gongkai.domain.port.County.Checked> found) {
        write(tx -> found.forEach((id, c) -> {
            // (found is empty for a unit's login: only the bureau's overview keeps what it found, see CountyServer)
            Integer version = versions.seenVersion(id);
            if (version != null) {
                tx.deleteFrom(DRAFT_CHECK).where(DRAFT_CHECK.DRAFT_ID.eq(id)).execute();
                tx.insertInto(DRAFT_CHECK).set(DRAFT_CHECK.DRAFT_ID, id).set(DRAFT_CHECK.ROW_VERSION, version)
                        .set(DRAFT_CHECK.CHECKED_ON, day).set(DRAFT_CHECK.ERRORS, c.errors())
                        .set(DRAFT_CHECK.WARNINGS, c.warnings()).execute();
            }
        }));
    }

    /** Backs up the whole database now (see {@link H2Backups}); returns the backup file. */
    public synchronized java.nio.file.Path backup() {
        database.ensureOpen();
        return backup.get();
    }

    /** A value of the store's own settings, e.g. whether the sample draft was put in. */
    public synchronized Optional<String> meta(String key) {
        return read(() -> Optional.ofNullable(database.dsl().select(APP_META.META_VALUE).from(APP_META)
                .where(APP_META.META_KEY.eq(key)).fetchOne(APP_META.META_VALUE)));
    }

    public synchronized void setMeta(String key, String value) {
        write(tx -> tx.mergeInto(APP_META).using(org.jooq.impl.DSL.selectOne())
                .on(APP_META.META_KEY.eq(key))
                .whenMatchedThenUpdate().set(APP_META.META_VALUE, value)
                .whenNotMatchedThenInsert(APP_META.META_KEY, APP_META.META_VALUE).values(key, value)
                .execute());
    }

    private void touch(DSLContext tx, long id) {
        if (!versions.claim(tx, id, true)) {
            throw noSuchDraft(id);
        }
    }

    static BadInputException noSuchDraft(long id) {
        return new BadInputException("没有编号为 " + id + " 的草稿");
    }

    /** A read, on a connection opened again if the last was lost; a lost place said in Chinese. */
    <T> T read(java.util.function.Supplier<T> work) {
        database.ensureOpen();
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw database.failure(e);
        }
    }

    /**
     * One transaction and a disk sync. A write the disk refuses (full, read-only) or the server does not take (gone,
     * restarting) fails with a message saying so and leaves the stored draft as it was; the next write opens a new
     * connection.
     */
    void write(Consumer<DSLContext> work) {
        database.ensureOpen();
        try {
            versions.inTransaction(() -> database.dsl().transaction(cfg -> work.accept(cfg.dsl())));
            database.sync();
        } catch (RuntimeException e) {
            throw database.failure(e);
        }
        changes.incrementAndGet();
    }
}
