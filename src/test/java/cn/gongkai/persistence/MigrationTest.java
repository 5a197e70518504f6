package cn.gongkai.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationTest {
    @TempDir
    Path dir;

    @Test
    void schemaVersionConstantMatchesTheNewestScript() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(newest, Database.SCHEMA_VERSION, "raise Database.SCHEMA_VERSION with every new migration");
    }

    @Test
    void anEmptyFolderGetsTheWholeSchema() {
        Path folder = dir.resolve("新文件夹");
        try (H2Database db = H2Database.open(folder)) {
            assertTrue(db.created());
            assertTrue(Files.exists(H2Database.databaseFile(folder)));
            Object version = db.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"");
            assertEquals(Database.SCHEMA_VERSION, ((Number) version).intValue());
            Object tables = db.dsl().fetchValue("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history'");
            assertEquals(22, ((Number) tables).intValue()); // V4: import_report_line, V6: draft_version, V7: review_mark, V8: target_form, target_indicator, own_indicator, V9: draft_check
            assertTrue(JooqDraftStore.onFolder(db).list().isEmpty());
        }
        try (H2Database db = H2Database.open(folder)) {
            assertFalse(db.created(), "the second open finds the database made by the first");
        }
    }
}
