package cn.gongkai.service;

import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.port.County;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/**
 * The county finance bureau's view of its server: every unit, its latest draft, what the checks find in it and the
 * days left to publish. Under a unit's login it shows that unit only (the database decides).
 */
public final class CountyService {
    /** One unit's line of {@code server overview}. */
    public record Line(String code, String unitName, int year, String status, long errors, long warnings,
                       OptionalLong daysLeft) {
        /** 编码⇥单位⇥年度⇥状态⇥错误数⇥警告数⇥距公开期限天数; a unit without a draft has only its code and 无草稿. */
        public String toTsv() {
            return String.join("\t", code, unitName, year == 0 ? "" : String.valueOf(year), status,
                    year == 0 ? "" : String.valueOf(errors), year == 0 ? "" : String.valueOf(warnings),
                    daysLeft.isPresent() ? String.valueOf(daysLeft.getAsLong()) : "");
        }
    }

    private final County county;
    private final DraftService drafts;

    public CountyService(County county, DraftService drafts) {
        this.county = county;
        this.drafts = drafts;
    }

    /** One line per unit, by code, checked as of {@code today}. */
    public List<Line> overview(LocalDate today) {
        return county.units().stream().map(u -> u.latest().map(d -> line(u.unitCode(), d, today))
                .orElseGet(() -> new Line(u.unitCode(), "", 0, "无草稿", 0, 0, OptionalLong.empty()))).toList();
    }

    private Line line(String code, DraftSummary d, LocalDate today) {
        List<Problem> found = drafts.validate(d.id());
        return new Line(code, d.unitName(), d.budgetYear(), d.status().label(),
                found.stream().filter(p -> p.severity() == Severity.ERROR).count(),
                found.stream().filter(p -> p.severity() == Severity.WARNING).count(),
                d.daysLeft(today));
    }
}
