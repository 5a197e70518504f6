package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits the text of a published disclosure into paragraphs and tables. Two shapes are understood: text extracted
 * from Word (one table cell per line, tab-indented, rows separated by blank lines) and text copied from Word/WPS or a
 * web page (one table row per line, cells separated by tabs).
 */
final class TextBlocks {
    sealed interface Block permits Para, Table {
        int line();
    }

    /** A paragraph; {@code joined} when it was made of two lines (a heading a narrow page broke in two). */
    record Para(int line, String text, boolean joined) implements Block {
        Para(int line, String text) {
            this(line, text, false);
        }
    }

    record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }

        String joined() {
            return String.join("", cells).replaceAll("[\\s\u3000]+", "");
        }
    }

    record Table(int line, List<Row> rows) implements Block {
    }

    private TextBlocks() {
    }

    static List<Block> parse(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();
        return joinSplitHeadings(rowPerLine(lines) ? parseRowPerLine(lines) : parseCellPerLine(lines));
    }

    /** A section heading a narrow page broke over two lines ("二、部门预算" / "安排的总体情况") made one again. */
    private static List<Block> joinSplitHeadings(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            if (i + 1 < blocks.size() && blocks.get(i) instanceof Para a && blocks.get(i + 1) instanceof Para b
                    && splitHeading(a.text(), b.text())) {
                out.add(new Para(a.line(), a.text() + b.text(), true));
                i++;
            } else {
                out.add(blocks.get(i));
            }
        }
        return out;
    }

    /** Copied text puts several tab-separated cells on a line; extracted text never does. */
    private static boolean rowPerLine(List<String> lines) {
        long tabbed = 0;
        long multi = 0;
        for (String l : lines) {
            if (l.indexOf('\t') >= 0) {
                tabbed++;
                String rest = l.startsWith("\t") ? l.substring(1) : l;
                if (rest.indexOf('\t') >= 0) {
                    multi++;
                }
            }
        }
        return tabbed > 0 && multi * 5 > tabbed;
    }

    private static List<Block> parseCellPerLine(List<String> lines) {
        List<Block> out = new ArrayList<>();
        List<Row> rows = null;
        List<String> cells = null;
        int tableLine = 0;
        int rowLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean afterBlank = i > 0 && lines.get(i - 1).isBlank();
            if (l.startsWith("\t")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    tableLine = i + 1;
                }
                if (cells == null) {
                    cells = new ArrayList<>();
                    rowLine = i + 1;
                }
                cells.add(clean(l.substring(1)));
            } else if (l.isBlank() && rows != null) {
                if (cells != null) {
                    rows.add(new Row(rowLine, cells));
                    cells = null;
                }
            } else if (cells != null && !cells.isEmpty() && Headings.section(clean(l)) == null
                    && !(i + 1 < lines.size() && splitHeading(clean(l), clean(lines.get(i + 1))))) {
                // a cell of several paragraphs: Word puts the later ones on lines of their own, without the tab
                int last = cells.size() - 1;
                cells.set(last, cells.get(last) + "\n" + clean(l));
            } else {
                if (rows != null) {
                    if (cells != null) {
                        rows.add(new Row(rowLine, cells));
                        cells = null;
                    }
                    out.add(new Table(tableLine, rows));
                    rows = null;
                }
                if (caption(l)) {
                    out.add(new Table(i + 1, List.of(new Row(i + 1, cells(l)))));
                } else {
                    addPara(out, i + 1, l, afterBlank);
                }
            }
        }
        if (rows != null) {
            if (cells != null) {
                rows.add(new Row(rowLine, cells));
            }
            out.add(new Table(tableLine, rows));
        }
        return out;
    }

    /**
     * The line above a table written as one paragraph with tab stops ("编制单位：…⇥单位：万元",
     * "434青龙…⇥单位：人"), as a Word file sets it: read as the one-row table other files make of it.
     */
    private static boolean caption(String l) {
        return l.indexOf('\t') > 0 && (clean(l).matches("(?s)编制(单位|部门)\\s*[：:].*")
                || clean(l.substring(l.lastIndexOf('\t') + 1)).matches("单位\\s*[：:].{1,4}"));
    }

    /**
     * Two lines that make one heading: the first short and no heading itself, together a heading — either the
     * second is none alone, or the first is just its numeral with a word or two ("四、财政拨款" / "“三公”经费…").
     */
    static boolean splitHeading(String first, String second) {
        if (first.isEmpty() || first.length() > 20 || Headings.section(first) != null
                || first.matches(".*[。；;！!？?]$")) { // a sentence ended: the next line begins anew
            return false;
        }
        var joined = Headings.section(first + second);
        var alone = Headings.section(second);
        return joined != null && (alone == null || alone == joined && NUMBERED.matcher(first).matches());
    }

    private static final Pattern NUMBERED = Pattern.compile("^\\s*[（(]?[一二三四五六七八九十]+[、.．)）].{0,10}$");

    private static List<String> cells(String l) {
        return List.of(l.split("\t+")).stream().map(TextBlocks::clean).toList();
    }

    private static List<Block> parseRowPerLine(List<String> lines) {
        List<Block> out = new ArrayList<>();
        List<Row> rows = null;
        int tableLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.indexOf('\t') >= 0) {
                if (rows == null) {
                    rows = new ArrayList<>();
                    tableLine = i + 1;
                }
                String body = l.startsWith("\t") && !l.startsWith("\t\t") && l.indexOf('\t', 1) < 0
                        ? l.substring(1) : l;
                rows.add(new Row(i + 1, List.of(body.split("\t", -1)).stream().map(TextBlocks::clean).toList()));
            } else if (l.isBlank()) {
                continue;
            } else {
                if (rows != null) {
                    out.add(new Table(tableLine, rows));
                    rows = null;
                }
                addPara(out, i + 1, l, i > 0 && lines.get(i - 1).isBlank());
            }
        }
        if (rows != null) {
            out.add(new Table(tableLine, rows));
        }
        return out;
    }

    private static void addPara(List<Block> out, int line, String raw, boolean afterBlank) {
        String t = clean(raw);
        if (t.isEmpty()) {
            return;
        }
        if (afterBlank && !out.isEmpty() && out.get(out.size() - 1) instanceof Para before && brokenOff(before.text())
                && !startsAnew(t)) {
            out.set(out.size() - 1, new Para(before.line(), before.text() + t)); // one paragraph broken in two
        } else {
            out.add(new Para(line, t));
        }
    }

    private static final Pattern ENDS = Pattern.compile(".*[。；;！!？?：:）)”\"」』】》]$", Pattern.DOTALL);
    private static final Pattern NEW_START = Pattern.compile(
            "^([（(]?[一二三四五六七八九十]+[、.．)）]|[（(]?\\d{1,2}[、)）]|\\d{1,2}[.．](?!\\d)|\\d{1,2}\\.\\d{1,2}(?![\\d万元%])"
                    + "|[①-⑳]|按照|根据|附件|备注"
                    + "|[\\u4e00-\\u9fa5“”]{1,12}[：:]).*",
            Pattern.DOTALL);

    /**
     * A paragraph the text export broke off in mid-sentence: long (a title or label is short) and ending without
     * a sentence's closing mark.
     */
    private static boolean brokenOff(String text) {
        return text.length() >= 30 && !ENDS.matcher(text).matches() && Headings.section(text) == null;
    }

    /** A line that begins a paragraph of its own: a heading, a numbered item, a label. */
    private static boolean startsAnew(String text) {
        return NEW_START.matcher(text).matches() || Headings.section(text) != null;
    }

    /** Drops Word bookmarks and surrounding blanks (including the ideographic space). */
    static String clean(String s) {
        return s.replaceAll("\\[bookmark:[^\\]]*\\]", "").replace('\u00a0', ' ').strip();
    }
}
