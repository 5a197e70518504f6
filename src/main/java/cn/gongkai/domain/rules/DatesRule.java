package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The budget must be published within 20 days of its approval: warn when the date is missing or passed. */
public final class DatesRule implements Rule {
    /** The rule's id: its finding is the only one that depends on the day it is checked. */
    public static final String ID = "approval-date";
    static final int PUBLISH_WITHIN_DAYS = 20;
    private final Clock clock;

    public DatesRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    /** True when this rule warns on {@code today} about a draft approved then (null: no date) in this status. */
    public static boolean warns(LocalDate approved, DraftStatus status, LocalDate today) {
        return approved == null
                || (status != DraftStatus.FINAL && ChronoUnit.DAYS.between(approved, today) > PUBLISH_WITHIN_DAYS);
    }

    @Override
    public List<Problem> check(Draft d) {
        Location at = Location.header(HeaderField.APPROVAL_DATE, "基本信息 › 预算批复日期");
        LocalDate approved = d.header().approvalDate();
        if (approved == null) {
            return List.of(Problems.warning(id(), at, "没有填写预算批复日期",
                    "部门预算应在批复后" + PUBLISH_WITHIN_DAYS + "日内公开；填写批复日期以便提醒期限"));
        }
        LocalDate today = LocalDate.now(clock);
        if (warns(approved, d.header().status(), today)) {
            long days = ChronoUnit.DAYS.between(approved, today);
            return List.of(Problems.warning(id(), at, "预算于" + approved + "批复，已过" + days + "天，超过"
                    + PUBLISH_WITHIN_DAYS + "日公开期限", "尽快定稿并公开"));
        }
        return List.of();
    }
}
