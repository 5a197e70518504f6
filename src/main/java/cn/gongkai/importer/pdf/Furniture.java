package cn.gongkai.importer.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a printed page carries that is not the disclosure: a watermark in large type ("草稿"), the lines every page
 * repeats at its head or foot (a header such as "草稿：尚未定稿…", a unit's name), and page numbers ("— 3 —", "第3页",
 * "3", "第 3 页 共 40 页"). They are dropped before the page is read.
 */
final class Furniture {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—－–]\\s*\\d{1,4}\\s*[-—－–]|第\\s*\\d{1,4}\\s*页(?:\\s*[/，,]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}|"
                    + "\\d{1,4}\\s*/\\s*\\d{1,4}|[Pp]age\\s*\\d{1,4}(?:\\s*of\\s*\\d{1,4})?)$");
    /** The part of a page's height at its head and at its foot where headers, footers and page numbers stand. */
    private static final float EDGE = 0.09f;

    private Furniture() {
    }

    /** The pages without their watermarks, repeated headers and footers, and page numbers. */
    static List<Page> remove(List<Page> pages) {
        float body = bodySize(pages);
        List<Page> out = new ArrayList<>();
        Map<String, Integer> edges = new HashMap<>();
        List<List<TextLines.Line>> lines = new ArrayList<>();
        for (Page p : pages) {
            List<Glyph> kept = p.glyphs().stream().filter(g -> g.size() <= body * 3.2f || g.size() <= 30f).toList();
            List<TextLines.Line> ls = TextLines.of(kept);
            lines.add(ls);
            for (TextLines.Line l : ls) {
                if (atEdge(l, p)) {
                    edges.merge(key(l), 1, Integer::sum);
                }
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            List<Glyph> kept = new ArrayList<>();
            for (TextLines.Line l : lines.get(i)) {
                boolean edge = atEdge(l, p);
                String text = l.text().strip();
                boolean repeated = edge && pages.size() >= 3 && edges.getOrDefault(key(l), 0) * 2 >= pages.size();
                if (edge && (PAGE_NUMBER.matcher(text).matches() || repeated)) {
                    continue;
                }
                kept.addAll(l.glyphs());
            }
            out.add(new Page(p.number(), p.width(), p.height(), kept, p.rules()));
        }
        return out;
    }

    private static boolean atEdge(TextLines.Line l, Page p) {
        return l.baseline() < p.height() * EDGE || l.baseline() > p.height() * (1 - EDGE);
    }

    /** A header's or footer's text with its numbers taken out, so that "第3页" and "第4页" are the same line. */
    private static String key(TextLines.Line l) {
        return l.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }

    /** The commonest size of the characters, that of the body text. */
    private static float bodySize(List<Page> pages) {
        Map<Integer, Integer> count = new HashMap<>();
        for (Page p : pages) {
            for (Glyph g : p.glyphs()) {
                count.merge(Math.round(g.size()), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12);
    }
}
