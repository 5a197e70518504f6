package cn.gongkai.importer;

import cn.gongkai.domain.model.CostItem;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.reading.Subjects;
import cn.gongkai.importer.TextBlocks.Row;
import cn.gongkai.importer.TextBlocks.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small tables some units put in sections 二–四 instead of sentences: a "“三公”经费预算表" with this year's and
 * last year's columns, a table of 机关运行经费 items. A row is read by what its first cell names — the same words a
 * sentence would use ({@link Subjects}) — and a column by its heading: this year's budget ("2019年预算数", "预算数",
 * "金额"), last year's ("2018年预算数", "上年预算数"); "增减" columns are derived and not read.
 */
final class FigureTables {
    /** What a 合计 row is in each section. */
    private static final Map<Section, FigureKey> TOTALS = Map.of(Section.THREE_PUBLIC, FigureKey.THREE_PUBLIC_TOTAL,
            Section.RUNNING_COSTS, FigureKey.RUNNING_COST_TOTAL, Section.BUDGET, FigureKey.EXPENSE_TOTAL);

    private record Columns(int now, int last) {
    }

    private FigureTables() {
    }

    /** A table's body rows, the money unit its caption names and the columns its heading row names. */
    private record Body(MoneyUnit unit, Columns cols, List<Row> rows) {
    }

    /** Reads the caption rows (title, 编制单位, "单位：元") and the heading row, then gives the rows below them. */
    private static Body body(Table t, DraftBuilder b) {
        MoneyUnit unit = b.moneyUnit;
        Columns cols = null;
        List<Row> rows = new java.util.ArrayList<>();
        for (Row r : t.rows()) {
            if (r.blank()) {
                continue;
            }
            if (cols == null && caption(r)) {
                unit = TableSections.unitOf(r, unit);
                b.codeFrom(r.cell(0));
                continue;
            }
            if (cols == null) {
                cols = columns(r, b.year);
                if (cols != null) {
                    continue;
                }
                cols = new Columns(1, -1);
            }
            rows.add(r);
        }
        return new Body(unit, cols == null ? new Columns(1, -1) : cols, rows);
    }

    /** Fills the figures a table of {@code section} gives, this year's and last year's. */
    static void read(Table t, Section section, DraftBuilder b, SectionBlocks s) {
        b.unitOfTable(t, section.title() + "的表格", b.moneyUnit);
        Body body = body(t, b);
        for (Row r : body.rows()) {
            Optional<List<FigureKey>> about = about(section, r.cell(0));
            if (about.isEmpty()) {
                s.unplaced(r);
                continue;
            }
            if (about.get().size() != 1) {
                continue; // a sum of two rows given below it
            }
            FigureKey key = about.get().get(0);
            b.figure(key, money(r.cell(body.cols().now()), body.unit(), b));
            Optional<FigureKey> last = key.lastYear();
            if (body.cols().last() >= 0 && last.isPresent()) {
                b.figure(last.get(), money(r.cell(body.cols().last()), body.unit(), b));
            }
        }
    }

    /** A table of 机关运行经费 items: each row's name and amount (the 合计 row is the total). */
    static void costItems(Table t, DraftBuilder b, SectionBlocks s) {
        b.unitOfTable(t, "机关运行经费明细表", b.moneyUnit);
        Body body = body(t, b);
        for (Row r : body.rows()) {
            String name = Subjects.topic(r.cell(0));
            BigDecimal v = Amount.cell(r.cell(body.cols().now()));
            if (about(Section.RUNNING_COSTS, r.cell(0)).isPresent()) {
                b.figure(FigureKey.RUNNING_COST_TOTAL, money(r.cell(body.cols().now()), body.unit(), b));
            } else if (!name.isEmpty() && v != null) {
                b.costItems.add(new CostItem(name, v, body.unit()));
            } else {
                s.unplaced(r);
            }
        }
    }

    /** A row above the table's heading: its title, "编制单位：…", "单位：元" — one cell, or one that names the unit. */
    private static boolean caption(Row r) {
        return r.cells().stream().filter(c -> !c.isBlank()).count() <= 1
                || r.cells().size() <= 3 && r.joined().matches(".*单位[：:].*");
    }

    /** What a row's first cell names in {@code section}: "合计" is the section's total. */
    private static Optional<List<FigureKey>> about(Section section, String cell) {
        String label = SectionBlocks.squeeze(cell);
        if (label.matches("(?:合计|总计|小计)[：:]?") && TOTALS.containsKey(section)) {
            return Optional.of(List.of(TOTALS.get(section)));
        }
        return Subjects.in(section, Subjects.topic(label)).map(Subjects.Match::figures);
    }

    /** The heading row's columns, or null when the row is not one (its cells hold amounts). */
    private static Columns columns(Row r, int year) {
        if (r.cells().stream().skip(1).anyMatch(c -> Amount.cell(c) != null)) {
            return null;
        }
        int now = -1;
        int last = -1;
        for (int i = 1; i < r.cells().size(); i++) {
            String c = SectionBlocks.squeeze(r.cell(i));
            if (c.contains("增减") || c.contains("变动") || c.contains("差额") || c.contains("%")) {
                continue;
            }
            boolean earlier = c.contains("上年") || c.contains("去年") || year > 0 && c.contains((year - 1) + "年");
            if (earlier && last < 0) {
                last = i;
            } else if (!earlier && now < 0 && (c.contains("预算") || c.contains("金额") || c.contains("本年")
                    || c.contains(year + "年") || c.contains("合计") || c.contains("数"))) {
                now = i;
            }
        }
        return new Columns(now < 0 ? 1 : now, last);
    }

    private static BigDecimal money(String cell, MoneyUnit unit, DraftBuilder b) {
        BigDecimal v = Amount.cell(cell);
        return v == null ? null : Amounts.normalize(Amounts.convert(v, unit, b.moneyUnit));
    }
}
