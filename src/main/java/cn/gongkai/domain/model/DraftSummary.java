package cn.gongkai.domain.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

/**
 * One line of the draft list: what the officer needs to pick a draft, and the day its budget was approved, from
 * which the 20 days to publish are counted (null: not filled in).
 */
public record DraftSummary(long id, int budgetYear, String unitName, DraftStatus status, Instant updatedAt,
                           LocalDate approvalDate) {
    /** The days a budget may wait for publication after approval (《地方预决算公开操作规程》). */
    public static final int DAYS_TO_PUBLISH = 20;

    public DraftSummary(long id, int budgetYear, String unitName, DraftStatus status, Instant updatedAt) {
        this(id, budgetYear, unitName, status, updatedAt, null);
    }

    /**
     * Days left to publish on {@code today} (negative: overdue by so many), for a draft not yet 定稿 whose approval
     * date is filled in; empty otherwise.
     */
    public OptionalLong daysLeft(LocalDate today) {
        if (approvalDate == null || status == DraftStatus.FINAL) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(today, approvalDate.plusDays(DAYS_TO_PUBLISH)));
    }

    /** As the list shows it: "还剩 5 天", "今天截止", "已超过 3 天", or "". */
    public String deadline(LocalDate today) {
        OptionalLong left = daysLeft(today);
        if (left.isEmpty()) {
            return "";
        }
        long n = left.getAsLong();
        return n > 0 ? "还剩 " + n + " 天" : n == 0 ? "今天截止" : "已超过 " + (-n) + " 天";
    }

    /**
     * The list's order: drafts still within their 20 days first, the nearest deadline first; then the rest as they
     * came (the most recently changed first).
     */
    public static List<DraftSummary> byDeadline(List<DraftSummary> list, LocalDate today) {
        Comparator<DraftSummary> pending = Comparator.comparingLong(d -> {
            OptionalLong left = d.daysLeft(today);
            return left.isPresent() && left.getAsLong() >= 0 ? left.getAsLong() : Long.MAX_VALUE;
        });
        return list.stream().sorted(pending).toList(); // stable: the rest keep their order
    }
}
