package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.importer.workbook.Grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The standard tables of a published file (Word, text, PDF) read as a workbook's sheets are: each table as printed
 * — the lines above it (表N, the title, 编制单位, 预算年度, 单位) and its rows of cells, a merged cell standing in each
 * row and column it covers — read by the same reader, so that a table means the same whichever file it came in.
 * A value's evidence names the table and its cell ("表5 一般公共预算支出表!C9": the third column of the ninth row).
 */
public final class PrintedTables {
    /** A table as a file prints it. */
    public record Printed(String name, TableKind kind, List<String> above, List<List<String>> rows) {
        public Printed {
            above = List.copyOf(above);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    private PrintedTables() {
    }

    /** The standard table a title names ("表5 一般公共预算支出表", "2024年部门收支预算总表"), if any. */
    public static Optional<TableKind> kindOf(String title) {
        return SheetKinds.match(title);
    }

    /** Reads the tables; a kind printed twice is read once (the first), and every kind missing is listed. */
    public static WorkbookTables read(List<Printed> printed, SubjectCatalogue catalogue, int budgetYear) {
        TableSet set = new TableSet(catalogue, budgetYear);
        for (Printed p : printed) {
            set.add(grid(p), p.kind());
        }
        return set.result(style(printed));
    }

    /**
     * How the file prints its amounts, from the cells that show decimals: all with the same number of decimals, that
     * many; none with decimals, whole units; some with more than others, as entered. Cells without a decimal point
     * cannot tell an amount from a subject's code or a 栏次, so they count only when no cell has one.
     */
    static AmountStyle style(List<Printed> printed) {
        java.util.Set<Integer> places = new java.util.TreeSet<>();
        boolean numbers = false;
        for (Printed p : printed) {
            for (List<String> row : p.rows()) {
                for (String cell : row) {
                    String t = cell.replaceAll("[\\s\u3000,，\u00a0]", "");
                    if (NUMBER.matcher(t).matches()) {
                        numbers = true;
                        int dot = t.indexOf('.');
                        if (dot >= 0) {
                            places.add(t.length() - dot - 1);
                        }
                    }
                }
            }
        }
        if (places.isEmpty()) {
            return numbers ? new AmountStyle(new AmountStyle.Fixed(0), false) : AmountStyle.AS_ENTERED;
        }
        return places.size() == 1 && places.iterator().next() <= 6
                ? new AmountStyle(new AmountStyle.Fixed(places.iterator().next()), false) : AmountStyle.AS_ENTERED;
    }

    static Grid grid(Printed p) {
        p = new Printed(p.name(), p.kind(), p.above(), widened(p.rows()));
        List<List<GridCell>> rows = new ArrayList<>();
        for (String line : p.above()) {
            rows.add(List.of(new GridCell(line.strip(), null, "标题", null)));
        }
        for (int r = 0; r < p.rows().size(); r++) {
            rows.add(cells(p.rows().get(r), r));
        }
        return new Grid(p.name(), rows, "表格");
    }

    /** A printed row's cells: text as printed, the amount a cell holds, its place ("C7") by row {@code r}. */
    static List<GridCell> cells(List<String> row, int r) {
        List<GridCell> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String text = row.get(c).replace('\u00a0', ' ').strip();
            cells.add(new GridCell(text, amount(text), column(c) + (r + 1), null));
        }
        return cells;
    }

    /**
     * The rows with a heading row that is short of the table's width spread over it, as Word's text export leaves
     * merged headings: a heading merged across columns stands once in its row, and the row under it has an empty
     * cell below each heading merged downwards — so each empty cell below takes the next heading of the row above,
     * and each run of headings below sits under one heading above, which is repeated over the run.
     */
    static List<List<String>> widened(List<List<String>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<String>> out = new ArrayList<>(rows);
        for (int r = 0; r + 1 < out.size(); r++) {
            List<String> upper = out.get(r);
            List<String> lower = out.get(r + 1);
            if (upper.size() >= width || lower.size() != width || upper.stream().allMatch(String::isBlank)) {
                continue;
            }
            List<String> wide = new ArrayList<>();
            int u = 0;
            for (int c = 0; c < width && u < upper.size(); ) {
                if (lower.get(c).isBlank()) {
                    wide.add(upper.get(u++));
                    c++;
                } else {
                    String heading = upper.get(u++);
                    while (c < width && !lower.get(c).isBlank()) {
                        wide.add(heading);
                        c++;
                    }
                }
            }
            if (wide.size() == width && u == upper.size()) {
                out.set(r, wide);
                List<String> below = new ArrayList<>(lower);
                for (int c = 0; c < width; c++) {
                    if (below.get(c).isBlank()) {
                        below.set(c, wide.get(c)); // the heading merged downwards stands in both rows
                    }
                }
                out.set(r + 1, below);
            }
        }
        return out;
    }

    /** A cell's amount where its text is a plain number ("1,234.56", "154.560000"); null otherwise. */
    private static BigDecimal amount(String text) {
        String t = text.replaceAll("[\\s\u3000,，]", "");
        return NUMBER.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /** A, B, … Z, AA, AB … */
    private static String column(int c) {
        return c < 26 ? String.valueOf((char) ('A' + c)) : column(c / 26 - 1) + (char) ('A' + c % 26);
    }
}
