package cn.gongkai.persistence;

import cn.gongkai.domain.port.VersionStore;
import cn.gongkai.domain.versions.DraftVersion;
import cn.gongkai.domain.versions.VersionSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static cn.gongkai.persistence.generated.Tables.DRAFT;
import static cn.gongkai.persistence.generated.Tables.DRAFT_VERSION;

/** The versions of drafts in the data folder's database: one row each, the snapshot gzipped. */
final class JooqVersionStore implements VersionStore {
    private final Database database;
    private final JooqDraftStore drafts;

    JooqVersionStore(Database database, JooqDraftStore drafts) {
        this.database = database;
        this.drafts = drafts;
    }

    @Override
    public DraftVersion keep(long draftId, Instant at, VersionSource source, String note, byte[] snapshot) {
        DraftVersion[] kept = new DraftVersion[1];
        synchronized (drafts) {
            drafts.write(tx -> {
                if (!tx.fetchExists(DRAFT, DRAFT.ID.eq(draftId))) {
                    throw JooqDraftStore.noSuchDraft(draftId);
                }
                Integer last = tx.select(org.jooq.impl.DSL.max(DRAFT_VERSION.NUMBER)).from(DRAFT_VERSION)
                        .where(DRAFT_VERSION.DRAFT_ID.eq(draftId)).fetchOne(0, Integer.class);
                kept[0] = new DraftVersion(draftId, last == null ? 1 : last + 1, at, source, note);
                tx.insertInto(DRAFT_VERSION).set(DRAFT_VERSION.DRAFT_ID, draftId)
                        .set(DRAFT_VERSION.NUMBER, kept[0].number())
                        .set(DRAFT_VERSION.CREATED_AT, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .set(DRAFT_VERSION.SOURCE, source.name())
                        .set(DRAFT_VERSION.NOTE, kept[0].note().length() > 500 ? kept[0].note().substring(0, 500)
                                : kept[0].note())
                        .set(DRAFT_VERSION.SNAPSHOT, gzip(snapshot)).execute();
            });
        }
        return kept[0];
    }

    @Override
    public List<DraftVersion> versions(long draftId) {
        synchronized (drafts) {
            return drafts.read(() -> database.dsl().select(DRAFT_VERSION.NUMBER, DRAFT_VERSION.CREATED_AT,
                            DRAFT_VERSION.SOURCE, DRAFT_VERSION.NOTE).from(DRAFT_VERSION)
                    .where(DRAFT_VERSION.DRAFT_ID.eq(draftId))
                    .orderBy(DRAFT_VERSION.NUMBER).fetch(r -> new DraftVersion(draftId, r.value1(),
                            r.value2().toInstant(), VersionSource.valueOf(r.value3()), r.value4())));
        }
    }

    @Override
    public Optional<byte[]> snapshot(long draftId, int number) {
        synchronized (drafts) {
            return drafts.read(() -> Optional.ofNullable(database.dsl().select(DRAFT_VERSION.SNAPSHOT)
                    .from(DRAFT_VERSION).where(DRAFT_VERSION.DRAFT_ID.eq(draftId)).and(DRAFT_VERSION.NUMBER.eq(number))
                    .fetchOne(DRAFT_VERSION.SNAPSHOT))).map(JooqVersionStore::gunzip);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream z = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return z.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("版本数据已损坏：" + e.getMessage(), e);
        }
    }
}
