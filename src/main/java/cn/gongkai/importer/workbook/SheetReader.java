package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.BudgetLine;
import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.Classification;
import cn.gongkai.domain.budget.Labels;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.importer.workbook.Grid.GridCell;
import cn.gongkai.importer.workbook.HeaderColumns.Column;
import cn.gongkai.importer.workbook.HeaderColumns.Role;
import cn.gongkai.importer.workbook.HeaderColumns.Side;
import cn.gongkai.importer.workbook.HeaderColumns.Year;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sheet known to hold a standard table: finds its header (through merged rows), its caption (unit,
 * 编制单位, year), and turns every data row into a row of the table — subjects by code (or by name, under the
 * class and 款 above), fixed lines by their label, the two halves of the 收支总表 apart, the “三公” years by
 * their label or column group. Every amount keeps the cell it came from; a row or cell that cannot be read is
 * reported, never guessed.
 */
final class SheetReader {
    private static final int HEADER_SEARCH = 15;
    private static final int MAX_HEADER_ROWS = 4;
    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})(?:\\s*(.*))?$");
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注|填报说明)[:：\\s].*|^注[:：]?$");

    /** What a sheet gave: the table, its caption, the words for the report, and what could not be read. */
    record Read(BudgetTable table, SheetCaption caption, boolean unitGuessed, String summary, List<String> unplaced,
                Map<RowKey.Subject, String> subjects) {
    }

    private final Grid g;
    private final TableKind kind;
    private final SubjectNames names;
    private final List<String> unplaced = new ArrayList<>();
    private final Map<RowKey.Subject, String> subjects = new LinkedHashMap<>();
    private MoneyUnit unit;

    private SheetReader(Grid g, TableKind kind, SubjectNames names) {
        this.g = g;
        this.kind = kind;
        this.names = names;
    }

    static Read read(Grid g, TableKind kind, SubjectNames names) {
        return new SheetReader(g, kind, names).read();
    }

    private Read read() {
        int start = headerStart();
        SheetCaption caption = SheetCaption.of(g, start < 0 ? g.rows().size() : start);
        unit = caption.unit().orElse(MoneyUnit.WAN_YUAN);
        names.year(caption.year());
        if (start < 0) {
            unplaced.add(g.named() + "：找不到表头（如“科目编码”“科目名称”“合计”），未能读取");
            return new Read(new BudgetTable(kind, unit, List.of(), List.of(), ""), caption, caption.unit().isEmpty(),
                    "未能读取", unplaced, subjects);
        }
        List<Integer> header = new ArrayList<>();
        int r = start;
        while (r < g.rows().size() && header.size() < MAX_HEADER_ROWS && !isData(r)
                && !(header.size() > 0 && onlyTotal(r))) {
            if (!isCountRow(r) && !blankRow(r)) {
                header.add(r);
            }
            r++;
        }
        List<Column> columns = HeaderColumns.read(g, header, names.year());
        for (Column c : columns) {
            if (c.role() == Role.UNKNOWN && !c.path().isEmpty()) {
                unplaced.add(g.named() + "第 " + (c.index() + 1) + " 列“" + c.heading() + "”：不认识的列，未导入");
            }
        }
        Rows rows = new Rows();
        Rows expenses = new Rows(); // the right half of a two-sided table, kept after the left half
        StringBuilder note = new StringBuilder();
        for (; r < g.rows().size(); r++) {
            String first = firstText(r);
            if (NOTE.matcher(Labels.normalize(first)).matches() || !note.isEmpty()) {
                note.append(first.strip());
                continue;
            }
            if (blankRow(r) || isCountRow(r)) {
                continue;
            }
            switch (kind.shape()) {
                case SUBJECTS -> subjectRow(r, columns, rows);
                case TWO_SIDED -> {
                    side(r, columns, Side.INCOME, rows);
                    side(r, columns, Side.EXPENSE, expenses);
                }
                case YEARS -> yearRow(r, columns, rows);
            }
        }
        List<BudgetColumn> order = new ArrayList<>();
        columns.stream().filter(c -> c.role() == Role.AMOUNT).map(Column::amount).distinct().forEach(order::add);
        List<BudgetRow> all = new ArrayList<>(rows.list());
        all.addAll(expenses.list());
        BudgetTable table = new BudgetTable(kind, unit, order, all, "");
        if (table.isEmpty() && !note.isEmpty()) {
            table = table.withEmptyStatement(note.toString().replaceFirst("^(注|说明|备注)\\s*[:：]?\\s*", ""));
        }
        String summary = kind.shape() == TableKind.Shape.TWO_SIDED
                ? "收入 " + rows.list().size() + " 行，支出 " + expenses.list().size() + " 行" : all.size() + " 行";
        return new Read(table, caption, caption.unit().isEmpty(), summary, unplaced, subjects);
    }

    /** The first row that looks like the header: mostly headings we know, no amounts, not a caption. */
    private int headerStart() {
        for (int r = 0; r < Math.min(HEADER_SEARCH, g.rows().size()); r++) {
            List<GridCell> cells = g.rows().get(r).stream().filter(c -> !c.blank()).toList();
            if (cells.isEmpty() || cells.stream().anyMatch(c -> c.amount() != null)) {
                continue;
            }
            String line = g.line(r);
            if (line.contains("单位：") || line.contains("单位:") || line.contains("编制单位")) {
                continue;
            }
            long known = cells.stream().filter(c -> HeaderColumns.known(c.text())).count();
            if (known >= 1 && known * 2 >= cells.size()) {
                return r;
            }
        }
        return -1;
    }

    /** A data row: it holds an amount, or starts with a subject code, or is mostly words no header uses. */
    private boolean isData(int r) {
        if (isCountRow(r)) {
            return false;
        }
        List<GridCell> cells = g.rows().get(r).stream().filter(c -> !c.blank()).toList();
        if (cells.stream().anyMatch(c -> c.amount() != null)) {
            return true;
        }
        if (CODE_AND_NAME.matcher(firstText(r)).matches()) {
            return true;
        }
        long known = cells.stream().filter(c -> HeaderColumns.known(c.text())).count();
        return !cells.isEmpty() && known * 2 < cells.size();
    }

    /** A row that says only "合计": the 合计 row of a table without amounts, not a heading. */
    private boolean onlyTotal(int r) {
        List<String> texts = g.rows().get(r).stream().filter(c -> !c.blank()).map(c -> Labels.normalize(c.text()))
                .toList();
        return !texts.isEmpty() && texts.stream().allMatch(t -> t.equals("合计") || t.equals("总计"));
    }

    /** The 栏次 row under a header ("栏次 1 2 3 …"): neither header nor data. */
    private boolean isCountRow(int r) {
        return g.rows().get(r).stream().anyMatch(c -> {
            String t = Labels.normalize(c.text());
            return t.equals("栏次") || t.equals("行次");
        });
    }

    private boolean blankRow(int r) {
        return g.rows().get(r).stream().allMatch(GridCell::blank);
    }

    private String firstText(int r) {
        return g.rows().get(r).stream().filter(c -> !c.blank()).map(GridCell::text).findFirst().orElse("");
    }

    private String row(int r) {
        return g.named() + "第 " + (r + 1) + " 行";
    }

    // ---- subject tables (部门收入总表, 部门支出总表, 一般公共预算支出表 …)

    private void subjectRow(int r, List<Column> columns, Rows rows) {
        Classification cls = kind.classification();
        String code = code(r, columns);
        String name = text(r, columns, Role.NAME, Side.NONE);
        Matcher inName = CODE_AND_NAME.matcher(name);
        if (code.isEmpty() && inName.matches() && inName.group(2) != null && !inName.group(2).isBlank()) {
            code = inName.group(1);
            name = inName.group(2);
        }
        Matcher inCode = CODE_AND_NAME.matcher(code);
        if (inCode.matches() && inCode.group(2) != null && !inCode.group(2).isBlank()) {
            code = inCode.group(1);
            name = name.isEmpty() ? inCode.group(2) : name;
        }
        RowKey key;
        if (cls.isCode(code)) {
            key = new RowKey.Subject(cls, code);
            names.enter(cls, code);
        } else {
            String label = name.isEmpty() ? code : name;
            Optional<BudgetLine> line = HeaderColumns.line(label, BudgetLine.Side.EXPENSE);
            if (line.isPresent()) {
                key = new RowKey.Line(line.get());
                name = line.get().label();
            } else {
                Optional<String> byName = code.isEmpty() ? names.codeOf(cls, name) : Optional.empty();
                if (byName.isEmpty()) {
                    if (!code.isEmpty() || !name.isEmpty() || hasAmount(r)) {
                        unplaced.add(row(r) + "：" + (code.isEmpty() ? "" : "编码“" + code + "”") + "“" + name
                                + "”不是" + cls.label() + "的科目（应为 3、5 或 7 位编码），未导入");
                    }
                    return;
                }
                key = new RowKey.Subject(cls, byName.get());
                names.enter(cls, byName.get());
            }
        }
        if (key instanceof RowKey.Subject s && !name.isEmpty()) {
            subjects.put(s, name);
        }
        rows.add(r, key, name, amounts(r, columns, Side.NONE, Year.NONE), this);
    }

    /** The subject code, from one column or from three (类, 款, 项); a 款 written as "01" follows its 类. */
    private String code(int r, List<Column> columns) {
        String whole = text(r, columns, Role.CODE, Side.NONE).replaceAll("[\\s\u3000]", "");
        if (!whole.isEmpty()) {
            return whole;
        }
        String cls = text(r, columns, Role.CODE_CLASS, Side.NONE).replaceAll("\\s", "");
        String section = text(r, columns, Role.CODE_SECTION, Side.NONE).replaceAll("\\s", "");
        String item = text(r, columns, Role.CODE_ITEM, Side.NONE).replaceAll("\\s", "");
        if (cls.isEmpty() && section.isEmpty() && item.isEmpty()) {
            return "";
        }
        return names.partsToCode(cls, section, item);
    }

    // ---- two-sided tables (部门收支总表, 财政拨款收支总表)

    private void side(int r, List<Column> columns, Side side, Rows rows) {
        List<Column> mine = sideColumns(columns, side);
        String label = mine.stream().filter(c -> c.role() == Role.NAME).map(c -> g.text(r, c.index()))
                .filter(t -> !t.isBlank()).findFirst().orElse("");
        Map<BudgetColumn, Value> amounts = amounts(r, mine, Side.NONE, Year.NONE);
        if (label.isBlank()) {
            if (!amounts.isEmpty()) {
                unplaced.add(row(r) + "（" + (side == Side.INCOME ? "收入" : "支出") + "）：有金额但没有项目名称，未导入");
            }
            return;
        }
        BudgetLine.Side lineSide = side == Side.INCOME ? BudgetLine.Side.INCOME : BudgetLine.Side.EXPENSE;
        Optional<BudgetLine> line = HeaderColumns.line(label, lineSide);
        RowKey key;
        String name;
        if (line.isPresent()) {
            key = new RowKey.Line(line.get());
            name = line.get().label();
        } else if (side == Side.EXPENSE) {
            Matcher m = CODE_AND_NAME.matcher(label.strip());
            Optional<String> code = m.matches() && Classification.FUNCTION.level(m.group(1)) == 1
                    ? Optional.of(m.group(1)) : names.classOf(label);
            if (code.isEmpty()) {
                unplaced.add(row(r) + "（支出）：“" + label + "”不是功能分类的类，也不是合计行，未导入");
                return;
            }
            key = new RowKey.Subject(Classification.FUNCTION, code.get());
            name = m.matches() && m.group(2) != null && !m.group(2).isBlank() ? m.group(2) : Labels.normalize(label);
            subjects.put((RowKey.Subject) key, name);
        } else {
            unplaced.add(row(r) + "（收入）：“" + label + "”不是认识的收入项目，未导入");
            return;
        }
        rows.add(r, key, name, amounts, this);
    }

    /**
     * The columns of one half: those under 收入 or 支出; a column under neither belongs to the half of the name
     * column before it (the first name column is 收入's, the second 支出's, when the header says neither).
     */
    private static List<Column> sideColumns(List<Column> columns, Side side) {
        List<Column> out = new ArrayList<>();
        Side current = Side.NONE;
        int names = 0;
        for (Column c : columns) {
            if (c.role() == Role.NAME) {
                names++;
                current = c.side() != Side.NONE ? c.side() : names == 1 ? Side.INCOME : Side.EXPENSE;
            }
            Side s = c.side() != Side.NONE ? c.side() : current;
            if (s == side) {
                out.add(c);
            }
        }
        return out;
    }

    // ---- the “三公” table: one row a year, by its label or by column groups

    private void yearRow(int r, List<Column> columns, Rows rows) {
        boolean grouped = columns.stream().anyMatch(c -> c.role() == Role.AMOUNT && c.year() != Year.NONE);
        if (grouped) {
            for (Year y : List.of(Year.CURRENT, Year.LAST)) {
                Map<BudgetColumn, Value> a = amounts(r, columns, Side.NONE, y);
                if (!a.isEmpty()) {
                    BudgetLine line = y == Year.CURRENT ? BudgetLine.CURRENT_YEAR : BudgetLine.LAST_YEAR;
                    rows.add(r, new RowKey.Line(line), line.label(), a, this);
                }
            }
            return;
        }
        String label = text(r, columns, Role.NAME, Side.NONE);
        BudgetLine line = BudgetLine.CURRENT_YEAR;
        if (!label.isBlank()) {
            Matcher y = Pattern.compile("(20\\d{2})").matcher(label);
            boolean last = label.contains("上年") || (y.find() && names.year() > 0
                    && Integer.parseInt(y.group(1)) == names.year() - 1);
            boolean other = label.contains("增减") || label.contains("比上年") || label.contains("变动");
            if (other) {
                return; // 增减额, 增减率: computed from the two years, not stored
            }
            line = last ? BudgetLine.LAST_YEAR : BudgetLine.CURRENT_YEAR;
        } else if (rows.has(new RowKey.Line(BudgetLine.CURRENT_YEAR))) {
            unplaced.add(row(r) + "：“三公”经费表多出一行且没有写明年度，未导入");
            return;
        }
        rows.add(r, new RowKey.Line(line), line.label(), amounts(r, columns, Side.NONE, Year.NONE), this);
    }

    // ---- cells

    /** An amount and the cell it came from. */
    record Value(BigDecimal amount, String source) {
    }

    private Map<BudgetColumn, Value> amounts(int r, List<Column> columns, Side side, Year year) {
        Map<BudgetColumn, Value> out = new EnumMap<>(BudgetColumn.class);
        for (Column c : columns) {
            if (c.role() != Role.AMOUNT || (side != Side.NONE && c.side() != side) || (year != Year.NONE
                    && c.year() != year) || (year == Year.NONE && c.year() == Year.OTHER)) {
                continue;
            }
            GridCell cell = g.cell(r, c.index());
            CellAmounts.Parsed p = CellAmounts.parse(cell, unit);
            if (p.problem() != null) {
                unplaced.add(g.where(cell) + "（" + c.heading() + "）：" + p.problem() + "，未导入");
            } else if (p.value() != null && !out.containsKey(c.amount())) {
                out.put(c.amount(), new Value(p.value(), g.where(cell)));
            }
        }
        return out;
    }

    private boolean hasAmount(int r) {
        return g.rows().get(r).stream().anyMatch(c -> c.amount() != null);
    }

    private String text(int r, List<Column> columns, Role role, Side side) {
        for (Column c : columns) {
            if (c.role() == role && (side == Side.NONE || c.side() == side)) {
                String t = g.text(r, c.index()).strip();
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    /** The rows read so far, each key once. */
    private static final class Rows {
        private final Map<RowKey, BudgetRow> rows = new LinkedHashMap<>();
        private final Set<RowKey> seen = new LinkedHashSet<>();

        void add(int r, RowKey key, String name, Map<BudgetColumn, Value> values, SheetReader reader) {
            if (!seen.add(key)) {
                reader.unplaced.add(reader.row(r) + "：“" + name + "”（" + key.id() + "）在表中出现了两次，只导入第一次");
                return;
            }
            Map<BudgetColumn, BigDecimal> amounts = new EnumMap<>(BudgetColumn.class);
            Map<BudgetColumn, String> sources = new EnumMap<>(BudgetColumn.class);
            values.forEach((c, v) -> {
                amounts.put(c, v.amount());
                sources.put(c, v.source());
            });
            rows.put(key, new BudgetRow(key, name, amounts, sources));
        }

        boolean has(RowKey key) {
            return seen.contains(key);
        }

        List<BudgetRow> list() {
            return List.copyOf(rows.values());
        }
    }
}
