package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.Labels;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableImporter;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.WorkbookTables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the standard tables out of the workbook the budget system (预算管理一体化) exports: every visible sheet
 * whose name or title is a standard table's, whatever its numbering; what else the workbook holds is listed in the
 * report. Subjects the catalogue of the year does not know, or knows by another name, are 警告 and are remembered.
 */
public final class WorkbookImporter implements TableImporter {
    @Override
    public WorkbookTables read(Path workbook, SubjectCatalogue catalogue, int budgetYear) {
        WorkbookFile.Sheets sheets = WorkbookFile.read(workbook);
        SubjectNames names = new SubjectNames(catalogue, budgetYear);
        List<String> recognised = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
        Map<RowKey.Subject, String> subjects = new java.util.LinkedHashMap<>();
        String unitCode = "";
        String unitName = "";
        int foundYear = 0;
        for (Grid g : sheets.visible()) {
            Optional<TableKind> kind = SheetKinds.of(g);
            if (kind.isEmpty()) {
                if (g.rows().stream().anyMatch(r -> r.stream().anyMatch(c -> !c.blank()))) {
                    recognised.add("工作表“" + g.sheet() + "”：不是部门预算公开表，未导入");
                }
                continue;
            }
            if (tables.containsKey(kind.get())) {
                unplaced.add("工作表“" + g.sheet() + "”：又一张" + kind.get().title() + "，只导入了前一张");
                continue;
            }
            SheetReader.Read read = SheetReader.read(g, kind.get(), names);
            tables.put(kind.get(), read.table());
            unplaced.addAll(read.unplaced());
            subjects.putAll(read.subjects());
            if (foundYear == 0) {
                foundYear = read.caption().year();
            }
            if (unitName.isEmpty() && !read.caption().unitName().isEmpty()) {
                unitName = read.caption().unitName();
                unitCode = read.caption().unitCode();
            }
            recognised.add("工作表“" + g.sheet() + "” → " + kind.get().number() + " " + kind.get().title() + "："
                    + read.summary() + "，单位：" + read.table().unit().label()
                    + (read.table().isEmpty() ? "（空表）" : ""));
            if (read.unitGuessed()) {
                warnings.add("待确认：工作表“" + g.sheet() + "”没有写“单位：万元”或“单位：元”，按万元导入，请核对");
            }
        }
        sheets.hidden().forEach(h -> recognised.add("工作表“" + h + "”：隐藏的工作表，未导入"));
        sheets.truncated().forEach(t -> unplaced.add("工作表“" + t + "”：超过 " + WorkbookFile.MAX_ROWS
                + " 行，只读取了前 " + WorkbookFile.MAX_ROWS + " 行"));
        if (tables.isEmpty()) {
            throw new cn.gongkai.domain.model.BadInputException("表格 " + workbook.getFileName()
                    + " 中没有找到部门预算公开表（如“部门收支总表”“部门收入总表”“一般公共预算支出表”），无法导入");
        }
        for (TableKind k : TableKind.values()) {
            if (!tables.containsKey(k)) {
                recognised.add("缺少 " + k.number() + " " + k.title() + "：导入后为空表，请写明空表说明或补充");
            }
        }
        int year = names.year();
        List<SubjectCatalogue.Entry> learned = new ArrayList<>();
        if (year > 0) {
            subjects.forEach((s, name) -> check(catalogue, s, name, year, learned, warnings));
        }
        return new WorkbookTables(unitCode, unitName, foundYear, BudgetTables.of(tables.values()), recognised, warnings,
                unplaced, learned);
    }

    /** A subject the year's catalogue lacks, or names otherwise, is a 警告 and is remembered. */
    private static void check(SubjectCatalogue catalogue, RowKey.Subject s, String name, int year,
                              List<SubjectCatalogue.Entry> learned, List<String> warnings) {
        Optional<SubjectCatalogue.Entry> known = catalogue.find(s.classification(), s.code(), year);
        String what = s.classification().label() + "科目 " + s.code() + "“" + name + "”";
        if (known.isEmpty()) {
            warnings.add("警告：" + what + "不在 " + year + " 年的科目表中，已记住");
            learned.add(SubjectCatalogue.learned(s.classification(), s.code(), name, year));
        } else if (!Labels.normalize(known.get().name()).equals(Labels.normalize(name))) {
            warnings.add("警告：" + what + "在 " + year + " 年的科目表中名为“" + known.get().name() + "”");
            if (!known.get().learned()) {
                learned.add(SubjectCatalogue.learned(s.classification(), s.code(), name, year));
            }
        }
    }
}
