package cn.gongkai.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Characters grouped into lines (a shared baseline, within a third of their size) and each line into chunks: runs
 * of characters with no gap wider than twice their size between them — the parts of a caption ("编制单位：…" and
 * "单位：万元" far apart), a 目录 entry and its page, the columns of a table drawn without lines.
 */
final class TextLines {
    /** One line of a page. */
    record Line(List<Glyph> glyphs) {
        float baseline() {
            return glyphs.stream().map(Glyph::y).sorted().toList().get(glyphs.size() / 2);
        }

        float left() {
            return glyphs.get(0).x();
        }

        float right() {
            return glyphs.stream().map(Glyph::right).max(Float::compare).orElse(0f);
        }

        float size() {
            return glyphs.stream().map(Glyph::size).sorted().toList().get(glyphs.size() / 2);
        }

        float top() {
            return glyphs.stream().map(Glyph::top).min(Float::compare).orElse(0f);
        }

        /** The runs of characters with no wide gap, each as its text. */
        List<Chunk> chunks() {
            List<Chunk> out = new ArrayList<>();
            List<Glyph> run = new ArrayList<>();
            Glyph last = null;
            for (Glyph g : glyphs) {
                if (last != null && g.x() - last.right() > 2 * Math.max(g.size(), last.size()) && !run.isEmpty()) {
                    out.add(Chunk.of(run));
                    run = new ArrayList<>();
                }
                if (!(run.isEmpty() && g.blank())) {
                    run.add(g);
                }
                last = g;
            }
            if (!run.isEmpty()) {
                out.add(Chunk.of(run));
            }
            return out;
        }

        /** The line's text, its chunks between tabs. */
        String text() {
            return String.join("\t", chunks().stream().map(Chunk::text).toList());
        }
    }

    /** A run of characters of a line, with its left and right edges. */
    record Chunk(String text, float left, float right) {
        static Chunk of(List<Glyph> glyphs) {
            StringBuilder sb = new StringBuilder();
            Glyph last = null;
            for (Glyph g : glyphs) {
                if (last != null && !last.blank() && !g.blank() && latin(last.text()) && latin(g.text())
                        && g.x() - last.right() > 0.25f * g.size()) {
                    sb.append(' '); // a space set as a gap, not as a character
                }
                sb.append(g.text());
                last = g;
            }
            return new Chunk(sb.toString().strip(), glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right());
        }
    }

    private TextLines() {
    }

    /** Letters and digits of the Latin alphabet, between which a gap is a space. */
    static boolean latin(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> c < 0x2E80);
    }

    /** The characters as lines, top to bottom, each left to right. */
    static List<Line> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(Glyph::y).thenComparing(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - base) > Math.max(1.5f, g.size() / 3)) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> l : lines) {
            List<Glyph> byX = new ArrayList<>(l);
            byX.sort(Comparator.comparing(Glyph::x));
            if (byX.stream().anyMatch(g -> !g.blank())) {
                out.add(new Line(dedupe(byX)));
            }
        }
        return out;
    }

    /** Characters printed twice at one place (bold faked by overprinting) once. */
    private static List<Glyph> dedupe(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>();
        for (Glyph g : glyphs) {
            Glyph last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.text().equals(g.text()) && Math.abs(last.x() - g.x()) < g.width() * 0.3f) {
                continue;
            }
            out.add(g);
        }
        return out;
    }
}
