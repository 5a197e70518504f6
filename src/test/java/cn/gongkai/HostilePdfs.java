package cn.gongkai;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * PDFs made to hurt a reader, written byte by byte: objects nested 100,000 deep, a page tree claiming (and holding)
 * a huge number of pages, a page tree that contains itself, a content stream that inflates to a gigabyte, a form
 * that draws itself, a font whose character map spans 268 million codes, a file whose cross-reference table points
 * nowhere, and a real file with its xref cut off.
 */
public final class HostilePdfs {
    private HostilePdfs() {
    }

    /** A catalog with an array nested {@code depth} deep. */
    public static byte[] deepNesting(int depth) {
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R /Deep " + "[".repeat(depth) + "]".repeat(depth) + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page("4 0 R", ""),
                stream("BT /F1 12 Tf 72 720 Td (a) Tj ET".getBytes(StandardCharsets.US_ASCII), false)));
    }

    /** A page tree whose Kids name the same page {@code pages} times. */
    public static byte[] manyPages(int pages) {
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append("3 0 R ");
        }
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>",
                page("4 0 R", ""),
                stream(text("一页"), false)));
    }

    /** A page tree node that lists itself among its kids and lies about its count. */
    public static byte[] cyclicPages() {
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 3 >>",
                page("4 0 R", ""),
                stream(text("页"), false)));
    }

    /** A page whose content stream is {@code megabytes} MB of text-showing operators compressed to little. */
    public static byte[] inflatingContent(int megabytes) {
        byte[] op = "BT /F1 1 Tf 1 0 0 1 72 720 Tm (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa) Tj ET\n"
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(packed, new Deflater(9))) {
            long written = 0;
            while (written < (long) megabytes << 20) {
                z.write(op);
                written += op.length;
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page("4 0 R", ""),
                stream(packed.toByteArray(), true)));
    }

    /** A page that draws a form, which draws itself. */
    public static byte[] selfDrawingForm() {
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page("4 0 R", "/XObject << /X 5 0 R >>"),
                stream("/X Do".getBytes(StandardCharsets.US_ASCII), false),
                formStream("/X Do 0 0 m 100 0 l S")));
    }

    /** A page in a font whose character map (ToUnicode) maps a range of 268 million codes. */
    public static byte[] hugeCharacterMap() {
        String cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
                + "1 beginbfrange\n<00000000> <0FFFFFFF> <41>\nendbfrange\nendcmap end end";
        return pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 6 0 R >> >> >>",
                stream("BT /F1 12 Tf 72 720 Td <0001> Tj ET".getBytes(StandardCharsets.US_ASCII), false),
                stream(cmap.getBytes(StandardCharsets.US_ASCII), false),
                "<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /ToUnicode 5 0 R"
                        + " /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X"
                        + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
                        + " /FontDescriptor << /Type /FontDescriptor /FontName /X /Flags 4 /FontBBox [0 0 1000 1000]"
                        + " /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> /DW 1000 >>] >>"));
    }

    /** A correct file whose cross-reference table and startxref point at the wrong bytes. */
    public static byte[] brokenXref() {
        String good = new String(pdf(List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                page("4 0 R", ""),
                stream(text("交叉引用表已损坏"), false))), StandardCharsets.ISO_8859_1);
        int xref = good.indexOf("xref");
        String table = good.substring(xref).replaceAll("\\d{10} 00000 n", "0000099999 00000 n")
                .replaceAll("startxref\\s+\\d+", "startxref\n7");
        return (good.substring(0, xref) + table).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A real PDF with its last {@code bytes} bytes (the xref and trailer) cut off. */
    public static byte[] withoutTail(byte[] pdf, int bytes) {
        return Arrays.copyOf(pdf, Math.max(0, pdf.length - bytes));
    }

    private static byte[] text(String s) {
        // a Type1 standard font cannot show Chinese; the words are kept as escaped bytes, which is all a fuzz case needs
        StringBuilder ops = new StringBuilder("BT /F1 12 Tf 72 720 Td (");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            ops.append(String.format("\\%03o", b & 0xff));
        }
        return ops.append(") Tj ET").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String page(String contents, String moreResources) {
        return "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents " + contents
                + " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> "
                + moreResources + " >> >>";
    }

    private static String stream(byte[] data, boolean flate) {
        return "<< /Length " + data.length + (flate ? " /Filter /FlateDecode" : "") + " >>\nstream\n"
                + new String(data, StandardCharsets.ISO_8859_1) + "\nendstream";
    }

    private static String formStream(String ops) {
        return "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> /Length "
                + ops.length() + " >>\nstream\n" + ops + "\nendstream";
    }

    /** Objects 1..n with a correct cross-reference table; object 1 is the catalog. Bytes above 127 are kept as is. */
    private static byte[] pdf(List<String> objects) {
        StringBuilder out = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) {
            out.append(String.format("%010d 00000 n \n", o));
        }
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
