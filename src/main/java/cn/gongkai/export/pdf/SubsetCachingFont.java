package cn.gongkai.export.pdf;

import com.itextpdf.commons.datastructures.Tuple2;
import com.itextpdf.io.font.TrueTypeFont;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A TrueType font program that subsets itself in one pass ({@link TrueTypeSubset}; iText reads the font a byte at a
 * time through a synchronized view, after the tables' own layout most of an export's time) and remembers the subsets
 * it made:
 * the same draft exported again — the live preview after each edit, a second export, print after preview — asks
 * for the same glyphs, or for fewer. A subset made for a set of glyphs serves any set it contains that is not much
 * smaller: glyph ids are kept in iText's subsets, so a few glyphs more in the file change nothing on the page.
 */
final class SubsetCachingFont extends TrueTypeFont {
    private static final int KEPT = 4;
    /** A subset may hold at most this share more glyphs than the document uses. */
    private static final double SLACK = 1.1;

    private record Made(Set<Integer> glyphs, Tuple2<Integer, byte[]> subset) {
    }

    private final Deque<Made> made = new ArrayDeque<>();
    private final byte[] ttf;

    SubsetCachingFont(byte[] ttf) throws IOException {
        super(ttf);
        this.ttf = ttf;
    }

    @Override
    public Tuple2<Integer, byte[]> subset(Set<Integer> glyphs, boolean subset) {
        if (!subset) {
            return super.subset(glyphs, false);
        }
        synchronized (made) {
            for (Made m : made) {
                if (m.glyphs().size() <= glyphs.size() * SLACK && m.glyphs().containsAll(glyphs)) {
                    made.remove(m);
                    made.addFirst(m); // the most recently used first
                    return copy(m.subset());
                }
            }
        }
        Tuple2<Integer, byte[]> fresh = TrueTypeSubset.of(ttf, glyphs).map(e -> new Tuple2<>(e.getKey(), e.getValue()))
                .orElseGet(() -> super.subset(glyphs, true));
        synchronized (made) {
            made.addFirst(new Made(new HashSet<>(glyphs), copy(fresh)));
            while (made.size() > KEPT) {
                made.removeLast();
            }
        }
        return fresh;
    }

    private static Tuple2<Integer, byte[]> copy(Tuple2<Integer, byte[]> t) {
        return new Tuple2<>(t.getFirst(), t.getSecond().clone());
    }
}
