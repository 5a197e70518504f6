package cn.gongkai.domain.port;

import cn.gongkai.domain.model.BadInputException;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county's shared PostgreSQL server as an officer or the bureau's IT person writes it:
 * {@code postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE}, optionally with {@code ?sslmode=verify-full&sslrootcert=
 * 局里的证书.crt} as PostgreSQL's own tools take them. The password is never part of the address (nor of its
 * {@link #toString}); {@link #parse} hands it back separately when the URL carried one.
 */
public record ServerAddress(String host, int port, String database, String login, Tls tls) {
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern URL = Pattern.compile(
            "(?i:postgres(?:ql)?)://(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[^\\]]+\\]|[^:/?]+)(?::(\\d{1,5}))?/([^?]+)(?:\\?(.*))?");

    /**
     * How the connection is encrypted: {@code prefer} (the default: TLS whenever the server offers it),
     * {@code require}, or {@code verify-ca} / {@code verify-full} against the bureau's certificate {@code rootCert}.
     */
    public record Tls(String mode, String rootCert) {
        private static final java.util.Set<String> MODES = java.util.Set.of("disable", "allow", "prefer", "require",
                "verify-ca", "verify-full");
        public static final Tls PREFER = new Tls("prefer", "");

        public Tls {
            if (!MODES.contains(mode)) {
                throw new BadInputException("sslmode=" + mode + " 不对：应当是 prefer、require、verify-ca 或 verify-full");
            }
        }

        /** As written after the address ("" for the default). */
        String query() {
            return mode.equals("prefer") && rootCert.isEmpty() ? ""
                    : "?sslmode=" + mode + (rootCert.isEmpty() ? "" : "&sslrootcert=" + rootCert);
        }
    }

    /** With TLS whenever the server offers it. */
    public ServerAddress(String host, int port, String database, String login) {
        this(host, port, database, login, Tls.PREFER);
    }
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.$-]{1,63}");

    public ServerAddress {
        if (host.isBlank()) {
            throw new BadInputException("服务器地址缺少主机名");
        }
        if (port < 1 || port > 65535) {
            throw new BadInputException("服务器端口 " + port + " 不对：应当是 1–65535");
        }
        if (!NAME.matcher(database).matches()) {
            throw new BadInputException("服务器上的数据库名“" + database + "”不对：应当是字母、数字或下划线");
        }
        if (!NAME.matcher(login).matches()) {
            throw new BadInputException(login.isEmpty() ? "服务器地址缺少登录名（postgresql://登录名@主机:端口/数据库）"
                    : "登录名“" + login + "”不对：应当是字母、数字或下划线");
        }
    }

    /** An address and the password the URL carried, if it did. */
    public record Parsed(ServerAddress address, Optional<String> password) {
    }

    /** Reads {@code postgresql://LOGIN[:PASSWORD]@HOST[:PORT]/DATABASE}; a message naming what is wrong otherwise. */
    public static Parsed parse(String url) {
        Matcher m = URL.matcher(url.strip());
        if (!m.matches()) {
            throw new BadInputException("服务器地址“" + withoutPassword(url) + "”看不懂：应当写成 "
                    + "postgresql://登录名:密码@主机:端口/数据库，例如 postgresql://u912@192.168.1.10:5432/gongkai");
        }
        String host = m.group(3).startsWith("[") ? m.group(3).substring(1, m.group(3).length() - 1) : m.group(3);
        int port = m.group(4) == null ? DEFAULT_PORT : Integer.parseInt(m.group(4));
        String login = m.group(1) == null ? "" : decode(m.group(1));
        Optional<String> password = Optional.ofNullable(m.group(2)).map(ServerAddress::decode);
        return new Parsed(new ServerAddress(host, port, decode(m.group(5)), login, tls(m.group(6))), password);
    }

    /** sslmode and sslrootcert of the URL's query; other parameters are PostgreSQL's business, not ours. */
    private static Tls tls(String query) {
        String mode = "prefer";
        String root = "";
        for (String pair : query == null ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (key.equals("sslmode")) {
                mode = value;
            } else if (key.equals("sslrootcert")) {
                root = value;
            }
        }
        return new Tls(mode, root);
    }

    /** The same server and database under another login. */
    public ServerAddress as(String otherLogin) {
        return new ServerAddress(host, port, database, otherLogin, tls);
    }

    /** The JDBC address (no login, no password: those go as connection properties). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** As written for people, without a password: {@code postgresql://u912@host:5432/gongkai}. */
    @Override
    public String toString() {
        return "postgresql://" + login + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + database + tls.query();
    }

    /** A URL as typed, with any password in it replaced by ***, for messages. */
    public static String withoutPassword(String url) {
        return url.replaceAll("(://[^:@/]*):[^@/]*@", "$1:***@");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
