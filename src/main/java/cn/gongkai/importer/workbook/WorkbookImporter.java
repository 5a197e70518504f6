package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableImporter;
import cn.gongkai.domain.budget.WorkbookTables;

import java.nio.file.Path;

/**
 * Reads the standard tables out of the workbook the budget system (预算管理一体化) exports: every visible sheet
 * whose name or title is a standard table's, whatever its numbering; what else the workbook holds is listed in the
 * report; the three-level 绩效目标表 sheets are read into their forms ({@link TargetSet}). Subjects the catalogue of the year does not know, or knows by another name, are 警告 and are remembered
 * ({@link TableSet}).
 */
public final class WorkbookImporter implements TableImporter {
    @Override
    public WorkbookTables read(Path workbook, SubjectCatalogue catalogue, int budgetYear) {
        WorkbookFile.Sheets sheets = WorkbookFile.read(workbook);
        TableSet set = new TableSet(catalogue, budgetYear);
        TargetSet targets = new TargetSet();
        sheets.visible().stream().filter(g -> !targets.add(g)).forEach(set::add);
        sheets.hidden().forEach(h -> set.recognised.add("工作表“" + h + "”：隐藏的工作表，未导入"));
        sheets.truncated().forEach(t -> set.unplaced.add("工作表“" + t + "”：超过 " + WorkbookFile.MAX_ROWS
                + " 行，只读取了前 " + WorkbookFile.MAX_ROWS + " 行"));
        if (set.isEmpty() && targets.isEmpty()) {
            throw new cn.gongkai.domain.model.BadInputException("表格 " + workbook.getFileName()
                    + " 中没有找到部门预算公开表（如“部门收支总表”“部门收入总表”“一般公共预算支出表”），无法导入");
        }
        WorkbookTables w = set.result(sheets.amountStyle());
        return targets.isEmpty() ? w : w.withTargets(targets.result(), targets.recognised, targets.unplaced);
    }
}
