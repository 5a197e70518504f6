package cn.gongkai.bench;

import cn.gongkai.budget.TablesWorkbook;
import cn.gongkai.budget.TownshipWorkbook;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.StandardGlossary;
import cn.gongkai.domain.WorkbookDrafts;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.importer.workbook.WorkbookImporter;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tables' speed targets (docs/benchmarks.md): a workbook of 2,010 subject rows imported, a draft with full
 * tables validated, the post-reform PDF of a draft with all tables exported. Run after {@code mvn -q -DskipTests package test-compile}:
 * {@code java -cp target/gongkai.jar:target/test-classes cn.gongkai.bench.TableBenchmarks}
 */
public final class TableBenchmarks {
    private TableBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        SubjectCatalogue catalogue = SubjectCatalogue.parse(Files.readString(Path.of("resources/standard/subjects.txt")));
        StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        Path dir = Files.createTempDirectory("gongkai-table-bench");
        WorkbookImporter importer = new WorkbookImporter();

        Path township = TownshipWorkbook.write(dir.resolve("township.xlsx"), TownshipWorkbook.Shape.standard());
        Draft full = WorkbookDrafts.newDraft(importer.read(township, catalogue, 0), glossary, 2025);
        Validator validator = Validator.standard(Clock.systemDefaultZone(), () -> catalogue);
        Benchmarks.report("import township workbook (9 tables)", 3, 10, () -> importer.read(township, catalogue, 0)
                .tables().all().size());
        Benchmarks.report("validate draft with full tables (township)", 20, 200, () -> validator.validate(full).size());

        BudgetTable big = big();
        Path bigBook = TablesWorkbook.write(dir.resolve("big.xlsx"), BudgetTables.of(List.of(big)), "920某某县", 2025);
        System.out.printf("big workbook: %d subject rows, %d KB%n", big.rows().size() - 1, Files.size(bigBook) / 1024);
        Benchmarks.report("import workbook with 2,010 subject rows", 1, 5, () -> importer.read(bigBook, catalogue, 0)
                .tables().get(TableKind.EXPENSE_SUMMARY).orElseThrow().rows().size());
        Draft withBig = full.withTables(full.tables().with(big));
        Benchmarks.report("validate draft with a 2,010-row table", 5, 50, () -> validator.validate(withBig).size());

        Draft sample = WorkbookDrafts.into(cn.gongkai.samples.Jiuzhou2025.draft(glossary), importer.read(
                cn.gongkai.samples.Jiuzhou2025.workbook(dir.resolve("jiuzhou.xlsx")), catalogue, 2025));
        cn.gongkai.export.pdf.PdfDisclosureRenderer renderer = new cn.gongkai.export.pdf.PdfDisclosureRenderer();
        Benchmarks.report("export post-reform PDF, all nine tables filled (warm)", 30, 20, () -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try {
                renderer.render(sample, validator.validate(sample), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return out.size();
        });
    }

    /** 部门支出总表 of 10 classes × 10 款 × 19 项, consistent. */
    static BudgetTable big() {
        List<BudgetRow> rows = new ArrayList<>();
        BigDecimal one = new BigDecimal("1.25");
        BigDecimal item = one;
        BigDecimal section = item.multiply(BigDecimal.valueOf(19));
        BigDecimal cls = section.multiply(BigDecimal.TEN);
        rows.add(row(new RowKey.Line(BudgetLine.TOTAL), "合计", cls.multiply(BigDecimal.TEN)));
        for (int c = 0; c < 10; c++) {
            String cc = String.valueOf(201 + c);
            rows.add(row(new RowKey.Subject(Classification.FUNCTION, cc), "类" + cc, cls));
            for (int k = 1; k <= 10; k++) {
                String kk = cc + String.format("%02d", k);
                rows.add(row(new RowKey.Subject(Classification.FUNCTION, kk), "款" + kk, section));
                for (int x = 1; x <= 19; x++) {
                    String xx = kk + String.format("%02d", x);
                    rows.add(row(new RowKey.Subject(Classification.FUNCTION, xx), "项" + xx, item));
                }
            }
        }
        return new BudgetTable(TableKind.EXPENSE_SUMMARY, MoneyUnit.WAN_YUAN, List.of(BudgetColumn.TOTAL,
                BudgetColumn.BASIC, BudgetColumn.PROJECT), rows, "");
    }

    private static BudgetRow row(RowKey key, String name, BigDecimal total) {
        Map<BudgetColumn, BigDecimal> a = new EnumMap<>(BudgetColumn.class);
        a.put(BudgetColumn.TOTAL, total);
        a.put(BudgetColumn.BASIC, total);
        a.put(BudgetColumn.PROJECT, BigDecimal.ZERO);
        return new BudgetRow(key, name, a, Map.of());
    }
}
