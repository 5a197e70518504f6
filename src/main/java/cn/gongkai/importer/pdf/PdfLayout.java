package cn.gongkai.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages' lines and tables in reading order, written as the importer's text: a line the page wrapped joins its
 * paragraph — it starts at the text's left edge, and the line before ran to the right edge —, a paragraph starts
 * with an indented line or after a line that stopped short, a line of far-apart parts (a caption, a 目录 entry)
 * stands alone with a tab between its parts, and a table continued on the next page (the same columns, nothing
 * but the page break between) goes on, its header rows printed again left out.
 */
final class PdfLayout {
    private sealed interface Item permits LineItem, TableItem {
        float top();
    }

    private record LineItem(TextLines.Line line, float left, float right) implements Item {
        @Override
        public float top() {
            return line.top();
        }
    }

    private record TableItem(RuledTables.Found table) implements Item {
        @Override
        public float top() {
            return table.top();
        }
    }

    private static final java.util.regex.Pattern LEADERS = java.util.regex.Pattern.compile(
            ".*[.．…·]{4,}\\s*\\d{0,4}$");
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private TextLines.Line previous;
    private float previousRight;
    private RuledTables.Found lastTable;
    private boolean tableLast;
    private float pageWidth;

    private PdfLayout() {
    }

    /** The text block's edges for pages of one width: where most lines start, and where full lines end. */
    private record Block(float left, float right) {
    }

    private final Map<Integer, Block> blocks = new HashMap<>();

    static String text(List<Page> pages) {
        PdfLayout l = new PdfLayout();
        Map<Integer, List<TextLines.Line>> byWidth = new HashMap<>();
        List<List<RuledTables.Found>> tables = new ArrayList<>();
        List<List<TextLines.Line>> lines = new ArrayList<>();
        for (Page p : pages) {
            List<RuledTables.Found> t = new ArrayList<>(RuledTables.of(p));
            List<Glyph> loose = p.glyphs().stream().filter(g -> t.stream().noneMatch(x -> x.holds(g))).toList();
            List<TextLines.Line> all = TextLines.of(loose);
            List<RuledTables.Found> aligned = AlignedTables.of(all); // tables drawn without lines
            List<TextLines.Line> ls = all.stream().filter(x -> aligned.stream()
                    .noneMatch(a -> x.baseline() >= a.top() - 0.5f && x.baseline() <= a.bottom())).toList();
            t.addAll(aligned);
            tables.add(t);
            lines.add(ls);
            byWidth.computeIfAbsent(Math.round(p.width()), k -> new ArrayList<>()).addAll(ls);
        }
        byWidth.forEach((w, ls) -> l.blocks.put(w, new Block(mode(ls, true), farRight(ls))));
        for (int i = 0; i < pages.size(); i++) {
            l.page(pages.get(i), tables.get(i), lines.get(i));
        }
        l.flush();
        return l.out.toString();
    }

    /**
     * Where full lines end: the commonest end where a tenth of the lines end there (justified text), else the end
     * that only one line in twenty passes (ragged text).
     */
    private static float farRight(List<TextLines.Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        float mode = mode(lines, false);
        long there = lines.stream().filter(l -> Math.abs(l.right() - mode) < 1.5f).count();
        if (there * 10 >= lines.size()) {
            return mode;
        }
        List<Float> rights = lines.stream().map(TextLines.Line::right).sorted().toList();
        return rights.get(Math.min(rights.size() - 1, (int) (rights.size() * 0.95)));
    }

    /** The commonest start (or end) of a line, to the point; the leftmost (rightmost) of equally common ones. */
    private static float mode(List<TextLines.Line> lines, boolean left) {
        Map<Integer, Integer> count = new HashMap<>();
        for (TextLines.Line l : lines) {
            count.merge(Math.round(left ? l.left() : l.right()), 1, Integer::sum);
        }
        return count.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(e -> left ? -e.getKey() : e.getKey())).map(Map.Entry::getKey).orElse(0);
    }

    private void page(Page page, List<RuledTables.Found> tables, List<TextLines.Line> lines) {
        Block block = blocks.get(Math.round(page.width()));
        float left = block.left();
        float right = block.right();
        this.pageWidth = page.width();
        List<Item> items = new ArrayList<>();
        lines.forEach(x -> items.add(new LineItem(x, left, right)));
        tables.forEach(t -> items.add(new TableItem(t)));
        items.sort(Comparator.comparing(Item::top));
        boolean first = true;
        for (Item it : items) {
            if (it instanceof TableItem t) {
                table(t.table(), first);
            } else {
                line((LineItem) it, first);
            }
            first = false;
        }
    }

    private void line(LineItem it, boolean firstOnPage) {
        TextLines.Line l = it.line();
        List<TextLines.Chunk> chunks = l.chunks();
        String text = String.join("\t", chunks.stream().map(TextLines.Chunk::text).toList());
        float size = l.size();
        boolean parts = chunks.size() > 1 || LEADERS.matcher(text).matches(); // a 目录 entry with its leader dots
        boolean indented = l.left() > it.left() + 0.9f * size;
        boolean centred = indented && Math.abs((l.left() + l.right()) / 2 - pageWidth / 2) < 1.5f * size
                && l.right() < it.right() - 2 * size;
        boolean startsNew = paragraph.isEmpty() || parts || indented || tableLast || previous == null
                || previousShort(size, firstOnPage ? previousRight : it.right())
                || Math.abs(previous.size() - size) > 1.2f
                || !firstOnPage && l.baseline() - previous.baseline() > 2.6f * size
                || endsSentence(paragraph) && indented;
        if (startsNew) {
            flush();
            paragraph.append(text);
        } else {
            String last = paragraph.substring(paragraph.length() - 1);
            if (TextLines.latin(last) && Character.isLetter(last.charAt(0)) && !text.isEmpty()
                    && Character.isLetter(text.charAt(0)) && TextLines.latin(text.substring(0, 1))) {
                paragraph.append(' ');
            }
            paragraph.append(text);
        }
        if (parts || centred) {
            flush(); // a caption, a 目录 entry, a centred title stands alone
        }
        previous = parts || centred ? null : l;
        previousRight = it.right();
        tableLast = false;
    }

    /** The line before stopped short of the right edge: its paragraph ended there. */
    private boolean previousShort(float size, float right) {
        return previous.right() < right - 1.5f * size;
    }

    private static boolean endsSentence(CharSequence s) {
        return s.length() > 0 && "。！？!?；;：:".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private void table(RuledTables.Found t, boolean firstOnPage) {
        flush();
        List<List<String>> rows = t.rows();
        if (firstOnPage && tableLast && lastTable != null && sameColumns(lastTable, t)) {
            int skip = 0;
            while (skip < rows.size() && skip < lastTable.rows().size()
                    && rows.get(skip).equals(lastTable.rows().get(skip)) && skip < 6) {
                skip++; // the header rows printed again on the new page
            }
            rows = rows.subList(skip, rows.size());
            out.setLength(out.length() - 1); // the blank line that ended the table: it goes on
        }
        for (List<String> row : rows) {
            for (String cell : row) {
                out.append('\t').append(cell).append('\n'); // a cell's further paragraphs on lines of their own
            }
            out.append('\n');
        }
        out.append('\n');
        lastTable = t;
        tableLast = true;
        previous = null;
    }

    private static boolean sameColumns(RuledTables.Found a, RuledTables.Found b) {
        return !a.rows().isEmpty() && !b.rows().isEmpty() && a.rows().get(0).size() == b.rows().get(0).size()
                && Math.abs(a.left() - b.left()) < 3 && Math.abs(a.right() - b.right()) < 3;
    }

    private void flush() {
        if (!paragraph.isEmpty()) {
            out.append(paragraph).append('\n');
            paragraph.setLength(0);
        }
    }
}
