package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Inputs for the text importer's fuzzing: random text from the disclosures' own alphabet, random slices of the
 * seeds, and seeds with lines dropped, repeated, swapped and characters flipped (case {@code c} picks the kind).
 */
public final class FuzzTexts {
    private static final String ALPHABET = "一二三四五六七八九十、（）()：:，。；;%％≥≤≧≦<>-—…０１２３４５６７８９0123456789."
            + "万元单位年度预算收入支出部门职责工作活动绩效目标指标优良中差合计小计名称\t\n 　";

    private FuzzTexts() {
    }

    public static String input(Random r, List<String> seeds, int c) {
        String seed = seeds.get(r.nextInt(seeds.size()));
        return switch (c % 6) {
            case 0 -> random(r, r.nextInt(2000));
            case 1 -> slice(r, seed);
            case 2 -> lines(r, slice(r, seed), 0.1);
            case 3 -> flip(r, slice(r, seed), 20);
            case 4 -> c % 300 == 4 ? lines(r, seed, 0.05) : lines(r, slice(r, seed), 0.3);
            default -> c % 500 == 5 ? flip(r, seed, 200) : slice(r, seed).replace("\t", r.nextBoolean() ? "" : "\t\t");
        };
    }

    private static String random(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(10) == 0 ? (char) r.nextInt(0x3000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** A piece of a seed, from a random line to a few thousand characters on. */
    private static String slice(Random r, String s) {
        int from = r.nextInt(s.length());
        int len = 200 + r.nextInt(6000);
        return s.substring(from, Math.min(s.length(), from + len));
    }

    /** Drops, repeats and swaps lines. */
    private static String lines(Random r, String s, double rate) {
        List<String> in = new ArrayList<>(List.of(s.split("\n", -1)));
        List<String> out = new ArrayList<>();
        for (String l : in) {
            double x = r.nextDouble();
            if (x < rate / 3) {
                continue;
            }
            out.add(l);
            if (x < rate * 2 / 3) {
                out.add(l);
            } else if (x < rate && out.size() > 1) {
                Collections.swap(out, out.size() - 1, r.nextInt(out.size()));
            }
        }
        return String.join("\n", out);
    }

    private static String flip(Random r, String s, int n) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < n && chars.length > 0; i++) {
            chars[r.nextInt(chars.length)] = ALPHABET.charAt(r.nextInt(ALPHABET.length()));
        }
        return new String(chars);
    }
}
