package cn.gongkai.domain.versions;

import java.time.Instant;
import java.util.Objects;

/** A kept version of a draft, as listed: its number (1, 2, … per draft), when, why, and the officer's note. */
public record DraftVersion(long draftId, int number, Instant at, VersionSource source, String note) {
    public DraftVersion {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        note = Objects.requireNonNullElse(note, "").strip();
        if (number < 1) {
            throw new IllegalArgumentException("a version's number starts at 1: " + number);
        }
    }
}
