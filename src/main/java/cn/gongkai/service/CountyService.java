package cn.gongkai.service;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.GongkaiException;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.domain.port.County;
import cn.gongkai.domain.rules.DatesRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The county finance bureau's view of its server: every unit, its latest draft, what the checks find in it and the
 * days left to publish. A draft is checked once per version: what was found is kept on the server, apart from the
 * one finding that depends on the day (the 20 days to publish, {@link DatesRule}), which is worked out from the
 * draft's dates each time. The drafts to check are read one after another and checked on every core meanwhile.
 * Under a unit's login it shows that unit only (the database decides).
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

    /** One line per unit, by code; the days to publish and the 20-day finding as of {@code today}. */
    public List<Line> overview(LocalDate today) {
        ExecutorService cores = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        Map<Long, County.Checked> found = new ConcurrentHashMap<>();
        try {
            List<CompletableFuture<Line>> lines = new ArrayList<>();
            for (County.UnitDraft u : county.units()) {
                if (u.latest().isEmpty()) {
                    lines.add(CompletableFuture.completedFuture(new Line(u.unitCode(), "", 0, "无草稿", 0, 0,
                            OptionalLong.empty())));
                } else if (u.checked().isPresent()) {
                    lines.add(CompletableFuture.completedFuture(line(u.unitCode(), u.latest().get(),
                            u.checked().get(), today)));
                } else {
                    DraftSummary d = u.latest().get();
                    Draft draft = drafts.load(d.id()); // read here, checked on another core meanwhile
                    lines.add(CompletableFuture.supplyAsync(() -> {
                        County.Checked c = counts(drafts.validate(draft).stream()
                                .filter(p -> !p.rule().equals(DatesRule.ID)).toList());
                        found.put(d.id(), c);
                        return line(u.unitCode(), d, c, today);
                    }, cores));
                }
            }
            List<Line> out = lines.stream().map(CountyService::join).toList();
            if (!found.isEmpty()) {
                county.checked(today, found); // the next overview checks only the drafts changed until then
            }
            return out;
        } finally {
            cores.shutdown();
        }
    }

    private static Line join(CompletableFuture<Line> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof GongkaiException g ? g : e;
        }
    }

    private static County.Checked counts(List<Problem> found) {
        return new County.Checked((int) found.stream().filter(p -> p.severity() == Severity.ERROR).count(),
                (int) found.stream().filter(p -> p.severity() == Severity.WARNING).count());
    }

    /** The line, with the day's own finding added to what was found apart from it. */
    private static Line line(String code, DraftSummary d, County.Checked found, LocalDate today) {
        int dated = DatesRule.warns(d.approvalDate(), d.status(), today) ? 1 : 0;
        return new Line(code, d.unitName(), d.budgetYear(), d.status().label(), found.errors(),
                found.warnings() + dated, d.daysLeft(today));
    }
}
