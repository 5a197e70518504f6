package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.BudgetTables;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Any draft's tables written as a workbook in the standard layout (the reverse of the import), and the tables a
 * published 2018–2020 disclosure implies: its stated figures laid out as the nine tables.
 */
public final class TablesWorkbook {
    private TablesWorkbook() {
    }

    public static Path write(Path file, BudgetTables tables, String unit, int year) {
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (BudgetTable t : tables.all()) {
                Sheet s = wb.createSheet(t.kind().number() + "." + t.kind().title().replace("“", "").replace("”", ""));
                int r = 0;
                s.createRow(r++).createCell(0).setCellValue(year + "年" + t.kind().title());
                Row caption = s.createRow(r++);
                caption.createCell(0).setCellValue("编制单位：" + unit);
                caption.createCell(4).setCellValue("单位：" + t.unit().label());
                Row head = s.createRow(r++);
                int c = 0;
                if (t.kind().shape() == TableKind.Shape.TWO_SIDED) {
                    head.createCell(c++).setCellValue("收入项目");
                    head.createCell(c++).setCellValue("预算数");
                    head.createCell(c++).setCellValue("支出项目");
                    for (BudgetColumn col : t.columns()) {
                        if (col != BudgetColumn.AMOUNT || t.kind() == TableKind.INCOME_EXPENSE_SUMMARY) {
                            head.createCell(c++).setCellValue(col == BudgetColumn.AMOUNT ? "预算数" : col.label());
                        }
                    }
                    r = twoSided(s, t, r);
                } else {
                    head.createCell(c++).setCellValue(t.kind().shape() == TableKind.Shape.YEARS ? "项目" : "科目编码");
                    if (t.kind().shape() == TableKind.Shape.SUBJECTS) {
                        head.createCell(c++).setCellValue("科目名称");
                    }
                    for (BudgetColumn col : t.columns()) {
                        head.createCell(c++).setCellValue(col.label());
                    }
                    for (BudgetRow row : t.rows()) {
                        Row x = s.createRow(r++);
                        int k = 0;
                        if (t.kind().shape() == TableKind.Shape.SUBJECTS) {
                            x.createCell(k++).setCellValue(row.key().fold(RowKey.Subject::code, l -> ""));
                        }
                        x.createCell(k++).setCellValue(row.name());
                        for (BudgetColumn col : t.columns()) {
                            amount(x, k++, row.amount(col));
                        }
                    }
                }
                if (t.isEmpty() && !t.emptyStatement().isEmpty()) {
                    s.createRow(r + 1).createCell(0).setCellValue("注：" + t.emptyStatement());
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static int twoSided(Sheet s, BudgetTable t, int r) {
        List<BudgetRow> income = t.rows().stream().filter(x -> x.key().fold(sub -> false,
                l -> l.line().side() == BudgetLine.Side.INCOME)).toList();
        List<BudgetRow> expense = t.rows().stream().filter(x -> !income.contains(x)).toList();
        List<BudgetColumn> expenseColumns = t.columns().stream()
                .filter(c -> c != BudgetColumn.AMOUNT || t.kind() == TableKind.INCOME_EXPENSE_SUMMARY).toList();
        for (int i = 0; i < Math.max(income.size(), expense.size()); i++) {
            Row x = s.createRow(r++);
            if (i < income.size()) {
                x.createCell(0).setCellValue(income.get(i).name());
                amount(x, 1, income.get(i).amount(BudgetColumn.AMOUNT));
            }
            if (i < expense.size()) {
                x.createCell(2).setCellValue(expense.get(i).name());
                int k = 3;
                for (BudgetColumn c : expenseColumns) {
                    amount(x, k++, expense.get(i).amount(c));
                }
            }
        }
        return r;
    }

    private static void amount(Row r, int col, BigDecimal v) {
        if (v != null) {
            r.createCell(col).setCellValue(v.doubleValue());
        }
    }

    /**
     * The tables a published draft's stated figures imply: all spending under 2010301 行政运行 (basic) and 2010302
     * 一般行政管理事务 (project), income by the categories it states, the “三公” of both years; money in its unit.
     */
    public static BudgetTables fromFigures(Draft d) {
        MoneyUnit unit = d.header().moneyUnit();
        TemplateProfile p = d.header().profile();
        BigDecimal basic = z(d, FigureKey.EXPENSE_BASIC);
        BigDecimal project = z(d, FigureKey.EXPENSE_PROJECT);
        BigDecimal personnel = z(d, FigureKey.EXPENSE_PERSONNEL);
        BigDecimal publicUse = z(d, FigureKey.EXPENSE_PUBLIC_USE);
        BigDecimal total = basic.add(project);
        List<BudgetTable> out = new ArrayList<>();
        Map<BudgetLine, FigureKey> income = Map.of(BudgetLine.INCOME_GENERAL_PUBLIC, FigureKey.INCOME_GENERAL_PUBLIC,
                BudgetLine.INCOME_GOV_FUND, FigureKey.INCOME_GOV_FUND, BudgetLine.INCOME_FISCAL_SPECIAL,
                FigureKey.INCOME_FISCAL_SPECIAL, BudgetLine.INCOME_BUSINESS, FigureKey.INCOME_BUSINESS,
                BudgetLine.INCOME_OPERATING, FigureKey.INCOME_OPERATING, BudgetLine.INCOME_OTHER, FigureKey.INCOME_OTHER);
        List<BudgetRow> t1 = new ArrayList<>();
        for (BudgetLine l : p.incomeLines()) {
            t1.add(row(new RowKey.Line(l), l.label(), Map.of(BudgetColumn.AMOUNT, z(d, income.get(l)))));
        }
        t1.add(row(new RowKey.Line(BudgetLine.INCOME_YEAR_TOTAL), "本年收入合计",
                Map.of(BudgetColumn.AMOUNT, z(d, FigureKey.INCOME_TOTAL))));
        t1.add(row(subject("201"), "一般公共服务支出", Map.of(BudgetColumn.AMOUNT, total)));
        t1.add(row(new RowKey.Line(BudgetLine.EXPENSE_YEAR_TOTAL), "本年支出合计", Map.of(BudgetColumn.AMOUNT, total)));
        out.add(new BudgetTable(TableKind.INCOME_EXPENSE_SUMMARY, unit, List.of(BudgetColumn.AMOUNT), t1, ""));
        BigDecimal general = z(d, FigureKey.INCOME_GENERAL_PUBLIC);
        BigDecimal fund = z(d, FigureKey.INCOME_GOV_FUND);
        out.add(new BudgetTable(TableKind.FISCAL_SUMMARY, unit, TableKind.FISCAL_SUMMARY.standardColumns(p), List.of(
                row(new RowKey.Line(BudgetLine.INCOME_GENERAL_PUBLIC), "一般公共预算拨款", Map.of(BudgetColumn.AMOUNT, general)),
                row(new RowKey.Line(BudgetLine.INCOME_GOV_FUND), "政府性基金预算拨款", Map.of(BudgetColumn.AMOUNT, fund)),
                row(new RowKey.Line(BudgetLine.INCOME_YEAR_TOTAL), "本年收入合计",
                        Map.of(BudgetColumn.AMOUNT, general.add(fund))),
                row(subject("201"), "一般公共服务支出", Map.of(BudgetColumn.TOTAL, general.add(fund),
                        BudgetColumn.GENERAL_PUBLIC, general, BudgetColumn.GOV_FUND, fund)),
                row(new RowKey.Line(BudgetLine.EXPENSE_YEAR_TOTAL), "本年支出合计", Map.of(BudgetColumn.TOTAL,
                        general.add(fund), BudgetColumn.GENERAL_PUBLIC, general, BudgetColumn.GOV_FUND, fund))), ""));
        Map<BudgetColumn, BigDecimal> t2total = new EnumMap<>(BudgetColumn.class);
        t2total.put(BudgetColumn.TOTAL, z(d, FigureKey.INCOME_TOTAL));
        for (BudgetLine l : p.incomeLines()) {
            t2total.put(TemplateProfile.column(l), z(d, income.get(l)));
        }
        out.add(new BudgetTable(TableKind.INCOME_SUMMARY, unit, TableKind.INCOME_SUMMARY.standardColumns(p),
                hierarchy(t2total), ""));
        out.add(new BudgetTable(TableKind.EXPENSE_SUMMARY, unit, List.of(BudgetColumn.TOTAL, BudgetColumn.BASIC,
                BudgetColumn.PROJECT), subjects(basic, project, Map.of(BudgetColumn.BASIC, basic),
                Map.of(BudgetColumn.PROJECT, project)), ""));
        out.add(new BudgetTable(TableKind.GENERAL_PUBLIC_EXPENSE, unit, List.of(BudgetColumn.TOTAL, BudgetColumn.BASIC,
                BudgetColumn.PERSONNEL, BudgetColumn.PUBLIC_USE, BudgetColumn.PROJECT), subjects(basic, project,
                Map.of(BudgetColumn.BASIC, basic, BudgetColumn.PERSONNEL, personnel, BudgetColumn.PUBLIC_USE, publicUse),
                Map.of(BudgetColumn.PROJECT, project)), ""));
        out.add(new BudgetTable(TableKind.GENERAL_PUBLIC_BASIC, unit, List.of(BudgetColumn.TOTAL,
                BudgetColumn.PERSONNEL, BudgetColumn.PUBLIC_USE), List.of(
                row(new RowKey.Line(BudgetLine.TOTAL), "合计", Map.of(BudgetColumn.TOTAL, basic, BudgetColumn.PERSONNEL,
                        personnel, BudgetColumn.PUBLIC_USE, publicUse)),
                row(new RowKey.Subject(Classification.ECONOMIC, "301"), "工资福利支出",
                        Map.of(BudgetColumn.TOTAL, personnel, BudgetColumn.PERSONNEL, personnel)),
                row(new RowKey.Subject(Classification.ECONOMIC, "302"), "商品和服务支出",
                        Map.of(BudgetColumn.TOTAL, publicUse, BudgetColumn.PUBLIC_USE, publicUse))), ""));
        out.add(new BudgetTable(TableKind.THREE_PUBLIC, unit, TableKind.THREE_PUBLIC.standardColumns(p), List.of(
                threePublic(d, BudgetLine.CURRENT_YEAR, FigureKey.THREE_PUBLIC_ABROAD,
                        FigureKey.THREE_PUBLIC_VEHICLE_PURCHASE, FigureKey.THREE_PUBLIC_VEHICLE_OPERATION,
                        FigureKey.THREE_PUBLIC_RECEPTION),
                threePublic(d, BudgetLine.LAST_YEAR, FigureKey.LAST_THREE_PUBLIC_ABROAD,
                        FigureKey.LAST_THREE_PUBLIC_VEHICLE_PURCHASE, FigureKey.LAST_THREE_PUBLIC_VEHICLE_OPERATION,
                        FigureKey.LAST_THREE_PUBLIC_RECEPTION)), ""));
        return BudgetTables.of(out);
    }

    private static BudgetRow threePublic(Draft d, BudgetLine line, FigureKey abroad, FigureKey purchase,
                                         FigureKey operation, FigureKey reception) {
        BigDecimal vehicle = z(d, purchase).add(z(d, operation));
        return row(new RowKey.Line(line), line.label(), Map.of(BudgetColumn.TOTAL, z(d, abroad).add(vehicle)
                        .add(z(d, reception)), BudgetColumn.ABROAD, z(d, abroad), BudgetColumn.VEHICLE, vehicle,
                BudgetColumn.VEHICLE_PURCHASE, z(d, purchase), BudgetColumn.VEHICLE_OPERATION, z(d, operation),
                BudgetColumn.RECEPTION, z(d, reception)));
    }

    /** 合计, 201, 20103 with the same amounts, then the two 项 (basic under 2010301, project under 2010302). */
    private static List<BudgetRow> subjects(BigDecimal basic, BigDecimal project, Map<BudgetColumn, BigDecimal> b,
                                            Map<BudgetColumn, BigDecimal> pr) {
        Map<BudgetColumn, BigDecimal> all = new EnumMap<>(BudgetColumn.class);
        all.put(BudgetColumn.TOTAL, basic.add(project));
        all.putAll(b);
        all.putAll(pr);
        Map<BudgetColumn, BigDecimal> first = new EnumMap<>(b);
        first.put(BudgetColumn.TOTAL, basic);
        Map<BudgetColumn, BigDecimal> second = new EnumMap<>(pr);
        second.put(BudgetColumn.TOTAL, project);
        return List.of(row(new RowKey.Line(BudgetLine.TOTAL), "合计", all), row(subject("201"), "一般公共服务支出", all),
                row(subject("20103"), "政府办公厅（室）及相关机构事务", all), row(subject("2010301"), "行政运行", first),
                row(subject("2010302"), "一般行政管理事务", second));
    }

    private static List<BudgetRow> hierarchy(Map<BudgetColumn, BigDecimal> amounts) {
        return List.of(row(new RowKey.Line(BudgetLine.TOTAL), "合计", amounts), row(subject("201"), "一般公共服务支出", amounts),
                row(subject("20103"), "政府办公厅（室）及相关机构事务", amounts), row(subject("2010301"), "行政运行", amounts));
    }

    private static RowKey subject(String code) {
        return new RowKey.Subject(Classification.FUNCTION, code);
    }

    private static BudgetRow row(RowKey key, String name, Map<BudgetColumn, BigDecimal> amounts) {
        return new BudgetRow(key, name, amounts, Map.of());
    }

    private static BigDecimal z(Draft d, FigureKey k) {
        return Amounts.orZero(d.figures().get(k));
    }
}
