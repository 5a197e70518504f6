package cn.gongkai.cli;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.service.StoreLocation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where --server's password comes from: the address, else PGPASSWORD, else asked (no terminal here: said). */
class ServerLoginTest {
    @Test
    void theAddressFirstThenPgpassword() {
        StoreLocation.Server s = ServerLogin.of("postgresql://u912:from-url@h/g", "from-env");
        assertEquals("from-url", s.password());
        assertEquals("from-env", ServerLogin.of("postgresql://u912@h/g", "from-env").password());
        assertEquals("postgresql://u912@h:5432/g", s.toString(), "the location prints without its password");
    }

    @Test
    void noPasswordAndNoTerminalIsSaid() {
        BadInputException e = assertThrows(BadInputException.class, () -> ServerLogin.of("postgresql://u912@h/g", ""));
        assertTrue(e.getMessage().contains("PGPASSWORD") && e.getMessage().contains("u912"), e.getMessage());
    }
}
