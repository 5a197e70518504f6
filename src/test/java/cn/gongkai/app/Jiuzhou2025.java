package cn.gongkai.app;

import cn.gongkai.TestData;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Figures;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.StandardGlossary;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.newyear.RollForward;
import cn.gongkai.domain.writing.GeneratedTexts;
import cn.gongkai.exchange.ExchangeWriter;
import cn.gongkai.importer.workbook.TownshipWorkbook;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The post-reform sample a new data folder starts with besides the 2019 one: 九州镇's 2025 draft, rolled forward from
 * the 2019 sample (duties, units, performance tree and texts carried; the year's figures those of a township's 2025
 * budget), without its tables — and the budget system's workbook to import them from, with last year's column in
 * 一般公共预算支出表. Written once into resources/samples by
 * {@code java -cp target/classes:target/test-classes:… cn.gongkai.app.Jiuzhou2025 resources/samples}; the
 * files are checked in, and {@code SampleTablesTest} checks them against this code.
 */
public final class Jiuzhou2025 {
    public static final String DRAFT = "jiuzhou-2025.json";
    public static final String WORKBOOK = "jiuzhou-2025-tables.xlsx";

    private Jiuzhou2025() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        Files.write(dir.resolve(DRAFT), new ExchangeWriter().write(draft(glossary)));
        workbook(dir.resolve(WORKBOOK));
        System.out.println("written " + dir.resolve(DRAFT) + " and " + dir.resolve(WORKBOOK));
    }

    /** The workbook: the township budget of the tests, as 九州镇's, with last year's column. */
    public static Path workbook(Path file) {
        Draft sample = TestData.sample();
        return TownshipWorkbook.write(file, TownshipWorkbook.Shape.standard()
                .unitOf(sample.header().unitCode(), sample.header().unitName()).lastYear(true));
    }

    /** The 2025 draft with the workbook's tables imported (the workbook written into {@code dir}). */
    public static Draft withTables(Path dir) throws java.io.IOException {
        StandardGlossary glossary = StandardGlossary.parse(Files.readString(Path.of("resources/standard/glossary.txt")));
        cn.gongkai.domain.budget.SubjectCatalogue catalogue = cn.gongkai.domain.budget.SubjectCatalogue.parse(
                Files.readString(Path.of("resources/standard/subjects.txt")));
        return cn.gongkai.domain.newyear.WorkbookDrafts.into(draft(glossary),
                new cn.gongkai.importer.workbook.WorkbookImporter().read(workbook(dir.resolve("预算.xlsx")), catalogue,
                        2025));
    }

    /** The 2025 draft before its tables are imported. */
    public static Draft draft(StandardGlossary glossary) {
        Draft sample = TestData.sample();
        Draft rolled = RollForward.apply(sample, 2025, glossary);
        Map<FigureKey, BigDecimal> figures = new EnumMap<>(FigureKey.class);
        rolled.figures().asMap().forEach((k, v) -> {
            if (!k.code().startsWith("last.")) {
                figures.put(k, v); // 2019's figures are no basis for 2025: the workbook brings last year's
            }
        });
        for (FigureKey k : List.of(FigureKey.ASSET_TOTAL, FigureKey.ASSET_BUILDING_AREA, FigureKey.ASSET_BUILDING_VALUE,
                FigureKey.ASSET_OFFICE_AREA, FigureKey.ASSET_OFFICE_VALUE, FigureKey.ASSET_VEHICLE_COUNT,
                FigureKey.ASSET_VEHICLE_VALUE, FigureKey.ASSET_EQUIPMENT_COUNT, FigureKey.ASSET_EQUIPMENT_VALUE,
                FigureKey.ASSET_OTHER_COUNT, FigureKey.ASSET_OTHER_VALUE)) {
            if (sample.figures().has(k)) {
                figures.put(k, sample.figures().get(k));
            }
        }
        List<CostItem> running = List.of(new CostItem("办公费", new BigDecimal("50"), MoneyUnit.WAN_YUAN),
                new CostItem("水电费", new BigDecimal("30"), MoneyUnit.WAN_YUAN),
                new CostItem("差旅费", new BigDecimal("30"), MoneyUnit.WAN_YUAN),
                new CostItem("公务接待费", new BigDecimal("5"), MoneyUnit.WAN_YUAN),
                new CostItem("公务用车运行维护费", new BigDecimal("12"), MoneyUnit.WAN_YUAN),
                new CostItem("其他商品和服务支出", new BigDecimal("50.8"), MoneyUnit.WAN_YUAN));
        figures.put(FigureKey.RUNNING_COST_TOTAL, new BigDecimal("177.8"));
        // a paragraph that is the standard wording word for word follows the figures (GeneratedTexts), as the
        // draft read back from its own Word file has it
        return GeneratedTexts.recognise(rolled.withFigures(Figures.of(figures))
                .withHeader(rolled.header().withDates(LocalDate.of(2025, 2, 10), LocalDate.of(2024, 12, 31))
                        .withAmountStyle(AmountStyle.DEFAULT)) // 万元 with two decimals, as published
                .withRunningCostItems(running)
                .withProcurement(List.of())
                .withTexts(rolled.texts()
                        .with(TextKey.RUNNING_COST_PURPOSE, Narrative.own("保障机关日常运转，包括办公、水电、差旅、公务接待和公务用车运行维护等"))
                        .with(TextKey.PROCUREMENT_EMPTY_REASON, Narrative.own("本部门2025年未安排政府采购预算，故本表为空表。"))));
    }
}
