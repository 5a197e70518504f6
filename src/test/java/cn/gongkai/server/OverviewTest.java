package cn.gongkai.server;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Severity;
import cn.gongkai.service.CountyService;
import cn.gongkai.service.EditSession;
import cn.gongkai.service.Services;
import cn.gongkai.service.StoreLocation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bureau's overview: a line per unit with its latest draft's 错误 and 警告 as {@code validate} counts them and
 * the days left to publish; what was found is kept per draft version, so a draft is checked again only when it
 * changed, and the one finding that depends on the day (the 20 days to publish) follows the day without a check.
 */
class OverviewTest {
    @Test
    void eachUnitsLatestDraftCheckedOncePerVersion() throws SQLException {
        County county = County.prepared();
        county.addUnit("912");
        county.addUnit("914");
        StoreLocation.Server unit = new StoreLocation.Server(county.unit("912"), County.password("912"));
        StoreLocation.Server bureau = new StoreLocation.Server(county.bureau(), PostgresCluster.BUREAU_PASSWORD);
        long id;
        try (Services s = new Composition().open(unit)) {
            id = s.drafts().importFile(TestData.seed("jiuzhou-town-2019.txt")).id();
            EditSession e = s.drafts().open(id);
            LocalDate approved = LocalDate.now().minusDays(5);
            e.apply("批复日期", d -> d.withHeader(d.header().withDates(approved, d.header().assetsAsOf())))
                    .ifPresent(e::save);
        }
        LocalDate today = LocalDate.now();
        List<CountyService.Line> first;
        long errors;
        try (Services b = new Composition().open(bureau)) {
            first = b.county().orElseThrow().overview(today);
            errors = b.drafts().validate(id).stream().filter(p -> p.severity() == Severity.ERROR).count();
            long warnings = b.drafts().validate(id).stream().filter(p -> p.severity() == Severity.WARNING).count();
            assertEquals(2, first.size());
            CountyService.Line l = first.get(0);
            assertEquals("912", l.code());
            assertEquals(errors, l.errors());
            assertEquals(warnings, l.warnings());
            assertEquals(15, l.daysLeft().getAsLong(), "20 days from approval, 5 gone");
            assertEquals(first, b.county().orElseThrow().overview(today), "the same, from what was kept");
        }
        assertEquals(1, kept(county), "one draft checked, kept with its version");

        try (Services s = new Composition().open(unit)) {
            EditSession e = s.drafts().open(id);
            e.apply("金额", d -> d.withFigures(d.figures().with(FigureKey.INCOME_OTHER, new BigDecimal("999"))))
                    .ifPresent(e::save); // the totals no longer add up
            CountyService.Line own = s.county().orElseThrow().overview(today).get(0);
            assertEquals("912", own.code(), "a unit's overview: its own line, checked, nothing kept");
        }
        assertEquals(1, kept(county));
        try (Services b = new Composition().open(bureau)) {
            CountyService.Line after = b.county().orElseThrow().overview(today).get(0);
            assertTrue(after.errors() > errors, "checked again after the change: " + after);
            CountyService.Line late = b.county().orElseThrow().overview(today.plusDays(16)).get(0);
            assertEquals(-1, late.daysLeft().getAsLong());
            assertEquals(after.warnings() + 1, late.warnings(), "past the 20 days: the day's own 警告, unchecked");
            assertEquals(after.errors(), late.errors());
        }
    }

    private static int kept(County county) throws SQLException {
        try (Connection c = county.cluster().connect(county.database(), PostgresCluster.BUREAU,
                PostgresCluster.BUREAU_PASSWORD); ResultSet r = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM draft_check")) {
            r.next();
            return r.getInt(1);
        }
    }
}
