package cn.gongkai.bench;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.ExpenseTables;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.newyear.WorkbookDrafts;
import cn.gongkai.domain.rules.Validator;
import cn.gongkai.importer.workbook.TablesWorkbook;
import cn.gongkai.importer.workbook.TownshipWorkbook;
import cn.gongkai.importer.workbook.WorkbookImporter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

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

        BudgetTable big = ExpenseTables.consistent(10, 10, 19);
        Path bigBook = TablesWorkbook.write(dir.resolve("big.xlsx"), BudgetTables.of(List.of(big)), "920某某县", 2025);
        System.out.printf("big workbook: %d subject rows, %d KB%n", big.rows().size() - 1, Files.size(bigBook) / 1024);
        Benchmarks.report("import workbook with 2,010 subject rows", 1, 5, () -> importer.read(bigBook, catalogue, 0)
                .tables().get(TableKind.EXPENSE_SUMMARY).orElseThrow().rows().size());
        Draft withBig = full.withTables(full.tables().with(big));
        Benchmarks.report("validate draft with a 2,010-row table", 5, 50, () -> validator.validate(withBig).size());

        Draft sample = WorkbookDrafts.into(cn.gongkai.app.Jiuzhou2025.draft(glossary), importer.read(
                cn.gongkai.app.Jiuzhou2025.workbook(dir.resolve("jiuzhou.xlsx")), catalogue, 2025));
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
}
