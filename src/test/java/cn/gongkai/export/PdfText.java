package cn.gongkai.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads a PDF back the way a person copies it: poppler's pdftotext. */
public final class PdfText {
    private PdfText() {
    }

    public static String of(Path pdf, String mode) throws IOException, InterruptedException {
        return run(List.of(mode), pdf);
    }

    /** The text of one page, in content order ({@code -raw}). */
    public static String page(Path pdf, int page) throws IOException, InterruptedException {
        return run(List.of("-raw", "-f", Integer.toString(page), "-l", Integer.toString(page)), pdf);
    }

    private static String run(List<String> options, Path pdf) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(options);
        command.addAll(List.of(pdf.toString(), "-"));
        Process p = new ProcessBuilder(command)
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

    /**
     * How many lines appear in the text in the given order: the longest chain of lines whose occurrences stand at
     * increasing places (a longest increasing subsequence over every occurrence of every line).
     */
    public static int inOrder(List<String> lines, String text) {
        List<Integer> tails = new ArrayList<>();
        for (String line : lines) {
            List<Integer> at = new ArrayList<>();
            for (int i = text.indexOf(line); i >= 0 && at.size() < 5000; i = text.indexOf(line, i + 1)) {
                at.add(i);
            }
            for (int k = at.size() - 1; k >= 0; k--) { // descending: one line is used at most once
                int p = at.get(k);
                int pos = Collections.binarySearch(tails, p);
                if (pos < 0) {
                    pos = -pos - 1;
                    if (pos == tails.size()) {
                        tails.add(p);
                    } else {
                        tails.set(pos, p);
                    }
                }
            }
        }
        return tails.size();
    }

    /** The page numbers and the 草稿 marker stand between the lines of a paragraph that runs over a page. */
    public static String withoutPageFurniture(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.matches("— \\d+ —") || t.startsWith("草稿：") || t.equals("草稿") || t.equals("草") || t.equals("稿")) {
                continue;
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }
}
