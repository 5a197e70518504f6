package cn.gongkai.importer;

import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Row;
import cn.gongkai.importer.TextBlocks.Table;
import cn.gongkai.importer.workbook.PrintedTables;
import cn.gongkai.importer.workbook.PrintedTables.Printed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the standard tables (部门预算公开表) among a file's blocks: each table with the lines printed above it —
 * "表5" or none, its title (or a title inside the table's first rows), the 编制单位 / 预算年度 / 单位 caption — and the
 * 空表说明 printed under an empty one; a table continued on the next page (no title of its own, the same header
 * rows, or none) is joined to the one before, its repeated header dropped. What it takes is not narrative.
 */
final class PublishedTables {
    /**
     * A table found and where its blocks stand; {@code note} is the block after it when that says the table is empty
     * ("本单位无政府性基金预算支出，故本表为空表。"), -1 when none: the caller takes it when the table read is empty.
     */
    record Found(Printed printed, int first, int last, int note) {
    }

    private static final int LOOK_BACK = 5;
    private static final Pattern NUMBER = Pattern.compile("^(?:表|附表)\\s*[0-9一二三四五六七八九十]{1,3}[-－—.．、]?\\d{0,2}\\s*");
    private static final Pattern CAPTION = Pattern.compile(".*(编制单位|编报单位|单位名称|部门名称|预算年度|单位\\s*[：:]|金额单位).*");
    private static final Pattern CONTINUED = Pattern.compile("^[（(]?续表?[）)]?.{0,20}$|^第?\\d{1,3}页$|^[-—－]\\s*\\d{1,3}\\s*[-—－]$");
    private static final Pattern EMPTY = Pattern.compile("空表|无此项|没有.{0,20}(预算|支出|收入|拨款)|未安排|不涉及");

    private final List<Block> blocks;
    private final Set<Integer> taken = new HashSet<>();
    private final Map<Integer, Found> found = new TreeMap<>();

    private PublishedTables(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** The standard tables of the blocks, in the order printed, each with the blocks it took. */
    static PublishedTables of(List<Block> blocks) {
        PublishedTables p = new PublishedTables(blocks);
        p.scan();
        return p;
    }

    List<Found> tables() {
        return List.copyOf(found.values());
    }

    /** Whether block {@code i} belongs to a standard table (its title, caption or rows). */
    boolean took(int i) {
        return taken.contains(i);
    }

    /** Page furniture between parts of a table or of the text: "— 3 —", "第3页", "（续表）". */
    static boolean pageLeftover(Para p) {
        return CONTINUED.matcher(SectionBlocks.squeeze(p.text())).matches();
    }

    /** A caption written as a one-row table ("编制单位：…⇥预算年度：2025年⇥单位：万元"). */
    static boolean isCaption(Block b) {
        return b instanceof Table t && t.rows().size() == 1 && CAPTION.matcher(t.rows().get(0).joined()).matches();
    }

    /** The standard table a short paragraph titles ("表3　部门支出总表", "2024年部门收支预算总表"), if any. */
    static Optional<TableKind> title(Para p) {
        String t = SectionBlocks.squeeze(p.text());
        if (t.length() > 48 || t.matches(".*[。；;，,]$") || t.matches(".*\\t\\d+$")) {
            return Optional.empty();
        }
        return PrintedTables.kindOf(NUMBER.matcher(t).replaceFirst(""));
    }

    private void scan() {
        Found last = null;
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Table t) || isCaption(t)) {
                continue;
            }
            int start = i;
            List<String> above = new ArrayList<>();
            TableKind kind = null;
            for (int k = i - 1; k >= 0 && k >= i - LOOK_BACK; k--) {
                Block b = blocks.get(k);
                if (b instanceof Table c && isCaption(c)) {
                    above.add(0, String.join("  ", c.rows().get(0).cells()));
                    start = k;
                } else if (b instanceof Para p && kind == null && title(p).isPresent()) {
                    kind = title(p).get();
                    above.add(0, p.text());
                    start = k;
                    if (k > 0 && blocks.get(k - 1) instanceof Para n && NUMBER.matcher(n.text().strip()).matches()) {
                        above.add(0, n.text());
                        start = k - 1;
                    }
                    break;
                } else if (b instanceof Para p && (NUMBER.matcher(SectionBlocks.squeeze(p.text())).matches()
                        || CAPTION.matcher(p.text()).matches() || headingsOutside(p))) {
                    above.add(0, p.text());
                    start = k;
                } else {
                    break;
                }
            }
            if (kind == null) {
                kind = inside(t).orElse(null);
            }
            if (kind == null && last != null && continues(last, i)) {
                last = join(last, t, i);
                continue;
            }
            if (kind == null) {
                continue; // not a standard table: the units, procurement, assets or 绩效 table of the narrative
            }
            int note = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Para n && EMPTY.matcher(n.text()).find()
                    && n.text().length() <= 120 ? i + 1 : -1;
            String name = "表" + kind.number() + " " + kind.title();
            last = new Found(new Printed(name, kind, above, rows(t)), start, i, note);
            found.put(start, last);
            for (int k = start; k <= i; k++) {
                taken.add(k);
            }
        }
    }

    /**
     * A heading row printed above the table's ruled part ("收入⇥支出" over a 收支总表 whose borders start below it): a
     * short line of far-apart words, no amount among them.
     */
    private static boolean headingsOutside(Para p) {
        String t = p.text().strip();
        return t.indexOf('\t') > 0 && t.length() <= 40 && !t.matches(".*\\d+\\.\\d+.*") && !t.matches(".*\\t\\d{1,3}$");
    }

    /** A title inside the table's first rows (a title row merged across the table). */
    private static Optional<TableKind> inside(Table t) {
        for (int r = 0; r < Math.min(3, t.rows().size()); r++) {
            Row row = t.rows().get(r);
            if (row.cells().stream().distinct().filter(c -> !c.isBlank()).count() == 1) {
                Optional<TableKind> k = title(new Para(row.line(), row.cells().stream().filter(c -> !c.isBlank())
                        .findFirst().orElse("")));
                if (k.isPresent()) {
                    return k;
                }
            }
        }
        return Optional.empty();
    }

    /** Table {@code i} goes on from {@code last}: only a page's leftovers between them, and the same columns. */
    private boolean continues(Found last, int i) {
        for (int k = last.last() + 1; k < i; k++) {
            if (!(blocks.get(k) instanceof Para p) || !CONTINUED.matcher(SectionBlocks.squeeze(p.text())).matches()) {
                return false;
            }
        }
        List<List<String>> before = last.printed().rows();
        Table t = (Table) blocks.get(i);
        return !t.rows().isEmpty() && !before.isEmpty() && width(rows(t)) == width(before);
    }

    private Found join(Found last, Table t, int i) {
        List<List<String>> rows = new ArrayList<>(last.printed().rows());
        List<List<String>> more = rows(t);
        int skip = 0;
        while (skip < more.size() && skip < rows.size() && same(more.get(skip), rows.get(skip))) {
            skip++; // the header rows printed again on the new page
        }
        rows.addAll(more.subList(skip, more.size()));
        Printed p = last.printed();
        int note = i + 1 < blocks.size() && blocks.get(i + 1) instanceof Para n && EMPTY.matcher(n.text()).find()
                && n.text().length() <= 120 ? i + 1 : -1;
        Found joined = new Found(new Printed(p.name(), p.kind(), p.above(), rows), last.first(), i, note);
        found.put(last.first(), joined);
        for (int k = last.last() + 1; k <= i; k++) {
            taken.add(k);
        }
        return joined;
    }

    private static boolean same(List<String> a, List<String> b) {
        return a.stream().map(SectionBlocks::squeeze).toList().equals(b.stream().map(SectionBlocks::squeeze).toList());
    }

    /** The number of columns: the widest row (a heading merged across columns is one cell shorter). */
    private static int width(List<List<String>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }

    private static List<List<String>> rows(Table t) {
        return t.rows().stream().filter(r -> !r.blank()).map(Row::cells).toList();
    }
}
