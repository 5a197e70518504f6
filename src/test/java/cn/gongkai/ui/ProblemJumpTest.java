package cn.gongkai.ui;

import cn.gongkai.TestData;
import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Place;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.importer.DisclosureTextImporter;
import cn.gongkai.ui.editor.EditorViewModel;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every problem the checks find in the sample, a broken copy of it and the three imported seeds can be jumped to:
 * the editor shows the problem's section and the caret lands on a field there (not in the list of problems).
 */
@ExtendWith(ApplicationExtension.class)
class ProblemJumpTest {
    @TempDir
    static Path tmp;
    private EditorFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new EditorFixture(stage, Files.createTempDirectory(tmp, "data"));
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    @Test
    void everyRulesProblemJumpsToItsField(FxRobot robot) throws Exception {
        List<Long> ids = new ArrayList<>();
        ids.add(fx.context.drafts().insert(broken()));
        for (String seed : List.of("jiuzhou-town-2019.txt", "qinglong-county-office-2018.txt",
                "xiguan-subdistrict-2019.txt")) {
            ids.add(fx.context.drafts().insert(new DisclosureTextImporter()
                    .read(Files.readString(TestData.seed(seed))).draft()));
        }
        Set<String> rules = new TreeSet<>();
        for (long id : ids) {
            robot.interact(() -> fx.vm.open(id));
            EditorFixture.waitFor(() -> fx.vm.editor() != null && fx.vm.editor().id() == id);
            EditorViewModel vm = fx.vm.editor();
            EditorFixture.waitFor(() -> !vm.problems().isEmpty());
            Map<String, Problem> oneEach = new LinkedHashMap<>(); // one problem per rule and kind of place
            for (Problem p : vm.problems()) {
                oneEach.putIfAbsent(p.rule() + "|" + kind(p.location().place()), p);
            }
            for (Problem p : oneEach.values()) {
                robot.interact(() -> vm.jumpTo(p.location()));
                WaitForAsyncUtils.waitForFxEvents();
                Node focus = fx.stage.getScene().getFocusOwner();
                assertEquals(p.location().section(), vm.sectionProperty().get(), p.toString());
                assertTrue(focus != null && !"problems".equals(focus.getId()) && !"section-nav".equals(focus.getId()),
                        "no field has the caret after jumping to " + p + "; focus: " + focus);
                rules.add(p.rule());
            }
            robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.W)
                    .release(javafx.scene.input.KeyCode.CONTROL);
            EditorFixture.waitFor(() -> fx.vm.editor() == null);
        }
        System.out.println("jumped to problems of rules " + rules);
        assertTrue(rules.size() >= 12, "rules covered: " + rules);
    }

    /** The sample with one fault of each kind an officer makes. */
    private static Draft broken() {
        Draft d = TestData.sample();
        var f = d.figures().with(FigureKey.INCOME_OTHER, new BigDecimal("1"))
                .with(FigureKey.THREE_PUBLIC_RECEPTION, new BigDecimal("2"))
                .with(FigureKey.ASSET_OFFICE_AREA, new BigDecimal("99999"))
                .with(FigureKey.RUNNING_COST_TOTAL, new BigDecimal("9"))
                .with(FigureKey.EXPENSE_PERSONNEL, null);
        d = d.withFigures(f).withRunningCostItems(List.of(new CostItem("办公费", new BigDecimal("3"), MoneyUnit.WAN_YUAN),
                new CostItem("水电费", new BigDecimal("20000"), MoneyUnit.YUAN)));
        var p = d.procurement().get(0);
        d = d.withProcurement(List.of(new cn.gongkai.domain.model.ProcurementRow(p.projectName(), p.projectBudget(),
                p.itemName(), p.catalogCode(), p.quantityUnit(), p.quantity(), p.unitPrice(), new BigDecimal("9"),
                p.fundGeneral(), p.fundGovFund(), p.fundSpecial(), p.fundOtherIncome(), p.otherChannel())));
        return d.withOrgUnits(List.of(), false);
    }

    /** The kind of a place: which field, paragraph or table, or the tree (whatever the node). */
    private static String kind(Place place) {
        return place.accept(new Place.Visitor<>() {
            @Override
            public String figure(FigureKey key) {
                return "figure:" + key;
            }

            @Override
            public String text(TextKey key) {
                return "text:" + key;
            }

            @Override
            public String row(ListTable table, int row) {
                return "row:" + table;
            }

            @Override
            public String node(PerfPath path) {
                return "tree";
            }

            @Override
            public String perfTable() {
                return "tree";
            }

            @Override
            public String header(HeaderField field) {
                return "header:" + field;
            }

            @Override
            public String table(TableKind table) {
                return "table:" + table;
            }

            @Override
            public String cell(TableKind table, RowKey row, BudgetColumn column) {
                return "cell:" + table + "/" + column;
            }

            @Override
            public String target(int form, int indicator) {
                return "target:" + form;
            }
        });
    }
}
