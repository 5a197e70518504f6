package cn.gongkai.domain.budget;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The subjects of 《政府收支分类科目》 by budget year: the shipped ones (every 功能分类 class and the 款 and 项 a
 * township or county department commonly uses, with the names that changed between years) and the ones a budget
 * system's workbook brought in, which the data folder remembers.
 */
public final class SubjectCatalogue {
    /** One subject's name, valid from one budget year to another (inclusive). */
    public record Entry(Classification classification, String code, String name, int fromYear, int toYear,
                        boolean learned) {
        public Entry {
            if (!classification.isCode(code)) {
                throw new IllegalArgumentException("科目表中的编码无效：" + code);
            }
        }

        boolean validIn(int year) {
            return year >= fromYear && year <= toYear;
        }
    }

    public static final SubjectCatalogue EMPTY = new SubjectCatalogue(List.of());

    private final List<Entry> entries;

    private SubjectCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the shipped list: "F|E TAB code TAB name [TAB years]" per line, years as "2019-", "-2018" or
     * "2016-2020"; '#' starts a comment.
     */
    public static SubjectCatalogue parse(String text) {
        List<Entry> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\t");
            if (f.length < 3) {
                throw new IllegalArgumentException("科目表行格式有误：" + line);
            }
            Classification c = f[0].equals("E") ? Classification.ECONOMIC : Classification.FUNCTION;
            int from = 0;
            int to = 9999;
            if (f.length > 3) {
                String[] y = f[3].split("-", -1);
                from = y[0].isEmpty() ? 0 : Integer.parseInt(y[0]);
                to = y[1].isEmpty() ? 9999 : Integer.parseInt(y[1]);
            }
            out.add(new Entry(c, f[1], f[2], from, to, false));
        }
        return new SubjectCatalogue(out);
    }

    /** The catalogue with subjects a workbook brought in (each valid in the budget year it came with). */
    public SubjectCatalogue withLearned(Collection<Entry> learned) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(learned);
        return new SubjectCatalogue(all);
    }

    /** A subject learned from a workbook of a budget year. */
    public static Entry learned(Classification c, String code, String name, int year) {
        return new Entry(c, code, name.strip(), year, year, true);
    }

    /** The subject's name in a budget year; the shipped name wins over a learned one. */
    public Optional<String> name(Classification c, String code, int year) {
        return find(c, code, year).map(Entry::name);
    }

    public Optional<Entry> find(Classification c, String code, int year) {
        return entries.stream().filter(e -> e.classification() == c && e.code().equals(code) && e.validIn(year))
                .min(Comparator.comparing(Entry::learned));
    }

    /** The code of a subject by its name in a budget year (e.g. a class named in 部门收支总表 without its code). */
    public Optional<String> codeOf(Classification c, String name, int level, int year) {
        String n = Labels.normalize(name);
        return entries.stream().filter(e -> e.classification() == c && e.validIn(year)
                        && c.level(e.code()) == level && Labels.normalize(e.name()).equals(n))
                .min(Comparator.comparing(Entry::learned)).map(Entry::code);
    }

    /** The subjects of a budget year whose code starts with the digits typed ("2010" → 20101, 2010101, …). */
    public List<Entry> lookup(Classification c, String prefix, int year) {
        return entries.stream().filter(e -> e.classification() == c && e.validIn(year) && e.code().startsWith(prefix))
                .sorted(Comparator.comparing(Entry::code).thenComparing(Entry::learned))
                .filter(distinctCode())
                .toList();
    }

    /**
     * The subjects of a budget year matching what the officer typed: by code when it starts with digits ("2010",
     * "2010301 行政运行"), else by a part of the name ("行政运行", "养老"); at most {@code limit}.
     */
    public List<Entry> search(Classification c, String typed, int year, int limit) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("^(\\d+)").matcher(t);
        if (digits.find()) {
            return lookup(c, digits.group(1), year).stream().limit(limit).toList();
        }
        String n = Labels.normalize(t);
        return entries.stream().filter(e -> e.classification() == c && e.validIn(year)
                        && Labels.normalize(e.name()).contains(n))
                .sorted(Comparator.comparing(Entry::code).thenComparing(Entry::learned))
                .filter(distinctCode()).limit(limit).toList();
    }

    private static java.util.function.Predicate<Entry> distinctCode() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return e -> seen.add(e.code());
    }

    public List<Entry> entries() {
        return entries;
    }
}
