package cn.gongkai.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Reads a PDF back the way a person copies it: poppler's pdftotext. */
public final class PdfText {
    private PdfText() {
    }

    public static String of(Path pdf, String mode) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", mode, pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("pdftotext failed: " + out);
        }
        return out;
    }

    /** Without any blank, for comparing text that the layout may have broken anywhere. */
    public static String squeezed(String s) {
        return s.replaceAll("[\\s\u00a0\u3000\u200b\ufeff]+", "");
    }
}
