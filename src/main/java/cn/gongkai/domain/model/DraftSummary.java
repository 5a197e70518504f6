package cn.gongkai.domain.model;

import java.time.Instant;

/** One line of the draft list: what the officer needs to pick a draft. */
public record DraftSummary(long id, int budgetYear, String unitName, DraftStatus status, Instant updatedAt) {
}
