package cn.gongkai.persistence;

import cn.gongkai.TestData;
import cn.gongkai.app.Composition;
import cn.gongkai.domain.model.DraftStatus;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.service.Services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes the upgrade fixture of one release: a data folder as that release leaves it (the sample, the three
 * seeds imported, one rolled forward, one 定稿, one in the 回收站, from schema 2 on a draft made from a budget
 * workbook and one filled by one, from schema 3 on that workbook draft rolled into 2026 with a row's note, from
 * schema 4 on imports whose finance level awaits confirmation and one where the officer confirmed it, from schema 8
 * on three-level 绩效目标表 and an indicator of the officer's own, from schema 9 on each draft's row version and last saver), dumped
 * with H2's {@code SCRIPT}, and every draft as that release's exchange
 * file. Run once per released schema version, by the release itself:
 *
 * <pre>java -cp target/gongkai.jar:target/test-classes cn.gongkai.persistence.WriteUpgradeFixture src/test/resources/upgrade/vN</pre>
 *
 * {@code UpgradeTest} opens every fixture with today's code and finds every draft field for field.
 */
public final class WriteUpgradeFixture {
    private WriteUpgradeFixture() {
    }

    /** A row's note and a reason paragraph, on a draft whose 表5 carries last year's amounts (schema 3 on). */
    private static void noted(Services ctx, long id) {
        var session = ctx.drafts().open(id);
        var t5 = session.draft().tables().get(cn.gongkai.domain.budget.TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        int row = t5.indexOf(new cn.gongkai.domain.budget.RowKey.Subject(
                cn.gongkai.domain.budget.Classification.FUNCTION, "2010301"));
        session.apply("增减原因", d -> d.withTables(d.tables().with(t5.withRow(row, t5.rows().get(row)
                        .withNote("人员调资")))).withTexts(d.texts().with(cn.gongkai.domain.model.TextKey.GENERAL_PUBLIC_SCALE_REASON,
                        cn.gongkai.domain.model.Narrative.own("人员调资，新增维修项目"))))
                .ifPresent(session::save);
    }

    private static void confirmLevel(Services ctx, long id) {
        var session = ctx.drafts().open(id);
        session.apply("确认财政级次", d -> d.withHeader(d.header().confirmed(cn.gongkai.domain.model.Guess.FINANCE_LEVEL)))
                .ifPresent(session::save);
    }

    private static void styled(Services ctx, long id) {
        var session = ctx.drafts().open(id);
        session.apply("金额格式", d -> d.withHeader(d.header().withAmountStyle(new cn.gongkai.domain.money.AmountStyle(
                new cn.gongkai.domain.money.AmountStyle.Fixed(0), true)))).ifPresent(session::save);
    }

    private static void marked(Services ctx, long id) {
        String line = ctx.drafts().validate(id).get(0).toLine();
        ctx.drafts().save(id, ctx.drafts().load(id).withReviewMarks(java.util.List.of(
                new cn.gongkai.domain.model.ReviewMark(line, "已与财政所核对", java.time.Instant.parse(
                        "2026-12-03T08:30:00Z")))));
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path data = Files.createTempDirectory("gongkai-fixture").resolve("data");
        try (Services ctx = new Composition().open(data)) {
            for (String seed : new String[] {"jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
                    "xiguan-subdistrict-2019.txt"}) {
                ctx.drafts().importFile(TestData.seed(seed));
            }
            long first = ctx.drafts().list().get(ctx.drafts().list().size() - 1).id();
            confirmLevel(ctx, ctx.drafts().list().get(0).id()); // schema 4: one guess confirmed, the others pending
            long rolled = ctx.drafts().rollForward(first, 2025).id();
            Path book = cn.gongkai.importer.workbook.TownshipWorkbook.write(Files.createTempFile("fixture", ".xlsx"),
                    cn.gongkai.importer.workbook.TownshipWorkbook.Shape.standard());
            long fromBook = ctx.drafts().importFile(book).id();
            ctx.drafts().importTablesInto(rolled, book);
            noted(ctx, ctx.drafts().rollForward(fromBook, 2026).id()); // schema 3: last year's column, a note
            styled(ctx, fromBook); // schema 5: amounts printed in whole units, zero left blank
            ctx.versions().keep(first, cn.gongkai.domain.versions.VersionSource.MANUAL, "送领导审阅"); // schema 6
            marked(ctx, first); // schema 7: a finding marked 已核对
            // schema 8: three-level forms from a workbook's 绩效目标表 sheets, and an indicator of the officer's own
            Path targets = Files.createTempFile("fixture-targets", ".xlsx");
            Files.copy(book, targets, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            cn.gongkai.importer.workbook.TargetWorkbook.add(targets, cn.gongkai.importer.workbook.TargetWorkbook.Shape.BLOCKS);
            cn.gongkai.importer.workbook.TargetWorkbook.add(targets, cn.gongkai.importer.workbook.TargetWorkbook.Shape.UNIT);
            ctx.drafts().importTablesInto(fromBook, targets);
            ctx.library().addOwn(java.util.List.of(new cn.gongkai.domain.targets.LibraryEntry("农业农村",
                    cn.gongkai.domain.targets.Level1.OUTPUT, "数量指标", "设施农业新增面积", "≥200", "亩", true)));
            long finalId = ctx.drafts().duplicate(first);
            ctx.drafts().setStatus(finalId, DraftStatus.FINAL);
            long binned = ctx.drafts().duplicate(first);
            Files.createDirectories(out.resolve("drafts"));
            for (DraftSummary s : ctx.drafts().list()) {
                ctx.drafts().exportExchange(s.id(), out.resolve("drafts").resolve(s.id() + ".json"));
            }
            ctx.drafts().moveToBin(binned);
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("gongkai").toAbsolutePath(),
                "sa", ""); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + out.resolve("gongkai.sql").toAbsolutePath() + "'");
        }
        System.out.println("fixture written to " + out);
    }
}
