package cn.gongkai.server;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.persistence.CountyServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Isolation by the database, checked with plain SQL as each role (what psql would send): a unit's login sees,
 * changes and adds no row of another unit in any table of a draft, cannot move its own draft to another unit, and
 * cannot read the list of units; the bureau sees every row; the units' passwords are stored as SCRAM.
 */
class RowLevelSecurityTest {
    private County county;
    private long of912;
    private long of914;

    @BeforeEach
    void twoUnitsWithADraftEach() {
        county = County.prepared();
        county.addUnit("912");
        county.addUnit("914");
        try (CountyServer bureau = county.openAsBureau()) {
            Draft d = TestData.sample();
            of912 = bureau.store().insert(d.withHeader(d.header().withUnit("九州镇", "912")));
            of914 = bureau.store().insert(d.withHeader(d.header().withUnit("万庄镇", "914")));
        }
    }

    private Connection as(String login, String password) throws SQLException {
        return county.cluster().connect(county.database(), login, password);
    }

    private List<String> draftTables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = as(PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD);
             ResultSet r = c.createStatement().executeQuery("SELECT table_name FROM information_schema.columns"
                     + " WHERE table_schema = 'public' AND column_name = 'draft_id' ORDER BY table_name")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void aUnitSeesAndChangesNothingOfAnotherInAnyTable() throws SQLException {
        List<String> tables = draftTables();
        assertEquals(cn.gongkai.persistence.generated.DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .filter(t -> t.field("DRAFT_ID") != null).map(t -> t.getName().toLowerCase()).sorted().toList(),
                tables, "every part of a draft, as the migrations made them");
        try (Connection c = as("u914", County.password("914")); Statement s = c.createStatement()) {
            assertEquals(List.of(of914), ids(s, "SELECT id FROM draft"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM draft WHERE id = " + of912));
            assertEquals(0, s.executeUpdate("UPDATE draft SET unit_name = 'x' WHERE id = " + of912));
            assertEquals(0, s.executeUpdate("DELETE FROM draft WHERE id = " + of912));
            int seen = 0;
            for (String t : tables) {
                assertEquals(0, count(s, "SELECT COUNT(*) FROM " + t + " WHERE draft_id = " + of912), t);
                if (!t.equals("draft_check")) { // not writable by a unit at all (below)
                    assertEquals(0, s.executeUpdate("DELETE FROM " + t + " WHERE draft_id = " + of912), t);
                }
                seen += count(s, "SELECT COUNT(*) FROM " + t);
            }
            assertTrue(seen > 50, "its own rows are there to see");
            assertEquals("914", one(s, "SELECT gongkai_unit()"));
        }
        try (Connection c = as("u914", County.password("914"))) {
            refused(c, "INSERT INTO draft_figure (draft_id, figure_key, amount) VALUES (" + of912 + ", 'INCOME_TOTAL', 1)");
            refused(c, "UPDATE draft SET unit_code = '912' WHERE id = " + of914);
            refused(c, "INSERT INTO draft (unit_name, unit_code, budget_year, finance_level, status, money_unit,"
                    + " show_staffing, performance_unit, created_at, updated_at, template_profile) VALUES ('x', '912',"
                    + " 2025, 'TOWNSHIP', 'DRAFT', 'WAN_YUAN', FALSE, 'WAN_YUAN', now(), now(), 'HEBEI_2021')");
            refused(c, "SELECT * FROM county_unit");
            refused(c, "CREATE TABLE mine (id INT)");
            refused(c, "ALTER TABLE draft DISABLE ROW LEVEL SECURITY");
            refused(c, "INSERT INTO draft_check (draft_id, row_version, checked_on, errors, warnings) VALUES ("
                    + of914 + ", 0, CURRENT_DATE, 0, 0)"); // its own draft: what the bureau found is the bureau's
        }
        try (Connection c = as("u912", County.password("912")); Statement s = c.createStatement()) {
            assertEquals(List.of(of912), ids(s, "SELECT id FROM draft"));
        }
        try (Connection c = as(PostgresCluster.BUREAU, PostgresCluster.BUREAU_PASSWORD); Statement s = c.createStatement()) {
            assertEquals(List.of(of912, of914), ids(s, "SELECT id FROM draft ORDER BY id"));
            assertEquals(count(s, "SELECT COUNT(*) FROM perf_node WHERE draft_id = " + of914),
                    count(s, "SELECT COUNT(*) FROM perf_node WHERE draft_id = " + of912), "nothing of 912 was deleted");
        }
    }

    @Test
    void aUnitsDraftWithoutACodeTakesTheLogins() {
        try (CountyServer unit = county.openAs("914")) {
            Draft d = TestData.sample();
            long id = unit.store().insert(d.withHeader(d.header().withUnit("万庄镇", "")));
            assertEquals("914", unit.store().load(id).orElseThrow().header().unitCode());
        }
    }

    @Test
    void passwordsAreKeptAsScramAndANewOneReplacesTheOld() throws SQLException {
        try (Connection c = county.cluster().connect("postgres", PostgresCluster.SUPERUSER, PostgresCluster.SUPER_PASSWORD);
             Statement s = c.createStatement()) {
            String stored = one(s, "SELECT rolpassword FROM pg_authid WHERE rolname = 'u912'");
            assertTrue(stored.startsWith("SCRAM-SHA-256$4096:"), stored);
            assertFalse(stored.contains(County.password("912")));
        }
        cn.gongkai.persistence.CountyAdmin.addUnit(county.bureau(), PostgresCluster.BUREAU_PASSWORD, "912",
                "a-new-password".toCharArray());
        assertThrows(SQLException.class, () -> as("u912", County.password("912")).close());
        as("u912", "a-new-password").close();
    }

    /** The shared test cluster offers TLS: the program's connection takes it (sslmode=prefer). */
    @Test
    void theConnectionIsEncryptedWhenTheServerOffersIt() throws SQLException {
        try (CountyServer unit = county.openAs("912");
             Connection c = county.cluster().connect("postgres", PostgresCluster.SUPERUSER, PostgresCluster.SUPER_PASSWORD);
             Statement s = c.createStatement()) {
            unit.store().list();
            assertEquals("true", one(s, "SELECT bool_and(s.ssl)::text FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)"
                    + " WHERE a.application_name = 'Gongkai' AND a.usename = 'u912'"));
        }
    }

    /** sslmode and sslrootcert of the address: the bureau's certificate checked, a wrong host name refused. */
    @Test
    void theServersCertificateIsCheckedWhenTheAddressAsks() {
        String cert = county.cluster().certificate().toString();
        String base = "postgresql://u912:" + County.password("912") + "@127.0.0.1:" + county.cluster().port() + "/"
                + county.database();
        try (CountyServer checked = CountyServer.open(cn.gongkai.domain.port.ServerAddress.parse(base
                + "?sslmode=verify-ca&sslrootcert=" + cert).address(), County.password("912"))) {
            assertEquals(1, checked.store().list().size(), "the certificate is the one trusted");
        }
        cn.gongkai.domain.model.GongkaiException e = assertThrows(cn.gongkai.domain.model.GongkaiException.class,
                () -> CountyServer.open(cn.gongkai.domain.port.ServerAddress.parse(base
                        + "?sslmode=verify-full&sslrootcert=" + cert).address(), County.password("912")).close());
        assertTrue(e.getMessage().contains("连不上县级服务器"), "issued to localhost, reached as 127.0.0.1: "
                + e.getMessage());
        assertFalse(e.getMessage().contains(County.password("912")));
    }

    private static void refused(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }, sql);
        assertTrue(e.getSQLState().equals("42501"), sql + ": " + e.getSQLState() + " " + e.getMessage());
    }

    private static List<Long> ids(Statement s, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getLong(1));
            }
        }
        return out;
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
