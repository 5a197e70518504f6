package cn.gongkai.persistence;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.port.BackupArchive;
import cn.gongkai.domain.port.County;
import cn.gongkai.domain.port.ServerAddress;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The county's shared PostgreSQL server opened under one login: the same stores as a data folder's, with what the
 * login may see decided by the database. Backups are the server's own (pg_dump), not the editor's.
 */
public final class CountyServer extends Storage implements County {
    private final ServerDatabase database;

    private CountyServer(ServerDatabase database) {
        super(database, new JooqDraftStore(database, () -> {
            throw noBackups();
        }));
        this.database = database;
    }

    /** Opens the server's database under {@code address.login()}; it must have been prepared by {@code server init}. */
    public static CountyServer open(ServerAddress address, String password) {
        return new CountyServer(ServerDatabase.open(address, password));
    }

    @Override
    public BackupArchive backups() {
        return new BackupArchive() {
            @Override
            public List<cn.gongkai.domain.port.Backup> list() {
                return List.of();
            }

            @Override
            public Optional<cn.gongkai.domain.port.Backup> find(String nameOrPath) {
                return Optional.empty();
            }

            @Override
            public List<DraftSummary> contents(cn.gongkai.domain.port.Backup backup) {
                return List.of();
            }

            @Override
            public cn.gongkai.domain.port.Backup take() {
                throw noBackups();
            }

            @Override
            public Optional<java.nio.file.Path> restore(cn.gongkai.domain.port.Backup backup) {
                throw noBackups();
            }
        };
    }

    private static BadInputException noBackups() {
        return new BadInputException("县级服务器上的草稿由服务器备份（县财政局用 pg_dump 备份整个数据库，见说明书"
                + "“县级服务器”一节），编辑器不另做备份；要找回以前的内容，请用“版本”。");
    }

    @Override
    public String describe() {
        return database.address().toString();
    }

    /**
     * Every unit added on the server or holding drafts, with its latest draft in use and what the checks found in it
     * at its current version; one query. The bureau's login sees all; a unit's only itself.
     */
    @Override
    public List<UnitDraft> units() {
        String sql = """
                SELECT u.unit_code, d.id, d.budget_year, d.unit_name, d.status, d.updated_at, d.approval_date,
                       c.errors, c.warnings
                FROM (SELECT unit_code FROM %s
                      UNION SELECT unit_code FROM draft WHERE deleted_at IS NULL) u
                LEFT JOIN LATERAL (SELECT * FROM draft x WHERE x.unit_code = u.unit_code AND x.deleted_at IS NULL
                                   ORDER BY x.budget_year DESC, x.updated_at DESC, x.id DESC LIMIT 1) d ON TRUE
                LEFT JOIN draft_check c ON c.draft_id = d.id AND c.row_version = d.row_version
                ORDER BY u.unit_code""";
        synchronized (store) {
            return store.read(() -> {
                boolean bureau = database.dsl().fetchOne("SELECT has_table_privilege('county_unit', 'SELECT')")
                        .get(0, Boolean.class);
                // a unit's login may not read the list of units: it knows only its own code
                String units = bureau ? "county_unit" : "(SELECT gongkai_unit() AS unit_code) own WHERE unit_code IS NOT NULL";
                return database.dsl().fetch(sql.formatted(units)).map(r -> new UnitDraft(r.get(0, String.class),
                        r.get(1) == null ? Optional.empty() : Optional.of(new DraftSummary(r.get(1, Long.class),
                                r.get(2, Integer.class), r.get(3, String.class),
                                DraftStatus.valueOf(r.get(4, String.class)),
                                r.get(5, OffsetDateTime.class).toInstant(), r.get(6, LocalDate.class))),
                        r.get(7) == null ? Optional.empty() : Optional.of(new Checked(r.get(7, Integer.class),
                                r.get(8, Integer.class)))));
            });
        }
    }

    /**
     * Keeps what the bureau's overview found. A unit's login may not write it (the database refuses: a unit could
     * otherwise hide its errors from the bureau), so under a unit's login nothing is kept.
     */
    @Override
    public void checked(LocalDate day, java.util.Map<Long, Checked> found) {
        boolean allowed = store.read(() -> database.dsl().fetchOne(
                "SELECT has_table_privilege('draft_check', 'INSERT')").get(0, Boolean.class));
        if (allowed) {
            store.checked(day, found);
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
