package cn.gongkai.ui.editor.tables;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The 部门预算公开表 at a glance: the import of the budget system's workbook, and each table with what it holds
 * (rows, amounts or an empty table with or without its 空表说明) and its problems, a link to its grid.
 */
public final class TablesOverview {
    private final VBox content = new VBox(10);
    private final ScrollPane root = new ScrollPane(content);
    private final Label profile = new Label();
    private final Map<TableKind, Label> states = new EnumMap<>(TableKind.class);
    private final Map<TableKind, Label> marks = new EnumMap<>(TableKind.class);

    public TablesOverview(TablesViewModel vm, Consumer<TableKind> open) {
        Label title = new Label("部门预算公开表");
        title.getStyleClass().add("form-title");
        Label note = new Label("公开表由预算系统导出的 Excel 表格导入（.xlsx 或 .xls，一个工作簿里的各张表一次导入）；"
                + "导入后在各表中核对、补充。合计由明细自动计算，收入、支出、“三公”经费等数字随表格填入情况说明。"
                + "新建的数据文件夹里有一份示例表格可以试导入：“示例”子文件夹中的“九州镇2025年预算表格（示例）.xlsx”。");
        note.setWrapText(true);
        note.getStyleClass().add("form-note");
        Button load = new Button("从预算系统导入表格(_I)…");
        load.setId("tables-import");
        load.setOnAction(e -> vm.importWorkbook());
        GridPane list = new GridPane();
        list.setHgap(16);
        list.setVgap(4);
        int row = 0;
        for (TableKind k : TableKind.values()) {
            Hyperlink link = new Hyperlink("表" + k.number() + "　" + k.title());
            link.setId("tables-open-" + k.code());
            link.setOnAction(e -> open.accept(k));
            Label state = new Label();
            Label mark = new Label();
            states.put(k, state);
            marks.put(k, mark);
            list.addRow(row++, link, state, mark);
        }
        profile.setWrapText(true);
        content.getChildren().addAll(title, profile, note, load, list);
        content.setPadding(new Insets(12, 16, 16, 16));
        root.setFitToWidth(true);
        root.setId("tables-overview");
    }

    public Node root() {
        return root;
    }

    public void show(Draft d) {
        profile.setText("公开模板：" + d.header().profile().label() + (d.header().profile().tablesFirst()
                ? "（公开件依次为目录、部门预算公开表、情况说明）" : "（2018–2020 年的九部分说明；公开表只用于核对数字，不打印）"));
        for (TableKind k : TableKind.values()) {
            states.get(k).setText(d.tables().get(k).map(TablesOverview::state).orElse("尚未导入"));
        }
    }

    private static String state(BudgetTable t) {
        if (!t.isEmpty()) {
            return t.rows().size() + " 行，有数字";
        }
        return t.emptyStatement().isBlank() ? "空表，还没有空表说明" : "空表，已写空表说明";
    }

    public void mark(List<Problem> problems) {
        for (TableKind k : TableKind.values()) {
            List<Problem> here = problems.stream().filter(p -> TableGrid.inTable(p.location().place(), k)).toList();
            long errors = here.stream().filter(p -> p.severity() == Severity.ERROR).count();
            Label mark = marks.get(k);
            mark.setText(here.isEmpty() ? "" : (errors > 0 ? errors + " 个错误" : "")
                    + (here.size() > errors ? (errors > 0 ? "，" : "") + (here.size() - errors) + " 个警告" : ""));
            mark.getStyleClass().removeAll("problem-error-text", "problem-warning-text");
            if (!here.isEmpty()) {
                mark.getStyleClass().add(errors > 0 ? "problem-error-text" : "problem-warning-text");
            }
        }
    }
}
