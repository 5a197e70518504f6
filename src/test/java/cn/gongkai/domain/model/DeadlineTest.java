package cn.gongkai.domain.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 20 days to publish after approval, as the draft list shows and sorts them. */
class DeadlineTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static DraftSummary draft(long id, DraftStatus status, LocalDate approved) {
        return new DraftSummary(id, 2026, "单位" + id, status, Instant.EPOCH, approved);
    }

    @Test
    void daysLeftOverdueAndNone() {
        assertEquals("还剩 5 天", draft(1, DraftStatus.DRAFT, LocalDate.of(2026, 2, 23)).deadline(TODAY));
        assertEquals("今天截止", draft(1, DraftStatus.DRAFT, LocalDate.of(2026, 2, 18)).deadline(TODAY));
        assertEquals("已超过 3 天", draft(1, DraftStatus.DRAFT, LocalDate.of(2026, 2, 15)).deadline(TODAY));
        assertEquals("", draft(1, DraftStatus.FINAL, LocalDate.of(2026, 2, 23)).deadline(TODAY), "定稿: done");
        assertEquals("", draft(1, DraftStatus.DRAFT, null).deadline(TODAY), "no approval date");
    }

    @Test
    void theNearestDeadlineFirstTheRestAsTheyCame() {
        DraftSummary none = draft(1, DraftStatus.DRAFT, null);
        DraftSummary far = draft(2, DraftStatus.DRAFT, LocalDate.of(2026, 3, 8));
        DraftSummary overdue = draft(3, DraftStatus.DRAFT, LocalDate.of(2025, 2, 10));
        DraftSummary near = draft(4, DraftStatus.DRAFT, LocalDate.of(2026, 2, 20));
        DraftSummary done = draft(5, DraftStatus.FINAL, LocalDate.of(2026, 3, 1));
        assertEquals(List.of(near, far, none, overdue, done),
                DraftSummary.byDeadline(List.of(none, far, overdue, near, done), TODAY));
    }
}
