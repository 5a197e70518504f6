package cn.gongkai.persistence;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.port.CountyAdministration;
import cn.gongkai.domain.port.ServerAddress;
import cn.gongkai.persistence.generated.DefaultSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the county finance bureau does on its server, under its own login (the owner of the database, allowed to
 * create roles): prepare the database, and add a unit with its login.
 */
public final class CountyAdmin implements CountyAdministration {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");
    static final int MIN_PASSWORD = 8;
    private final ServerAddress address;
    private final String password;

    private CountyAdmin(ServerAddress address, String password) {
        this.address = address;
        this.password = password;
    }

    /** The bureau's administration of the server at {@code address}, under that login. */
    public static CountyAdministration of(ServerAddress address, String password) {
        return new CountyAdmin(address, password);
    }

    @Override
    public String init() {
        return init(address, password);
    }

    @Override
    public String addUnit(String code, char[] unitPassword) {
        return addUnit(address, password, code, unitPassword);
    }

    /**
     * Brings an empty database (or one an earlier release prepared) to this release's schema, with the units' rights
     * and row-level security; running it again changes nothing. A database holding other tables is refused untouched.
     */
    public static String init(ServerAddress address, String password) {
        try (Connection c = ServerDatabase.connect(address, password)) {
            List<String> foreign = foreignTables(c);
            if (!foreign.isEmpty()) {
                throw new BadInputException("数据库 " + address.database() + " 里已有不属于 Gongkai 的表（"
                        + foreign.stream().limit(5).collect(Collectors.joining("、")) + (foreign.size() > 5 ? "……" : "")
                        + "），没有做任何改动。请为 Gongkai 新建一个空数据库（createdb -O " + address.login() + " gongkai）。");
            }
        } catch (SQLException e) {
            throw ServerDatabase.refused(address, e);
        }
        MigrateResult r;
        try {
            r = Flyway.configure()
                    .dataSource(new ServerDataSource(address, password))
                    .locations(Database.MIGRATIONS, "classpath:db/postgresql")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new BadInputException("准备服务器数据库 " + address.database() + " 失败：" + firstLine(e)
                    + "（登录名 " + address.login() + " 须是该数据库的所有者，并可创建登录名：createuser --createrole）", e);
        }
        return r.migrationsExecuted == 0
                ? "服务器数据库 " + address.database() + " 已是最新（结构版本 " + Database.SCHEMA_VERSION + "），单位权限已重新设置"
                : "服务器数据库 " + address.database() + " 已准备好：结构版本 " + (r.initialSchemaVersion == null ? "无"
                : r.initialSchemaVersion) + " → " + r.targetSchemaVersion + "，单位只能看到并修改本单位的草稿";
    }

    /**
     * Adds unit {@code code} with the login {@code u}+code and this password (stored by PostgreSQL as SCRAM, sent
     * only as its SCRAM verifier), allowed only that unit's drafts. For a unit added before, sets the new password.
     */
    public static String addUnit(ServerAddress address, String password, String code, char[] unitPassword) {
        if (!CODE.matcher(code).matches()) {
            throw new BadInputException("单位编码“" + code + "”不对：应当是 1–40 位字母、数字或下划线，如 912");
        }
        if (unitPassword.length < MIN_PASSWORD) {
            throw new BadInputException("单位的密码太短：至少 " + MIN_PASSWORD + " 个字符");
        }
        String login = loginOf(code);
        try (Connection c = ServerDatabase.connect(address, password)) {
            if (!exists(c, "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_name = ?", "county_unit")) {
                throw new BadInputException("服务器数据库 " + address.database() + " 还没有准备好：请先运行 server init");
            }
            boolean existed = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", login);
            try (Statement s = c.createStatement()) {
                if (!existed) {
                    s.execute("CREATE ROLE " + quote(login) + " LOGIN");
                }
                s.execute("GRANT gongkai_units TO " + quote(login));
            }
            c.unwrap(PGConnection.class).alterUserPassword(login, unitPassword, "scram-sha-256");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO county_unit (unit_code, login) VALUES (?, ?)"
                    + " ON CONFLICT (unit_code) DO UPDATE SET login = EXCLUDED.login")) {
                p.setString(1, code);
                p.setString(2, login);
                p.executeUpdate();
            }
            return existed ? "单位 " + code + " 的登录名 " + login + " 已存在，密码已更新"
                    : "已添加单位 " + code + "：登录名 " + login + "，只能看到并修改单位编码为 " + code + " 的草稿";
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new BadInputException("登录名 " + address.login() + " 无权创建单位的登录名：请用能创建登录名的"
                        + "管理登录（createuser --createrole）运行 server add-unit", e);
            }
            throw ServerDatabase.refused(address, e);
        }
    }

    /** The login of a unit: {@code u} and its code ({@code u912}). */
    public static String loginOf(String code) {
        return "u" + code.toLowerCase(Locale.ROOT);
    }

    /** Tables in the database's schema that are not Gongkai's. */
    private static List<String> foreignTables(Connection c) throws SQLException {
        Set<String> ours = DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .map(t -> t.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() ORDER BY table_name");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String t = r.getString(1);
                if (!ours.contains(t) && !t.equals("flyway_schema_history") && !t.equals("county_unit")) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage()).strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
