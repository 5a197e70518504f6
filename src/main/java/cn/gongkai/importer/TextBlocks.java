package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of a published disclosure into paragraphs and tables. Two shapes are understood: text extracted
 * from Word (one table cell per line, tab-indented, rows separated by blank lines) and text copied from Word/WPS or a
 * web page (one table row per line, cells separated by tabs).
 */
final class TextBlocks {
    sealed interface Block permits Para, Table {
        int line();
    }

    record Para(int line, String text) implements Block {
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
        return rowPerLine(lines) ? parseRowPerLine(lines) : parseCellPerLine(lines);
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
            } else if (cells != null && !cells.isEmpty() && Headings.section(clean(l)) == null) {
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
                    addPara(out, i + 1, l);
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
     * The line above a table written as one paragraph with tab stops ("编制单位：…⇥单位：万元"), as a Word file
     * sets it: read as the one-row table other files make of it.
     */
    private static boolean caption(String l) {
        return l.indexOf('\t') > 0 && clean(l).matches("(?s)编制(单位|部门)\\s*[：:].*");
    }

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
                addPara(out, i + 1, l);
            }
        }
        if (rows != null) {
            out.add(new Table(tableLine, rows));
        }
        return out;
    }

    private static void addPara(List<Block> out, int line, String raw) {
        String t = clean(raw);
        if (!t.isEmpty()) {
            out.add(new Para(line, t));
        }
    }

    /** Drops Word bookmarks and surrounding blanks (including the ideographic space). */
    static String clean(String s) {
        return s.replaceAll("\\[bookmark:[^\\]]*\\]", "").replace('\u00a0', ' ').strip();
    }
}
