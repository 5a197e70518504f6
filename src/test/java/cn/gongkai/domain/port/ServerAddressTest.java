package cn.gongkai.domain.port;

import cn.gongkai.domain.model.BadInputException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The county server's address as people write it, and a password never shown. */
class ServerAddressTest {
    @Test
    void theWaysAnAddressIsWritten() {
        ServerAddress.Parsed p = ServerAddress.parse("postgresql://u912:s3cret@192.168.1.10:5433/gongkai");
        assertEquals(new ServerAddress("192.168.1.10", 5433, "gongkai", "u912"), p.address());
        assertEquals(Optional.of("s3cret"), p.password());
        assertEquals("jdbc:postgresql://192.168.1.10:5433/gongkai", p.address().jdbcUrl());

        ServerAddress plain = ServerAddress.parse("  postgres://bureau@county-fin/gongkai?sslmode=require ").address();
        assertEquals(new ServerAddress("county-fin", 5432, "gongkai", "bureau", new ServerAddress.Tls("require", "")),
                plain, "default port");
        assertEquals(Optional.empty(), ServerAddress.parse("postgresql://u914@h/db").password());
        assertEquals(Optional.of("p@ss:w/rd"), ServerAddress.parse("postgresql://u912:p%40ss%3Aw%2Frd@h/db").password(),
                "a password with @ : / written percent-encoded");
        ServerAddress v6 = ServerAddress.parse("postgresql://u912@[fe80::1]:5432/gongkai").address();
        assertEquals("fe80::1", v6.host());
        assertEquals("jdbc:postgresql://[fe80::1]:5432/gongkai", v6.jdbcUrl());
        assertEquals("u914", plain.as("u914").login());
        assertEquals(new ServerAddress.Tls("require", ""), plain.tls(), "sslmode as PostgreSQL's tools take it");
        ServerAddress checked = ServerAddress.parse("postgresql://u912@h/g?sslmode=verify-full&sslrootcert=%2Fetc%2Fca.crt")
                .address();
        assertEquals(new ServerAddress.Tls("verify-full", "/etc/ca.crt"), checked.tls());
        assertEquals("postgresql://u912@h:5432/g?sslmode=verify-full&sslrootcert=/etc/ca.crt", checked.toString());
        assertEquals(ServerAddress.Tls.PREFER, ServerAddress.parse("postgresql://u912@h/g").address().tls());
        assertTrue(assertThrows(BadInputException.class, () -> ServerAddress.parse("postgresql://u1@h/g?sslmode=yes"))
                .getMessage().contains("sslmode=yes"));
    }

    @Test
    void aPasswordIsNeverPartOfTheAddressOrAMessage() {
        ServerAddress.Parsed p = ServerAddress.parse("postgresql://u912:s3cret@host:5432/gongkai");
        assertEquals("postgresql://u912@host:5432/gongkai", p.address().toString());
        assertFalse(p.address().jdbcUrl().contains("s3cret"));
        BadInputException e = assertThrows(BadInputException.class,
                () -> ServerAddress.parse("postgresql://u912:s3cret@host:5432"));
        assertTrue(e.getMessage().contains("看不懂") && !e.getMessage().contains("s3cret"), e.getMessage());
        assertEquals("postgresql://u912:***@host/x", ServerAddress.withoutPassword("postgresql://u912:s3cret@host/x"));
    }

    @Test
    void whatIsMissingOrWrongIsSaid() {
        assertTrue(assertThrows(BadInputException.class, () -> ServerAddress.parse("postgresql://host/gongkai"))
                .getMessage().contains("缺少登录名"));
        assertTrue(assertThrows(BadInputException.class, () -> ServerAddress.parse("postgresql://u1@host:70000/g"))
                .getMessage().contains("端口 70000"));
        assertTrue(assertThrows(BadInputException.class, () -> ServerAddress.parse("mysql://u1@host/g"))
                .getMessage().contains("postgresql://登录名:密码@主机:端口/数据库"));
        assertTrue(assertThrows(BadInputException.class, () -> ServerAddress.parse("postgresql://u1@host/g;drop"))
                .getMessage().contains("数据库名"));
    }
}
