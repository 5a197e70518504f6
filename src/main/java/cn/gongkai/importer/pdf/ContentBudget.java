package cn.gongkai.importer.pdf;

import cn.gongkai.domain.model.BadInputException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a file may ask of the reader before it is refused as made to be slow: a page's content (its streams and
 * the forms and patterns it draws) inflating to more than {@value #PAGE_BYTES} bytes, the whole file's to more than
 * {@value #FILE_BYTES}, a page of more than {@value #PAGE_GLYPHS} characters or {@value #PAGE_LINES} lines. A
 * disclosure's densest page is some hundred kilobytes and a few thousand characters. Streams are inflated into a
 * bounded buffer to be measured, so a stream that inflates to a gigabyte costs its bound, not the gigabyte. A font's
 * character map whose ranges span more than {@value #FONT_CODES} codes (a real one spans some tens of thousands;
 * a damaged one billions, which PDFBox would expand one by one for minutes) is refused too.
 */
final class ContentBudget {
    static final long PAGE_BYTES = 32L << 20;
    static final long FILE_BYTES = 256L << 20;
    static final int PAGE_GLYPHS = 100_000;
    static final int PAGE_LINES = 100_000;
    static final long FONT_CODES = 1_000_000;

    private final String name;
    private long fileBytes;

    ContentBudget(String name) {
        this.name = name;
    }

    /** Measures the page's content before it is read; refuses the file when the page or the file is over budget. */
    void page(PDPage page, int number) throws IOException {
        long[] bytes = {0};
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (COSBase part : parts(page.getCOSObject().getDictionaryObject(COSName.CONTENTS))) {
            if (part instanceof COSStream s) {
                measure(s, bytes, number);
            }
        }
        resources(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), bytes, number, seen, 0);
        fileBytes += bytes[0];
        if (fileBytes > FILE_BYTES) {
            throw refusal("内容展开后超过 " + (FILE_BYTES >> 20) + " MB（第 " + number + " 页处）");
        }
    }

    BadInputException tooManyGlyphs(int number) {
        return refusal("第 " + number + " 页的字符超过 " + PAGE_GLYPHS + " 个");
    }

    BadInputException tooManyLines(int number) {
        return refusal("第 " + number + " 页的线条超过 " + PAGE_LINES + " 条");
    }

    private BadInputException refusal(String what) {
        return new BadInputException("文件 " + name + " 不像是一份部门预算公开文件：" + what
                + "，可能已损坏或被刻意构造");
    }

    /** The forms and tiling patterns the page's resources hold, each once, nested as deep as a real file nests. */
    private void resources(COSDictionary res, long[] bytes, int number, Set<COSBase> seen, int depth)
            throws IOException {
        if (res == null || depth > 12 || !seen.add(res)) {
            return;
        }
        fonts(res.getCOSDictionary(COSName.FONT), number, seen);
        for (COSName kind : List.of(COSName.XOBJECT, COSName.PATTERN)) {
            COSDictionary named = res.getCOSDictionary(kind);
            if (named == null) {
                continue;
            }
            for (COSName key : named.keySet()) {
                if (named.getDictionaryObject(key) instanceof COSStream s && seen.add(s)
                        && !COSName.IMAGE.equals(s.getCOSName(COSName.SUBTYPE))) {
                    measure(s, bytes, number);
                    resources(s.getCOSDictionary(COSName.RESOURCES), bytes, number, seen, depth + 1);
                }
            }
        }
    }

    /** Each font's character maps (ToUnicode, and an embedded Encoding), their bfranges added up. */
    private void fonts(COSDictionary fonts, int number, Set<COSBase> seen) throws IOException {
        if (fonts == null) {
            return;
        }
        for (COSName key : fonts.keySet()) {
            if (fonts.getDictionaryObject(key) instanceof COSDictionary font && seen.add(font)) {
                for (COSName map : List.of(COSName.TO_UNICODE, COSName.ENCODING)) {
                    if (font.getDictionaryObject(map) instanceof COSStream s && seen.add(s)
                            && codes(decoded(s, 4L << 20, number)) > FONT_CODES) {
                        throw refusal("第 " + number + " 页所用字体的编码表有误");
                    }
                }
            }
        }
    }

    /**
     * How many codes a character map's bfranges span, its tokens read as PDFBox's parser reads them (a range is a
     * start, an end and a destination; a hex string with a character that is not hex ends the map there).
     */
    static long codes(byte[] cmap) {
        String text = new String(cmap, java.nio.charset.StandardCharsets.ISO_8859_1);
        long n = 0;
        for (int at = text.indexOf("beginbfrange"); at >= 0 && n <= FONT_CODES;
             at = text.indexOf("beginbfrange", at + 1)) {
            int i = at + "beginbfrange".length();
            List<String> range = new ArrayList<>(3);
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '<') {
                    int close = text.indexOf('>', i);
                    String hex = close < 0 ? "x" : text.substring(i + 1, close).replaceAll("\\s", "");
                    if (!hex.matches("[0-9A-Fa-f]*")) {
                        return n; // PDFBox gives up on the map here
                    }
                    range.add(hex);
                    i = close + 1;
                } else if (c == '[') {
                    int close = text.indexOf(']', i);
                    range.add("[");
                    i = close < 0 ? text.length() : close + 1;
                } else {
                    break; // endbfrange, or a token that ends the block
                }
                if (range.size() == 3) {
                    n += span(range.get(0), range.get(1), range.get(2));
                    range.clear();
                }
            }
        }
        return n;
    }

    /**
     * The codes one range maps as PDFBox counts them: the codes as ints of their bytes (an odd last digit the high
     * half of a byte, longer codes keeping their last four bytes), the whole range whatever its destination.
     */
    private static long span(String start, String end, String destination) {
        if (start.equals("[") || end.equals("[")) {
            return 0;
        }
        int values = code(end) - code(start) + 1;
        return Math.max(0, values);
    }

    private static int code(String hex) {
        String even = hex.length() % 2 == 1 ? hex + "0" : hex;
        int v = 0;
        for (int i = 0; i < even.length(); i += 2) {
            v = (v << 8) | Integer.parseInt(even.substring(i, i + 2), 16);
        }
        return v;
    }

    private static List<COSBase> parts(COSBase contents) {
        List<COSBase> out = new ArrayList<>();
        if (contents instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(a.getObject(i));
            }
        } else if (contents != null) {
            out.add(contents instanceof COSObject o ? o.getObject() : contents);
        }
        return out;
    }

    /** The stream's size once its filters are undone, into a buffer that stops at what the page has left. */
    private void measure(COSStream s, long[] bytes, int number) throws IOException {
        bytes[0] += filters(s).isEmpty() ? s.getLength() : decoded(s, PAGE_BYTES - bytes[0], number).length;
        if (bytes[0] > PAGE_BYTES) {
            throw refusal("第 " + number + " 页的内容展开后超过 " + (PAGE_BYTES >> 20) + " MB");
        }
    }

    /** The stream with its filters undone, refused past {@code room} bytes; as far as it decodes when damaged. */
    private byte[] decoded(COSStream s, long room, int number) throws IOException {
        byte[] data;
        try (InputStream raw = s.createRawInputStream()) {
            data = raw.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, FILE_BYTES));
        }
        List<COSName> filters = filters(s);
        for (int i = 0; i < filters.size(); i++) {
            Bounded out = new Bounded(room);
            try {
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(new ByteArrayInputStream(data), out, s, i);
            } catch (Full full) {
                throw refusal("第 " + number + " 页的内容展开后超过 " + (PAGE_BYTES >> 20) + " MB");
            } catch (IOException | RuntimeException e) {
                return out.toByteArray(); // what decoded before the damage, as PDFBox reads it
            }
            data = out.toByteArray();
        }
        return data;
    }

    private static List<COSName> filters(COSStream s) {
        List<COSName> filters = new ArrayList<>();
        COSBase f = s.getFilters();
        if (f instanceof COSName n) {
            filters.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    filters.add(n);
                }
            }
        }
        return filters;
    }

    /** Thrown by the buffer past its room, through whichever filter is writing. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    /** A byte buffer that refuses to grow past its room. */
    private static final class Bounded extends ByteArrayOutputStream {
        private final long room;

        Bounded(long room) {
            this.room = room;
        }

        @Override
        public synchronized void write(int b) {
            check(1);
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check(len);
            super.write(b, off, len);
        }

        private void check(int more) {
            if (count + (long) more > room) {
                throw new Full();
            }
        }
    }
}
