package cn.gongkai.importer;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.writing.TableFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last year's 一般公共预算当年拨款, which 一般公共预算支出表 does not print, read back from the 情况说明 that states it:
 * each 项's line of 具体使用情况 ("…行政运行（项）2025年预算数为850.12万元，比上年增加50万元…") and the total's 规模变化
 * ("…比上年增加170.12万元"). It becomes the table's 上年 column, as a workbook with last year's amounts gives it, so
 * that the draft rolls forward and is checked as one made from the workbook.
 */
final class LastYearFromText {
    private static final String MONEY = "([0-9][0-9,，]*(?:\\.\\d+)?)\\s*(万元|元)";
    private static final Pattern NOW = Pattern.compile("预算数为" + MONEY);
    private static final Pattern SCALE = Pattern.compile("一般公共预算当年拨款" + MONEY);
    private static final Pattern CHANGE = Pattern.compile("比上年(增加|减少)" + MONEY);

    private LastYearFromText() {
    }

    static Draft apply(Draft d) {
        Optional<BudgetTable> found = d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE);
        if (found.isEmpty() || found.get().columns().contains(BudgetColumn.LAST_YEAR_TOTAL)) {
            return d;
        }
        BudgetTable t = found.get();
        String items = d.texts().get(TextKey.GENERAL_PUBLIC_ITEMS).text();
        Map<String, BigDecimal> last = new HashMap<>();
        for (TableFacts.Line l : new TableFacts(d).generalPublicItems()) {
            String head = l.parents() + l.name() + "（项）";
            for (String line : items.split("\n")) {
                if (line.contains(head)) {
                    lastOf(line.substring(line.indexOf(head) + head.length()), t.unit()).ifPresent(v -> last.put(l.code(), v));
                    break;
                }
            }
        }
        Optional<BigDecimal> total = lastOf(d.texts().get(TextKey.GENERAL_PUBLIC_SCALE).text(), SCALE, t.unit());
        if (last.isEmpty() && total.isEmpty()) {
            return d;
        }
        List<BudgetColumn> columns = new ArrayList<>(t.columns());
        columns.add(BudgetColumn.LAST_YEAR_TOTAL);
        List<BudgetRow> rows = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            BigDecimal v = r.key().fold(s -> s.level() == 3 ? last.get(s.code()) : sum(t, s, last), line ->
                    line.line() == cn.gongkai.domain.budget.BudgetLine.TOTAL ? total.orElse(null) : null);
            rows.add(v == null ? r : r.with(BudgetColumn.LAST_YEAR_TOTAL, v));
        }
        BudgetTable withLast = new BudgetTable(t.kind(), t.unit(), columns, rows, t.emptyStatement());
        return TableFigures.sync(d.withTables(d.tables().with(withLast)));
    }

    /** A 类's or 款's last year: the sum of its 项', where every one of them is known. */
    private static BigDecimal sum(BudgetTable t, RowKey.Subject s, Map<String, BigDecimal> last) {
        List<BigDecimal> parts = new ArrayList<>();
        for (BudgetRow r : t.rows()) {
            boolean under = r.key().fold(x -> x.level() == 3 && x.code().startsWith(s.code()), l -> false);
            if (under) {
                String code = r.key().fold(RowKey.Subject::code, l -> "");
                if (last.containsKey(code)) {
                    parts.add(last.get(code));
                } else if (Amounts.orZero(r.amount(BudgetColumn.TOTAL)).signum() != 0) {
                    return null; // a 项 with money this year whose line the text lacks
                }
            }
        }
        return parts.isEmpty() || s.classification() != Classification.FUNCTION ? null : Amounts.sum(parts);
    }

    /** Last year's amount from what follows a 项's name: this year's, and the change or 持平 / 上年未安排. */
    private static Optional<BigDecimal> lastOf(String rest, MoneyUnit unit) {
        return lastOf(rest, NOW, unit);
    }

    private static Optional<BigDecimal> lastOf(String text, Pattern amount, MoneyUnit unit) {
        Matcher now = amount.matcher(text);
        if (!now.find()) {
            return Optional.empty();
        }
        BigDecimal value = money(now.group(1), now.group(2), unit);
        String after = text.substring(now.end());
        if (after.startsWith("，与上年持平") || after.startsWith(",与上年持平")) {
            return Optional.of(value);
        }
        Matcher c = CHANGE.matcher(after);
        if (!c.find() || c.start() > 2) {
            return Optional.empty();
        }
        BigDecimal diff = money(c.group(2), c.group(3), unit);
        return Optional.of(Amounts.normalize(c.group(1).equals("增加") ? value.subtract(diff) : value.add(diff)));
    }

    private static BigDecimal money(String digits, String unit, MoneyUnit to) {
        BigDecimal v = new BigDecimal(digits.replaceAll("[,，]", ""));
        return Amounts.normalize(Amounts.convert(v, unit.equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN, to));
    }
}
