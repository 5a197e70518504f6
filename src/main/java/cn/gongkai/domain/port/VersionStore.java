package cn.gongkai.domain.port;

import cn.gongkai.domain.versions.DraftVersion;
import cn.gongkai.domain.versions.VersionSource;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the versions of drafts are kept, beside the drafts. A version's snapshot is bytes the service makes (the
 * draft's exchange file); the store keeps them compactly. Each method is one transaction, durable when it returns.
 */
public interface VersionStore {
    /** Keeps a new version of draft {@code draftId}, numbered after its last; refused for a draft that is not there. */
    DraftVersion keep(long draftId, Instant at, VersionSource source, String note, byte[] snapshot);

    /** The draft's versions, oldest first. */
    List<DraftVersion> versions(long draftId);

    /** A version's snapshot, as kept. */
    Optional<byte[]> snapshot(long draftId, int number);
}
