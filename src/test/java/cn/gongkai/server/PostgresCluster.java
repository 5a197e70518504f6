package cn.gongkai.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A private PostgreSQL cluster for the tests: Debian's {@code postgresql} binaries, a new cluster in a temporary
 * folder, listening on a free loopback port only, with SCRAM passwords as a county's server has them. PostgreSQL
 * refuses to run as root, and CI runs as root: there the cluster belongs to the {@code postgres} user the package
 * creates. One cluster serves the whole test run ({@link #shared()}); each test takes a new database in it.
 */
public final class PostgresCluster implements AutoCloseable {
    /** The cluster's superuser and the bureau's login the tests use; passwords only for these private clusters. */
    public static final String SUPERUSER = "postgres";
    public static final String SUPER_PASSWORD = "super-secret-1";
    public static final String BUREAU = "bureau";
    public static final String BUREAU_PASSWORD = "bureau-pass-1";

    private static PostgresCluster shared;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dir;
    private final int port;
    private final boolean asPostgresUser;
    private final boolean tls;

    private PostgresCluster(Path bin, Path dir, int port, boolean asPostgresUser, boolean tls) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
        this.tls = tls;
    }

    /** The run's cluster (offering TLS, as a bureau's server should), started on first use, stopped at the end. */
    public static synchronized PostgresCluster shared() {
        if (shared == null) {
            shared = start(true);
            PostgresCluster c = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(c::close));
        }
        return shared;
    }

    /** A cluster of its own, without TLS (for a test that stops and starts the server). */
    public static PostgresCluster start() {
        return start(false);
    }

    private static PostgresCluster start(boolean tls) {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("gongkai-pg");
            Path data = dir.resolve("data");
            Path pw = dir.resolve("pw");
            Files.writeString(pw, SUPER_PASSWORD + "\n");
            if (tls) { // a self-signed certificate: the driver's sslmode=prefer encrypts without checking it
                run(List.of("openssl", "req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
                        "-keyout", dir.resolve("server.key").toString(), "-out", dir.resolve("server.crt").toString()),
                        false);
                run(List.of("chmod", "600", dir.resolve("server.key").toString()), false);
            }
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
            }
            PostgresCluster c = new PostgresCluster(bin, dir, freePort(), root, tls);
            c.tool(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER, "-E", "UTF8",
                    "--locale=C", "--auth=scram-sha-256", "--pwfile=" + pw, "-N"));
            Files.deleteIfExists(pw);
            c.startServer();
            c.superSql("CREATE ROLE " + BUREAU + " LOGIN CREATEROLE PASSWORD '" + BUREAU_PASSWORD + "'");
            return c;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL test cluster: " + e.getMessage(), e);
        }
    }

    /** Starts the server (again, after {@link #stopServer}) on the same port. */
    public void startServer() {
        Path data = dir.resolve("data");
        tool(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c max_connections=200" + (tls ? " -c ssl=on -c ssl_cert_file=" + dir.resolve("server.crt")
                        + " -c ssl_key_file=" + dir.resolve("server.key") : ""), "start"));
    }

    /** Stops the server at once (connections are cut, as when the bureau's server restarts). */
    public void stopServer() {
        tool(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w",
                "stop"));
    }

    public int port() {
        return port;
    }

    /** The server's (self-signed) certificate, to verify it against; only on a cluster offering TLS. */
    public Path certificate() {
        return dir.resolve("server.crt");
    }

    /** A new, empty database owned by the bureau's login. */
    public String newDatabase() {
        String name = "county" + DATABASES.incrementAndGet();
        superSql("CREATE DATABASE " + name + " OWNER " + BUREAU);
        return name;
    }

    /** The address as an officer types it, with the login and without a password. */
    public String url(String login, String database) {
        return "postgresql://" + login + "@127.0.0.1:" + port + "/" + database;
    }

    /** A plain JDBC connection as {@code login}: what psql would be, for checking what a role can see. */
    public Connection connect(String database, String login, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, login, password);
    }

    public void superSql(String sql) {
        try (Connection c = connect("postgres", SUPERUSER, SUPER_PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            stopServer();
        } catch (RuntimeException ignored) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder
        }
    }

    private void tool(List<String> command) {
        run(command, asPostgresUser);
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n"
                        + new String(out, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", full) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Debian's binaries (/usr/lib/postgresql/N/bin, the newest N); .ci/run installs the package. */
    private static Path binaries() {
        Path lib = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(lib)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + lib));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not installed (Debian package postgresql; .ci/run installs it)",
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
