package cn.gongkai.persistence;

import cn.gongkai.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockAndDamageTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        try (H2Database db = H2Database.open(dir)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> H2Database.open(dir));
            assertTrue(e.getMessage().contains("正被另一个 Gongkai 程序使用"), e.getMessage());
        }
        H2Database.open(dir).close(); // released on close
    }

    @Test
    void aSecondProcessGetsAClearMessageAndExitCode2() throws Exception {
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore.onFolder(db).insert(TestData.sample());
            byte[] before = Files.readAllBytes(H2Database.databaseFile(dir));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "cn.gongkai.app.Launcher", "--data", dir.toString(),
                    "list").redirectErrorStream(true).start();
            String out;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                out = String.join("\n", r.lines().toList());
            }
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(2, p.exitValue(), out);
            assertTrue(out.contains("正被另一个 Gongkai 程序使用"), out);
            assertFalse(out.contains("Exception"), "no stack trace without --verbose: " + out);
            assertArrayEquals(before, Files.readAllBytes(H2Database.databaseFile(dir)));
        }
    }

    @Test
    void aDamagedFileIsReportedWithItsBackupsAndNotTouched() throws Exception {
        try (H2Database db = H2Database.open(dir)) {
            JooqDraftStore store = JooqDraftStore.onFolder(db);
            store.insert(TestData.sample());
            store.backup();
        }
        Path file = H2Database.databaseFile(dir);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(0);
            raf.write(new byte[8192]); // the store header and the first chunk are gone
        }
        String before = sha256(file);
        StoreDamagedException e = assertThrows(StoreDamagedException.class, () -> H2Database.open(dir));
        assertTrue(e.getMessage().contains("已损坏"), e.getMessage());
        assertEquals(1, e.backups().size());
        assertTrue(e.getMessage().contains(e.backups().get(0).getFileName().toString()), e.getMessage());
        assertEquals(before, sha256(file), "nothing may write to a damaged file");
        H2Database.open(dir.resolve("other")).close(); // the lock of the damaged folder was released
        assertThrows(StoreDamagedException.class, () -> H2Database.open(dir));
    }

    static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
