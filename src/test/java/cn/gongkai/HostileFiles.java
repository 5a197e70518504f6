package cn.gongkai;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile variants of a real Office file (a zip of XML parts): a zip bomb, an entity bomb. */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** The file with one part replaced by 300 MB of blanks inside its root element, compressed to little. */
    public static byte[] zipBomb(byte[] zip, String part) {
        return rewrite(zip, part, out -> {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) ' ');
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                out.write(chunk);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** The file with one part replaced by a billion-laughs entity declaration and its use. */
    public static byte[] entities(byte[] zip, String part) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int level = 2; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"");
            String prev = level == 2 ? "lol" : "lol" + (level - 1);
            dtd.append(("&" + prev + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return rewrite(zip, part, out -> out.write(("<?xml version=\"1.0\"?>" + dtd
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\">"
                + "<si><t>&lol9;</t></si></sst>").getBytes(StandardCharsets.UTF_8)));
    }

    private interface Content {
        void write(OutputStream out) throws Exception;
    }

    private static byte[] rewrite(byte[] zip, String part, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    content.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
