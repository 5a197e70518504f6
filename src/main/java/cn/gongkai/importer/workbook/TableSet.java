package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.Labels;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.WorkbookTables;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard tables read from a set of grids — a workbook's sheets, or the tables printed in a Word, text or PDF
 * file — with what was recognised grid by grid, the unit and year their captions name, the subjects to check
 * against the year's catalogue, and every table the set lacks.
 */
final class TableSet {
    private final SubjectNames names;
    private final SubjectCatalogue catalogue;
    final List<String> recognised = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> unplaced = new ArrayList<>();
    private final Map<TableKind, BudgetTable> tables = new EnumMap<>(TableKind.class);
    private final Map<RowKey.Subject, String> subjects = new LinkedHashMap<>();
    private String unitCode = "";
    private String unitName = "";
    private int foundYear;

    TableSet(SubjectCatalogue catalogue, int budgetYear) {
        this.catalogue = catalogue;
        this.names = new SubjectNames(catalogue, budgetYear);
    }

    /** Reads a grid as the table it holds (by its name or title), or says it holds none; true when read. */
    boolean add(Grid g) {
        Optional<TableKind> kind = SheetKinds.of(g);
        if (kind.isEmpty()) {
            if (g.rows().stream().anyMatch(r -> r.stream().anyMatch(c -> !c.blank()))) {
                recognised.add(g.named() + "：不是部门预算公开表，未导入");
            }
            return false;
        }
        return add(g, kind.get());
    }

    /** Reads a grid known to hold {@code kind}. */
    boolean add(Grid g, TableKind kind) {
        if (tables.containsKey(kind)) {
            unplaced.add(g.named() + "：又一张" + kind.title() + "，只导入了前一张");
            return false;
        }
        SheetReader.Read read = SheetReader.read(g, kind, names);
        tables.put(kind, read.table());
        unplaced.addAll(read.unplaced());
        subjects.putAll(read.subjects());
        if (foundYear == 0) {
            foundYear = read.caption().year();
        }
        if (unitName.isEmpty() && !read.caption().unitName().isEmpty()) {
            unitName = read.caption().unitName();
            unitCode = read.caption().unitCode();
        }
        recognised.add(g.named() + " → " + kind.number() + " " + kind.title() + "："
                + read.summary() + "，单位：" + read.table().unit().label()
                + (read.table().isEmpty() ? "（空表）" : ""));
        if (read.unitGuessed()) {
            warnings.add("待确认：" + g.named() + "没有写“单位：万元”或“单位：元”，按万元导入，请核对");
        }
        return true;
    }

    boolean isEmpty() {
        return tables.isEmpty();
    }

    /** The tables read, with a line for each standard table the set lacks. */
    WorkbookTables result() {
        return result(cn.gongkai.domain.money.AmountStyle.AS_ENTERED);
    }

    /** The tables read, their amounts shown as {@code style}. */
    WorkbookTables result(cn.gongkai.domain.money.AmountStyle style) {
        for (TableKind k : TableKind.values()) {
            if (!tables.containsKey(k)) {
                recognised.add("缺少 " + k.number() + " " + k.title() + "：没有这张表（导出时印为空表；有数字时请补充）");
            }
        }
        int year = names.year();
        List<SubjectCatalogue.Entry> learned = new ArrayList<>();
        if (year > 0) {
            subjects.forEach((s, name) -> check(s, name, year, learned));
        }
        return new WorkbookTables(unitCode, unitName, foundYear, BudgetTables.of(tables.values()), recognised, warnings,
                unplaced, learned, style);
    }

    /** A subject the year's catalogue lacks, or names otherwise, is a 警告 and is remembered. */
    private void check(RowKey.Subject s, String name, int year, List<SubjectCatalogue.Entry> learned) {
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
