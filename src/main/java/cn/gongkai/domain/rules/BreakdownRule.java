package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.reading.Statements;
import cn.gongkai.domain.reading.Statements.Part;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that breaks a total into parts ("支出预算1500万元，其中：一般公共服务支出…，社会保障和就业支出…") must not
 * list more than the total: parts that exceed it are an 错误. Parts that fall short are a 警告 naming both sums — a
 * list may be partial on purpose. Changes against last year, shares and the parts' own breakdowns ("基本支出…，包括
 * 人员经费…") are not parts. Amounts printed rounded may be off by half a unit of their last decimal each.
 */
public final class BreakdownRule implements Rule {
    @Override
    public String id() {
        return "breakdown";
    }

    /** A total, its parts' sum in the total's unit, and how many parts there were. */
    private record Breakdown(Part total, BigDecimal sum, int parts, int scale) {
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        for (TextKey key : TextKey.values()) {
            if (!d.texts().get(key).custom()) {
                continue; // the standard wording adds up as the tables do, which their own checks hold
            }
            for (String line : d.texts().get(key).text().split("\n")) {
                for (Breakdown b : breakdowns(line)) {
                    problem(key, b).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    private java.util.Optional<Problem> problem(TextKey key, Breakdown b) {
        MoneyUnit unit = b.total().unit();
        BigDecimal total = b.total().amount();
        BigDecimal slack = BigDecimal.ONE.movePointLeft(b.scale()).multiply(BigDecimal.valueOf(b.parts() + 1))
                .divide(BigDecimal.valueOf(2));
        BigDecimal diff = b.sum().subtract(total);
        String what = "“" + key.label() + "”中“" + b.total().clause() + "”其中所列" + b.parts() + "项合计"
                + Amounts.plain(b.sum()) + unit.label();
        if (diff.compareTo(slack) > 0) {
            return java.util.Optional.of(Problems.error(id(), Location.of(key), what + "，多于总数"
                            + Amounts.plain(total) + unit.label() + "（多" + Amounts.plain(diff) + unit.label() + "）",
                    "部分之和不能超过总数：核对各项金额与总数"));
        }
        if (diff.negate().compareTo(slack) > 0 && b.parts() >= 2) {
            return java.util.Optional.of(Problems.warning(id(), Location.of(key), what + "，少于总数"
                            + Amounts.plain(total) + unit.label() + "（少" + Amounts.plain(diff.negate()) + unit.label() + "）",
                    "若只列了主要几项，可写“主要有”；否则补全漏列的项目或核对金额"));
        }
        return java.util.Optional.empty();
    }

    /** Every "总数，其中：部分、部分…" of a line's amounts. */
    static List<Breakdown> breakdowns(String line) {
        List<Part> parts = Statements.parts(line);
        List<Breakdown> out = new ArrayList<>();
        for (int i = 0; i + 1 < parts.size(); i++) {
            Part total = parts.get(i);
            Part first = parts.get(i + 1);
            if (total.change() || first.newSentence() || !between(line, total, first).contains("其中")) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            int scale = scale(total);
            boolean nested = false;
            int brackets = 0;
            for (int j = i + 1; j < parts.size() && !parts.get(j).newSentence(); j++) {
                Part p = parts.get(j);
                String before = between(line, parts.get(j - 1), p);
                String subject = j == i + 1 ? before.substring(before.indexOf("其中") + 2) : before;
                brackets += count(subject, "（(") - count(subject, "）)");
                if (subject.contains("；") || subject.contains(";")) {
                    nested = false; // the next part of the list, after a part's own breakdown
                }
                if (j > i + 1 && OWN_PARTS.matcher(subject).find()) {
                    nested = true; // "基本支出…，主要是人员经费…和公用经费…": the part's own parts
                }
                if (nested || brackets > 0 || p.change()) {
                    continue;
                }
                sum = sum.add(Amounts.convert(p.amount(), p.unit(), total.unit()));
                scale = Math.max(scale, scale(p));
                n++;
            }
            if (n > 0) {
                out.add(new Breakdown(total, Amounts.normalize(sum), n, scale));
            }
        }
        return out;
    }

    /** Words that open a part's own breakdown or an example of it. */
    private static final java.util.regex.Pattern OWN_PARTS = java.util.regex.Pattern.compile(
            "包括|其中|含|主要是|主要为|主要有|例如|比如|如：|如:|即");

    private static int count(String s, String chars) {
        return (int) s.chars().filter(c -> chars.indexOf(c) >= 0).count();
    }

    /** The words between two amounts of a line. */
    private static String between(String line, Part a, Part b) {
        int from = Math.min(a.end(), line.length());
        int to = Math.max(from, Math.min(b.end() - b.written().length(), line.length()));
        return line.substring(from, to);
    }

    /** The decimals an amount was written with ("154.56万元" → 2). */
    private static int scale(Part p) {
        String digits = p.written().replaceAll("[^0-9.]", "");
        int dot = digits.indexOf('.');
        return dot < 0 ? 0 : digits.length() - dot - 1;
    }
}
