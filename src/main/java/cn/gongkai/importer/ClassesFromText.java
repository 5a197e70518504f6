package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.reading.Statements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spending by 功能分类 class stated in the text of a file that prints no 部门收支总表 ("按支出功能分类：一般公共服务支出
 * 680万元，…", "支出包括：农林水支出2,420.00万元；…"): the expenditure side of that table, so that it is kept and
 * checked; each class by its name in the year's catalogue, with its sentence as evidence in the report.
 */
final class ClassesFromText {
    private ClassesFromText() {
    }

    /** The 收支总表's expenditure side read from the 支出 and 财政拨款 paragraphs, if the text names classes. */
    static Optional<BudgetTable> read(DraftBuilder b, SubjectCatalogue catalogue, List<String> evidence) {
        Map<String, BigDecimal> classes = new LinkedHashMap<>();
        for (TextKey k : List.of(TextKey.EXPENSE, TextKey.FISCAL_OVERVIEW)) {
            for (Statements.Part p : Statements.parts(b.text(k))) {
                String subject = p.topic();
                if (p.change() || subject.length() > 20) {
                    continue;
                }
                Optional<String> code = catalogue.codeOf(Classification.FUNCTION, subject, 1, b.year);
                if (code.isPresent() && !classes.containsKey(code.get())) {
                    classes.put(code.get(), Amounts.normalize(Amounts.convert(p.amount(), p.unit(), b.moneyUnit)));
                    evidence.add("依据：部门收支总表“" + subject + "” " + Amounts.shown(classes.get(code.get()))
                            + b.moneyUnit.label() + " ← “" + p.clause() + "”");
                }
            }
        }
        if (classes.isEmpty()) {
            return Optional.empty();
        }
        List<BudgetRow> rows = new ArrayList<>();
        classes.forEach((code, v) -> rows.add(new BudgetRow(new RowKey.Subject(Classification.FUNCTION, code),
                catalogue.name(Classification.FUNCTION, code, b.year).orElse(code), amount(v), Map.of())));
        BigDecimal total = b.figures.get(cn.gongkai.domain.model.FigureKey.EXPENSE_TOTAL);
        rows.add(new BudgetRow(new RowKey.Line(BudgetLine.EXPENSE_YEAR_TOTAL), BudgetLine.EXPENSE_YEAR_TOTAL.label(),
                total == null ? Map.of() : amount(total), Map.of()));
        return Optional.of(new BudgetTable(TableKind.INCOME_EXPENSE_SUMMARY, b.moneyUnit,
                List.of(BudgetColumn.AMOUNT), rows, ""));
    }

    private static Map<BudgetColumn, BigDecimal> amount(BigDecimal v) {
        Map<BudgetColumn, BigDecimal> m = new EnumMap<>(BudgetColumn.class);
        m.put(BudgetColumn.AMOUNT, v);
        return m;
    }
}
