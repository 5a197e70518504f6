package cn.gongkai.domain.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because someone else saved the draft after this copy of it was read (two people on one draft on
 * the county's server). Nothing of the other's save was overwritten; the refused version is still the caller's.
 */
public class DraftConflictException extends GongkaiException {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final long draftId;
    private final String savedBy;
    private final Instant savedAt;

    public DraftConflictException(long draftId, String savedBy, Instant savedAt) {
        super("草稿（编号 " + draftId + "）已由 " + (savedBy.isBlank() ? "另一位使用者" : savedBy) + " 于 "
                + WHEN.format(savedAt) + " 保存过；这次保存基于之前读到的版本，已被拒绝，以免覆盖对方的修改。"
                + "请重新打开草稿，在对方保存的内容上再修改。");
        this.draftId = draftId;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public long draftId() {
        return draftId;
    }

    /** The login that saved last. */
    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
