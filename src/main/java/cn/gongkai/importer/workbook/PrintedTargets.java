package cn.gongkai.importer.workbook;

import cn.gongkai.domain.targets.TargetSheets;
import cn.gongkai.importer.workbook.Grid.GridCell;

import java.util.ArrayList;
import java.util.List;

/**
 * The three-level 绩效目标表 printed in a published file (.docx, .pdf, .txt): each form as its title and the rows of
 * its tables (the fields above, the indicators under 一级/二级/三级), read as the workbook's sheets are.
 */
public final class PrintedTargets {
    /** One printed form: the title it stands under ("五、项目支出绩效目标表"), its tables' rows one after another. */
    public record Form(String title, List<List<String>> rows) {
        public Form {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** What the forms held, with a line per form for the report and the rows that could not be read. */
    public record Read(TargetSheets sheets, List<String> recognised, List<String> unplaced) {
    }

    private PrintedTargets() {
    }

    /** Whether a cell is a label that starts a form's fields (项目名称, 年度预算数, 年度资金总额, 年度总体目标…). */
    public static boolean opensForm(String cell) {
        return TargetSheetReader.opensForm(cell);
    }

    public static Read read(List<Form> forms) {
        TargetSet set = new TargetSet();
        for (Form f : forms) {
            List<List<GridCell>> rows = new ArrayList<>();
            for (int r = 0; r < f.rows().size(); r++) {
                rows.add(PrintedTables.cells(f.rows().get(r), r));
            }
            set.add(new Grid(f.title(), rows, "表格"));
        }
        return new Read(set.isEmpty() ? TargetSheets.NONE : set.result(), set.recognised, set.unplaced);
    }
}
