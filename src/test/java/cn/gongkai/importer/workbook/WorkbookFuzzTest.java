package cn.gongkai.importer.workbook;

import cn.gongkai.HostileFiles;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.service.Services;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Whatever a file is, the workbook reader gives tables or refuses it with a Chinese message: random bytes, real
 * workbooks truncated or with bytes flipped, a zip bomb, XML entity expansion, a huge sheet, cells of every wrong
 * type. No other exception, no hang (a bound per case), and a refused file writes nothing to the data folder.
 * (The long run is cn.gongkai.bench.FuzzAll; this is the suite's quick one.)
 */
class WorkbookFuzzTest {
    /** Far above any case's normal time: a case that takes longer has hung (a hang detector, not a speed test). */
    private static final long BOUND_MS = 30_000;

    @TempDir
    Path dir;

    private int tables;
    private int refusals;
    private long slowest;

    private void attempt(String what, Path file) {
        long t = System.nanoTime();
        try {
            WorkbookTables w = TableFixtures.read(file);
            assertTrue(!w.tables().isEmpty(), what);
            tables++;
        } catch (BadInputException e) {
            assertTrue(e.getMessage() != null && e.getMessage().codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff),
                    what + ": a refusal says why, in Chinese: " + e.getMessage());
            refusals++;
        } catch (RuntimeException | Error e) {
            fail(what + " threw " + e, e);
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        slowest = Math.max(slowest, ms);
        assertTrue(ms < BOUND_MS, what + " took " + ms + " ms");
    }

    @Test
    void anyFileGivesTablesOrAClearRefusal() throws Exception {
        Random r = new Random(Long.getLong("gongkai.fuzzSeed", 20261123L));
        byte[] xlsx = Files.readAllBytes(TownshipWorkbook.write(dir.resolve("real.xlsx"), TownshipWorkbook.Shape.standard()));
        byte[] xls = Files.readAllBytes(TownshipWorkbook.write(dir.resolve("real.xls"),
                TownshipWorkbook.Shape.standard().xls(true)));
        int n = 0;
        for (int i = 0; i < 60; i++) {
            byte[] random = new byte[r.nextInt(4096)];
            r.nextBytes(random);
            attempt("random bytes " + i, write("r" + n++ + (i % 2 == 0 ? ".xlsx" : ".xls"), random));
        }
        for (byte[] real : List.of(xlsx, xls)) {
            String ext = real == xlsx ? ".xlsx" : ".xls";
            for (int i = 0; i < 60; i++) {
                byte[] cut = java.util.Arrays.copyOf(real, r.nextInt(real.length));
                attempt("truncated " + ext + " " + i, write("t" + n++ + ext, cut));
            }
            for (int i = 0; i < 60; i++) {
                byte[] flipped = real.clone();
                for (int k = 0; k < 1 + r.nextInt(8); k++) {
                    flipped[r.nextInt(flipped.length)] ^= (byte) (1 + r.nextInt(255));
                }
                attempt("flipped " + ext + " " + i, write("f" + n++ + ext, flipped));
            }
        }
        attempt("zip bomb", write("bomb.xlsx", HostileFiles.zipBomb(xlsx, "xl/worksheets/sheet2.xml")));
        attempt("entity expansion", write("entities.xlsx", HostileFiles.entities(xlsx, "xl/sharedStrings.xml")));
        attempt("a text file named .xlsx", write("text.xlsx", "部门收支总表".getBytes(StandardCharsets.UTF_8)));
        attempt("empty file", write("empty.xls", new byte[0]));
        System.out.printf("workbook fuzz: %d tables, %d refusals, slowest %d ms%n", tables, refusals, slowest);
        assertTrue(refusals > 100 && tables > 0);
    }

    @Test
    void cellsOfEveryWrongTypeAreReportedNotGuessed() {
        Path file = TownshipWorkbook.write(dir.resolve("wrong.xlsx"), TownshipWorkbook.Shape.standard(), wb -> {
            Sheet s = wb.getSheet("1.3部门支出总表");
            for (Row row : s) {
                if (row.getCell(0) != null && row.getCell(0).toString().equals("2010101")) {
                    row.getCell(2).setCellValue("十二点五");
                    row.getCell(3).setCellValue(true);
                    row.getCell(4).setCellFormula("1/0");
                }
                if (row.getCell(0) != null && row.getCell(0).toString().equals("2010601")) {
                    row.getCell(2).setCellValue(-95.3);
                    row.getCell(3).setCellValue("95.3000001");
                }
            }
        });
        WorkbookTables w = TableFixtures.read(file);
        List<String> about = w.unplaced().stream().filter(l -> l.startsWith("1.3部门支出总表!")).toList();
        assertEquals(5, about.size(), w.unplaced().toString());
        assertTrue(about.stream().anyMatch(l -> l.contains("“十二点五”不是金额")), about.toString());
        assertTrue(about.stream().anyMatch(l -> l.contains("负数")), about.toString());
        assertTrue(about.stream().anyMatch(l -> l.contains("小数位")), about.toString());
    }

    @Test
    void aHugeSheetIsReadUpToItsBoundAndSaysSo() {
        Path file = TownshipWorkbook.write(dir.resolve("huge.xlsx"), TownshipWorkbook.Shape.standard(), wb -> {
            Sheet s = wb.getSheet("1.3部门支出总表");
            for (int i = s.getLastRowNum() + 1; i < 12_000; i++) {
                s.createRow(i).createCell(1).setCellValue("备用行");
            }
        });
        long t = System.nanoTime();
        WorkbookTables w = TableFixtures.read(file);
        assertTrue((System.nanoTime() - t) / 1_000_000 < BOUND_MS);
        assertTrue(w.unplaced().stream().anyMatch(l -> l.contains("只读取了前 10000 行")), w.unplaced().toString());
        System.out.printf("a sheet of 12,000 rows read in %d ms%n", (System.nanoTime() - t) / 1_000_000);
    }

    @Test
    void aRefusedWorkbookWritesNothing() throws Exception {
        Path folder = dir.resolve("data");
        try (Services s = new Composition().open(folder)) {
            int before = s.drafts().list().size();
            long id = s.drafts().list().get(0).id();
            var draftBefore = s.drafts().load(id);
            Path bad = write("坏.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0});
            try {
                s.drafts().importFile(bad);
                fail("a broken workbook is refused");
            } catch (BadInputException e) {
                assertTrue(e.getMessage().contains("坏.xlsx"), e.getMessage());
            }
            try {
                s.drafts().importTablesInto(id, bad);
                fail("a broken workbook is refused");
            } catch (BadInputException e) {
                assertTrue(e.getMessage().contains("不是可以读取的 Excel 表格"), e.getMessage());
            }
            assertEquals(before, s.drafts().list().size());
            assertEquals(draftBefore, s.drafts().load(id));
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
