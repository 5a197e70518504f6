package cn.gongkai.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * 已核对: a finding or a changed item the officer (or the colleague who reviews) has looked at, with a note. The item
 * is the thing as listed — a finding's line (级别、位置、说明) or a change's (位置、原、新) — so a mark stays on that
 * thing only while it reads the same; a finding that changes is to be looked at again.
 */
public record ReviewMark(String item, String note, Instant at) {
    public ReviewMark {
        item = Objects.requireNonNull(item, "item").strip();
        note = Objects.requireNonNullElse(note, "").strip();
        Objects.requireNonNull(at, "at");
        if (item.isEmpty()) {
            throw new IllegalArgumentException("a mark names what it marks");
        }
    }
}
