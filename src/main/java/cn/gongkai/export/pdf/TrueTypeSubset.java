package cn.gongkai.export.pdf;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A TrueType subset as iText embeds one (glyph ids kept; the font cut after the highest glyph used; no cmap, the
 * PDF maps codes to glyphs itself), made from the font's bytes in one pass: the used glyphs and the parts of their
 * composite glyphs copied into a new {@code glyf}, new {@code loca} and {@code hmtx} for the glyphs up to the highest,
 * {@code maxp}, {@code hhea} and {@code head} updated, the hinting tables ({@code cvt}, {@code fpgm}, {@code prep})
 * kept. iText's own subsetter reads the font a byte at a time through a synchronized view. A font this does not
 * understand (no glyf, a collection, damaged tables) gives empty, and iText subsets it.
 */
final class TrueTypeSubset {
    private static final String[] KEPT = {"cvt ", "fpgm", "prep", "head", "hhea", "maxp"};

    private TrueTypeSubset() {
    }

    /** The highest used glyph id + 1 and the subset font's bytes, or empty. */
    static Optional<Map.Entry<Integer, byte[]>> of(byte[] font, Set<Integer> used) {
        try {
            return Optional.of(make(ByteBuffer.wrap(font), used));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map.Entry<Integer, byte[]> make(ByteBuffer f, Set<Integer> used) {
        int version = f.getInt(0);
        if (version != 0x00010000 && version != 0x74727565) { // 'true'
            throw new IllegalArgumentException("not a TrueType font");
        }
        Map<String, int[]> tables = new LinkedHashMap<>(); // tag → offset, length
        int n = Short.toUnsignedInt(f.getShort(4));
        for (int i = 0; i < n; i++) {
            int at = 12 + 16 * i;
            byte[] tag = new byte[4];
            f.get(at, tag);
            tables.put(new String(tag, java.nio.charset.StandardCharsets.ISO_8859_1),
                    new int[]{f.getInt(at + 8), f.getInt(at + 12)});
        }
        int[] head = tables.get("head");
        int[] maxp = tables.get("maxp");
        int[] hhea = tables.get("hhea");
        int[] loca = tables.get("loca");
        int[] glyf = tables.get("glyf");
        int[] hmtx = tables.get("hmtx");
        int glyphs = Short.toUnsignedInt(f.getShort(maxp[0] + 4));
        boolean longLoca = f.getShort(head[0] + 50) != 0;
        int[] offsets = new int[glyphs + 1];
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longLoca ? f.getInt(loca[0] + 4 * g) : 2 * Short.toUnsignedInt(f.getShort(loca[0] + 2 * g));
        }
        BitSet keep = closure(f, glyf[0], offsets, used, glyphs);
        int count = keep.length(); // glyph ids kept: the font ends after the highest used one
        // glyf and loca (long offsets)
        int size = 0;
        for (int g = keep.nextSetBit(0); g >= 0; g = keep.nextSetBit(g + 1)) {
            size += (offsets[g + 1] - offsets[g] + 3) & ~3;
        }
        ByteBuffer newGlyf = ByteBuffer.allocate(size);
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (count + 1));
        for (int g = 0; g < count; g++) {
            newLoca.putInt(newGlyf.position());
            if (keep.get(g)) {
                int len = offsets[g + 1] - offsets[g];
                newGlyf.put(newGlyf.position(), f, glyf[0] + offsets[g], len);
                newGlyf.position(newGlyf.position() + ((len + 3) & ~3));
            }
        }
        newLoca.putInt(newGlyf.position());
        // hmtx: a full metric for the first numberOfHMetrics glyphs, then left side bearings
        int metrics = Short.toUnsignedInt(f.getShort(hhea[0] + 34));
        int newMetrics = Math.min(metrics, count);
        ByteBuffer newHmtx = ByteBuffer.allocate(4 * newMetrics + 2 * (count - newMetrics));
        newHmtx.put(0, f, hmtx[0], 4 * newMetrics);
        for (int g = newMetrics; g < count; g++) {
            int lsb = g < metrics ? f.getShort(hmtx[0] + 4 * g + 2) : f.getShort(hmtx[0] + 4 * metrics + 2 * (g - metrics));
            newHmtx.putShort(4 * newMetrics + 2 * (g - newMetrics), (short) lsb);
        }
        Map<String, byte[]> out = new TreeMap<>();
        for (String tag : KEPT) {
            int[] t = tables.get(tag);
            if (t != null) {
                byte[] b = new byte[t[1]];
                f.get(t[0], b);
                out.put(tag, b);
            }
        }
        ByteBuffer.wrap(out.get("head")).putInt(8, 0).putShort(50, (short) 1); // checksum adjustment set below; long loca
        ByteBuffer.wrap(out.get("maxp")).putShort(4, (short) count);
        ByteBuffer.wrap(out.get("hhea")).putShort(34, (short) newMetrics);
        out.put("glyf", newGlyf.array());
        out.put("loca", newLoca.array());
        out.put("hmtx", newHmtx.array());
        return Map.entry(count, write(out));
    }

    /** The used glyphs (and .notdef) with every glyph a composite one is made of. */
    private static BitSet closure(ByteBuffer f, int glyf, int[] offsets, Set<Integer> used, int glyphs) {
        BitSet keep = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>(used);
        todo.add(0);
        while (!todo.isEmpty()) {
            int g = todo.pop();
            if (g < 0 || g >= glyphs || keep.get(g)) {
                continue;
            }
            keep.set(g);
            int at = glyf + offsets[g];
            if (offsets[g + 1] > offsets[g] && f.getShort(at) < 0) { // a composite glyph
                int p = at + 10;
                int flags;
                do {
                    flags = Short.toUnsignedInt(f.getShort(p));
                    todo.add(Short.toUnsignedInt(f.getShort(p + 2)));
                    p += 4 + ((flags & 1) != 0 ? 4 : 2); // ARG_1_AND_2_ARE_WORDS
                    if ((flags & 8) != 0) { // WE_HAVE_A_SCALE
                        p += 2;
                    } else if ((flags & 0x40) != 0) { // WE_HAVE_AN_X_AND_Y_SCALE
                        p += 4;
                    } else if ((flags & 0x80) != 0) { // WE_HAVE_A_TWO_BY_TWO
                        p += 8;
                    }
                } while ((flags & 0x20) != 0); // MORE_COMPONENTS
            }
        }
        return keep;
    }

    /** The font file: the offset table, the table records in tag order, each table padded to four bytes. */
    private static byte[] write(Map<String, byte[]> tables) {
        int n = tables.size();
        int size = 12 + 16 * n;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(0x00010000).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int offset = 12 + 16 * n;
        int headAt = 0;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt(checksum(t)).putInt(offset)
                    .putInt(t.length);
            out.put(offset, t);
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            offset += (t.length + 3) & ~3;
        }
        byte[] bytes = out.array();
        ByteBuffer.wrap(bytes).putInt(headAt + 8, (int) (0xB1B0AFBAL - (checksum(bytes) & 0xFFFFFFFFL)));
        return bytes;
    }

    private static int checksum(byte[] b) {
        int sum = 0;
        ByteBuffer buf = ByteBuffer.wrap(b);
        int whole = b.length & ~3;
        for (int i = 0; i < whole; i += 4) {
            sum += buf.getInt(i);
        }
        int last = 0;
        for (int i = whole; i < b.length; i++) {
            last |= (b[i] & 0xFF) << (24 - 8 * (i - whole));
        }
        return sum + last;
    }
}
