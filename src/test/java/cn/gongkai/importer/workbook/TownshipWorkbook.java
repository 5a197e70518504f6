package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.TownshipBudget.Economic;
import cn.gongkai.domain.budget.TownshipBudget.Subject;
import cn.gongkai.domain.budget.TownshipBudget;
import cn.gongkai.domain.money.MoneyUnit;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes {@link TownshipBudget} as the budget system's workbook, laid out as a 2025 Hebei township's published
 * tables, in the shapes real exports take: .xlsx or .xls, 万元 or 元, numbered ("1.3部门财务收支总表") or plain sheet
 * titles, headings merged over two rows or written out, subject rows with codes (in one column or split into
 * 类/款/项) or without, totals as values or as formulas, a “三公” table with last year's row, a 栏次 row, hidden
 * and note sheets.
 */
public final class TownshipWorkbook {
    /** How the workbook is written. */
    public record Shape(boolean xls, MoneyUnit unit, boolean numberedTitles, boolean mergedHeaders, boolean codes,
                        boolean splitCodes, boolean formulas, boolean countRow, boolean extraSheets, String unitCode,
                        String unitName, boolean lastYear) {
        public static Shape standard() {
            return new Shape(false, MoneyUnit.WAN_YUAN, true, true, true, false, false, true, true,
                    TownshipBudget.UNIT_CODE, TownshipBudget.UNIT_NAME, false);
        }

        public Shape xls(boolean v) {
            return new Shape(v, unit, numberedTitles, mergedHeaders, codes, splitCodes, formulas, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        public Shape unit(MoneyUnit v) {
            return new Shape(xls, v, numberedTitles, mergedHeaders, codes, splitCodes, formulas, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        public Shape numberedTitles(boolean v) {
            return new Shape(xls, unit, v, mergedHeaders, codes, splitCodes, formulas, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        public Shape mergedHeaders(boolean v) {
            return new Shape(xls, unit, numberedTitles, v, codes, splitCodes, formulas, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        public Shape codes(boolean v) {
            return new Shape(xls, unit, numberedTitles, mergedHeaders, v, splitCodes, formulas, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        public Shape splitCodes(boolean v) {
            return new Shape(xls, unit, numberedTitles, mergedHeaders, codes, v, formulas, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        public Shape formulas(boolean v) {
            return new Shape(xls, unit, numberedTitles, mergedHeaders, codes, splitCodes, v, countRow, extraSheets,
                    unitCode, unitName, lastYear);
        }

        /** The 编制单位 the sheets name. */
        public Shape unitOf(String code, String name) {
            return new Shape(xls, unit, numberedTitles, mergedHeaders, codes, splitCodes, formulas, countRow,
                    extraSheets, code, name, lastYear);
        }

        /** 一般公共预算支出表 with a 上年预算数 column, as some budget systems export it. */
        public Shape lastYear(boolean v) {
            return new Shape(xls, unit, numberedTitles, mergedHeaders, codes, splitCodes, formulas, countRow,
                    extraSheets, unitCode, unitName, v);
        }
    }

    private final Shape shape;
    private final Workbook wb;
    private Sheet sheet;
    private int row;

    private TownshipWorkbook(Shape shape) {
        this.shape = shape;
        this.wb = shape.xls() ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    public static Path write(Path file, Shape shape) {
        return write(file, shape, wb -> { });
    }

    /** Writes the workbook after {@code edit} (a test's change to one cell, say). */
    public static Path write(Path file, Shape shape, Consumer<Workbook> edit) {
        TownshipWorkbook w = new TownshipWorkbook(shape);
        w.all();
        edit.accept(w.wb);
        try (OutputStream out = Files.newOutputStream(file)) {
            w.wb.write(out);
            w.wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void all() {
        if (shape.extraSheets()) {
            begin("封面", "");
            put(0, "某某镇2025年部门预算公开");
        }
        incomeExpense();
        subjects("1.2", "部门收入总表", List.of("合计", "上年结转", "本年收入›一般公共预算拨款收入", "本年收入›政府性基金预算拨款收入",
                "本年收入›国有资本经营预算拨款收入", "本年收入›财政专户管理资金收入", "本年收入›单位资金"), s -> java.util.Arrays.asList(
                s.total(), BigDecimal.ZERO, s.total(), null, null, null, null));
        subjects("1.3", "部门支出总表", List.of("合计", "基本支出", "项目支出"),
                s -> List.of(s.total(), s.basic(), s.project()));
        fiscal();
        if (shape.lastYear()) {
            subjects("1.5", "一般公共预算支出表", List.of("合计", "基本支出›人员经费", "基本支出›公用经费", "项目支出",
                    "上年预算数"), s -> List.of(s.total(), s.personnel(), s.publicUse(), s.project(),
                    TownshipBudget.lastYear(s)));
        } else {
            subjects("1.5", "一般公共预算支出表", List.of("合计", "基本支出›人员经费", "基本支出›公用经费", "项目支出"),
                    s -> List.of(s.total(), s.personnel(), s.publicUse(), s.project()));
        }
        economic();
        threePublic();
        emptyTable("1.8", "政府性基金预算支出表", "本单位无政府性基金预算支出，故本表为空表。");
        emptyTable("1.9", "国有资本经营预算支出表", "本单位无国有资本经营预算支出，故本表为空表。");
        if (shape.extraSheets()) {
            begin("填表说明", "");
            put(0, "本表由预算管理一体化系统导出。");
            Sheet hidden = wb.createSheet("计算过程");
            hidden.createRow(0).createCell(0).setCellValue("部门收支总表");
            wb.setSheetHidden(wb.getSheetIndex(hidden), true);
        }
    }

    // ---- tables

    private void incomeExpense() {
        begin("1.1", "部门收支总表");
        caption();
        headerTwoSided(List.of("序号", "收入›项目", "收入›预算数", "支出›项目", "支出›预算数"));
        List<String[]> income = List.of(new String[] {"一、一般公共预算拨款收入", TownshipBudget.total().toPlainString()},
                new String[] {"二、政府性基金预算拨款收入", ""}, new String[] {"三、国有资本经营预算拨款收入", ""},
                new String[] {"四、财政专户管理资金收入", ""}, new String[] {"五、单位资金", ""});
        List<Subject> classes = TownshipBudget.functionSubjects().stream().filter(s -> s.code().length() == 3).toList();
        int rows = Math.max(income.size(), classes.size());
        int first = row;
        for (int i = 0; i < rows; i++) {
            Row r = next();
            r.createCell(0).setCellValue(i + 1);
            if (i < income.size()) {
                r.createCell(1).setCellValue(income.get(i)[0]);
                amount(r, 2, income.get(i)[1].isEmpty() ? null : new BigDecimal(income.get(i)[1]));
            }
            if (i < classes.size()) {
                r.createCell(3).setCellValue(classes.get(i).name());
                amount(r, 4, classes.get(i).total());
            }
        }
        int last = row - 1;
        Row total = next();
        total.createCell(1).setCellValue("本年收入合计");
        sum(total, 2, first, last, TownshipBudget.total());
        total.createCell(3).setCellValue("本年支出合计");
        sum(total, 4, first, last, TownshipBudget.total());
        Row carry = next();
        carry.createCell(1).setCellValue("上年结转结余");
        carry.createCell(3).setCellValue("年终结转结余");
        Row grand = next();
        grand.createCell(1).setCellValue("收入总计");
        amount(grand, 2, TownshipBudget.total());
        grand.createCell(3).setCellValue("支出总计");
        amount(grand, 4, TownshipBudget.total());
    }

    private void fiscal() {
        begin("1.4", "财政拨款收支总表");
        caption();
        headerTwoSided(List.of("收入›项目", "收入›预算数", "支出›项目", "支出›合计", "支出›一般公共预算",
                "支出›政府性基金预算", "支出›国有资本经营预算"));
        List<Subject> classes = TownshipBudget.functionSubjects().stream().filter(s -> s.code().length() == 3).toList();
        String[] income = {"一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款"};
        int first = row;
        for (int i = 0; i < Math.max(income.length, classes.size()); i++) {
            Row r = next();
            if (i < income.length) {
                r.createCell(0).setCellValue(income[i]);
                amount(r, 1, i == 0 ? TownshipBudget.total() : null);
            }
            if (i < classes.size()) {
                r.createCell(2).setCellValue(classes.get(i).name());
                amount(r, 3, classes.get(i).total());
                amount(r, 4, classes.get(i).total());
            }
        }
        int last = row - 1;
        Row total = next();
        total.createCell(0).setCellValue("本年收入合计");
        sum(total, 1, first, last, TownshipBudget.total());
        total.createCell(2).setCellValue("本年支出合计");
        sum(total, 3, first, last, TownshipBudget.total());
        sum(total, 4, first, last, TownshipBudget.total());
    }

    private void subjects(String number, String title, List<String> amountColumns,
                          java.util.function.Function<Subject, List<BigDecimal>> values) {
        begin(number, title);
        caption();
        List<String> head = new ArrayList<>();
        if (shape.splitCodes()) {
            head.addAll(List.of("科目编码›类", "科目编码›款", "科目编码›项"));
        } else if (shape.codes()) {
            head.add("科目编码");
        }
        head.add("科目名称");
        head.addAll(amountColumns);
        header(head);
        int labels = head.size() - amountColumns.size();
        List<Subject> subjects = TownshipBudget.functionSubjects();
        Row total = next();
        total.createCell(labels - 1).setCellValue("合计");
        int totalRow = row - 1;
        List<Integer> classRows = new ArrayList<>();
        for (Subject s : subjects) {
            Row r = next();
            if (s.code().length() == 3) {
                classRows.add(row - 1);
            }
            code(r, s.code());
            r.createCell(labels - 1).setCellValue(indent(s.code()) + s.name());
            List<BigDecimal> v = values.apply(s);
            for (int c = 0; c < v.size(); c++) {
                if (shape.formulas() && s.code().length() < 7) {
                    formulaOfChildren(r, labels + c, s.code(), subjects, totalRow + 1, v.get(c));
                } else {
                    amount(r, labels + c, v.get(c));
                }
            }
        }
        BigDecimal[] sums = new BigDecimal[amountColumns.size()];
        for (int c = 0; c < sums.length; c++) {
            int col = c;
            sums[c] = subjects.stream().filter(s -> s.code().length() == 3).map(s -> values.apply(s).get(col))
                    .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (values.apply(subjects.get(0)).get(c) == null) {
                sums[c] = null;
            }
            if (shape.formulas() && sums[c] != null) {
                String col0 = CellReference.convertNumToColString(labels + c);
                total.createCell(labels + c).setCellFormula(String.join("+", classRows.stream()
                        .map(rr -> col0 + (rr + 1)).toList()));
            } else {
                amount(total, labels + c, sums[c]);
            }
        }
    }

    private void economic() {
        begin("1.6", "一般公共预算基本支出表");
        caption();
        List<String> head = new ArrayList<>(shape.codes() ? List.of("经济分类科目›科目编码", "经济分类科目›科目名称")
                : List.of("经济分类科目›科目名称"));
        head.addAll(List.of("合计", "人员经费", "公用经费"));
        header(head);
        int labels = head.size() - 3;
        Row total = next();
        total.createCell(labels - 1).setCellValue("合计");
        amount(total, labels, TownshipBudget.basic());
        amount(total, labels + 1, TownshipBudget.personnel());
        amount(total, labels + 2, TownshipBudget.publicUse());
        for (Economic e : TownshipBudget.economicSubjects()) {
            Row r = next();
            if (shape.codes()) {
                r.createCell(0).setCellValue(e.code());
            }
            r.createCell(labels - 1).setCellValue((e.code().length() == 5 ? "  " : "") + e.name());
            amount(r, labels, e.total());
            amount(r, labels + 1, e.personnel().signum() == 0 ? null : e.personnel());
            amount(r, labels + 2, e.publicUse().signum() == 0 ? null : e.publicUse());
        }
    }

    private void threePublic() {
        begin("1.7", "一般公共预算“三公”经费支出表");
        caption();
        header(List.of("项目", "合计", "因公出国（境）费", "公务用车购置及运行费›小计", "公务用车购置及运行费›公务用车购置费",
                "公务用车购置及运行费›公务用车运行费", "公务接待费"));
        yearRow("2025年预算数", TownshipBudget.THREE_PUBLIC);
        yearRow("2024年预算数", TownshipBudget.THREE_PUBLIC_LAST);
    }

    private void yearRow(String label, List<BigDecimal> v) {
        Row r = next();
        r.createCell(0).setCellValue(label);
        BigDecimal vehicle = v.get(1).add(v.get(2));
        amount(r, 1, v.get(0).add(vehicle).add(v.get(3)));
        amount(r, 2, v.get(0));
        amount(r, 3, vehicle);
        amount(r, 4, v.get(1));
        amount(r, 5, v.get(2));
        amount(r, 6, v.get(3));
    }

    private void emptyTable(String number, String title, String note) {
        begin(number, title);
        caption();
        header(List.of("科目编码", "科目名称", "合计", "基本支出", "项目支出"));
        next().createCell(1).setCellValue("合计");
        next();
        next().createCell(0).setCellValue("注：" + note);
    }

    // ---- layout helpers

    private void begin(String number, String title) {
        String name = title.isEmpty() ? number : shape.numberedTitles() ? number + title : title;
        sheet = wb.createSheet(name.replace("“", "").replace("”", ""));
        row = 0;
        if (!title.isEmpty()) {
            put(0, TownshipBudget.YEAR + "年" + title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        }
    }

    private void caption() {
        Row r = next();
        r.createCell(0).setCellValue("编制单位：" + shape.unitCode() + shape.unitName());
        r.createCell(5).setCellValue("单位：" + shape.unit().label());
    }

    private void put(int col, String text) {
        next().createCell(col).setCellValue(text);
    }

    private Row next() {
        return sheet.createRow(row++);
    }

    /** Headings "group›sub": with merged headers a group over its columns and a single heading over both rows. */
    private void header(List<String> columns) {
        Row top = next();
        Row sub = next();
        int c = 0;
        while (c < columns.size()) {
            String[] p = columns.get(c).split("›");
            if (p.length == 1) {
                top.createCell(c).setCellValue(p[0]);
                if (shape.mergedHeaders()) {
                    sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), sub.getRowNum(), c, c));
                } else {
                    sub.createCell(c).setCellValue(p[0]);
                }
                c++;
                continue;
            }
            int end = c;
            while (end + 1 < columns.size() && columns.get(end + 1).startsWith(p[0] + "›")) {
                end++;
            }
            for (int x = c; x <= end; x++) {
                if (x == c || !shape.mergedHeaders()) {
                    top.createCell(x).setCellValue(p[0]);
                }
                sub.createCell(x).setCellValue(columns.get(x).split("›")[1]);
            }
            if (shape.mergedHeaders() && end > c) {
                sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), top.getRowNum(), c, end));
            }
            c = end + 1;
        }
        if (shape.countRow()) {
            Row count = next();
            count.createCell(0).setCellValue("栏次");
            for (int x = 1; x < columns.size(); x++) {
                count.createCell(x).setCellValue(x);
            }
        }
    }

    private void headerTwoSided(List<String> columns) {
        header(columns);
    }

    private void code(Row r, String code) {
        if (shape.splitCodes()) {
            r.createCell(0).setCellValue(code.substring(0, 3));
            if (code.length() >= 5) {
                r.createCell(1).setCellValue(code.substring(3, 5));
            }
            if (code.length() == 7) {
                r.createCell(2).setCellValue(code.substring(5, 7));
            }
        } else if (shape.codes()) {
            r.createCell(0).setCellValue(code);
        }
    }

    private static String indent(String code) {
        return code.length() == 3 ? "" : code.length() == 5 ? "  " : "    ";
    }

    private void amount(Row r, int col, BigDecimal wan) {
        if (wan == null) {
            return;
        }
        BigDecimal v = shape.unit() == MoneyUnit.YUAN ? wan.movePointRight(4) : wan;
        r.createCell(col).setCellValue(v.doubleValue());
    }

    private void sum(Row r, int col, int first, int last, BigDecimal wan) {
        if (shape.formulas()) {
            String c = CellReference.convertNumToColString(col);
            r.createCell(col).setCellFormula("SUM(" + c + (first + 1) + ":" + c + (last + 1) + ")");
        } else {
            amount(r, col, wan);
        }
    }

    /** A subtotal as the sum of its direct children's cells. */
    private void formulaOfChildren(Row r, int col, String code, List<Subject> subjects, int firstRow,
                                   BigDecimal wan) {
        if (wan == null) {
            return;
        }
        List<String> refs = new ArrayList<>();
        String c = CellReference.convertNumToColString(col);
        for (int i = 0; i < subjects.size(); i++) {
            String s = subjects.get(i).code();
            if (s.length() == code.length() + 2 && s.startsWith(code)) {
                refs.add(c + (firstRow + i + 1));
            }
        }
        Cell cell = r.createCell(col);
        cell.setCellFormula(String.join("+", refs));
    }
}
