package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The grades of an indicator must be in order, 优 best, in the indicator's direction (≥ scales descend,
 * ≤ scales such as 故障次数 ascend), and neighbouring bands must neither overlap ("≥90%" / "90%-80%" share 90%) nor
 * leave a gap. Text that states no number is not guessed at: a scale that mixes numbers and words gets a warning.
 */
public final class ThresholdRule implements Rule {
    @Override
    public String id() {
        return "thresholds";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        TreeIndicators.each(d, (ind, at) -> check(ind, at, out));
        return out;
    }

    /** Quantifier words, units and comparisons: what is left of a numeric grade once they are taken out is its words. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "[\\d.%‰％≥≤＞＜<>=≧≦~～\\-—\\s]|及以上|以上|以下|以内|以外|大于等于|小于等于|不低于|不少于|不超过|不高于|不多于"
                    + "|大于|小于|高于|低于|超过|少于|不足|工作日|个月|万元|[次天日个月年分人项元篇期件户份台辆]");

    /** A grade that says something in words besides its number ("推迟3天以内", "组织2次并形成调研报告"). */
    private static boolean descriptive(String grade) {
        return NOT_WORDS.matcher(grade).replaceAll("").codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2;
    }

    void check(Indicator ind, Location at, List<Problem> out) { // package-private: tests check one indicator
        int n = ind.scale() == GradeScale.TWO ? 2 : 4;
        List<String> texts = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<Integer> grades = new ArrayList<>();
        int words = 0;
        for (int g = 0; g < n; g++) {
            String text = ind.grades().get(g);
            if (text.isBlank()) {
                continue; // a missing grade is the tree rule's finding
            }
            Band b = Band.parse(text);
            if (b == null) {
                words++;
            } else {
                texts.add(text);
                bands.add(b);
                grades.add(g);
            }
        }
        if (bands.isEmpty()) {
            return; // a qualitative scale (完成/未完成, 及时出台…): nothing to compare
        }
        String name = "指标“" + ind.name() + "”";
        if (words > 0 && texts.stream().allMatch(ThresholdRule::descriptive)) {
            return; // "签批当日办结 / 签批2日内办结 / …": a scale in words that happens to hold numbers
        }
        if (words > 0) {
            out.add(Problems.warning(id(), at, name + "的评价标准有的写数字、有的只写文字，无法核对先后顺序",
                    "各档统一写成可比较的数字，如≥90%、≥80%、≥70%、<70%"));
            return;
        }
        if (bands.size() < 2) {
            return;
        }
        List<String> edges = new ArrayList<>();
        double first = bands.get(0).representative();
        double last = bands.get(bands.size() - 1).representative();
        boolean descending = first >= last;
        for (int i = 1; i < bands.size(); i++) {
            Band better = bands.get(i - 1);
            Band worse = bands.get(i);
            double a = better.representative();
            double b = worse.representative();
            String pair = gradeName(grades.get(i - 1)) + "“" + texts.get(i - 1) + "”与" + gradeName(grades.get(i))
                    + "“" + texts.get(i) + "”";
            if (descending ? b > a : b < a) {
                out.add(Problems.error(id(), at, name + "的评价标准顺序不对：" + pair + "，"
                                + (descending ? "越往后应越低" : "越往后应越高"),
                        "按优、良、中、差依次排列"));
                return;
            }
            if (a == b && better.kind() == worse.kind()) {
                out.add(Problems.warning(id(), at, name + "的" + pair + "标准相同", "各档应有区别"));
                continue;
            }
            String edge = boundary(descending ? better : worse, descending ? worse : better, pair);
            if (edge != null) {
                edges.add(edge);
            }
        }
        if (!edges.isEmpty()) {
            out.add(Problems.warning(id(), at, name + "的评价标准" + String.join("；", edges),
                    "相邻两档应首尾相接，界限只属于其中一档，如≥90%、≥80%且<90%"));
        }
    }

    /**
     * {@code upperBand} holds the higher values, {@code lowerBand} the lower ones; they must meet exactly. Returns
     * what is wrong at their edge, or null.
     */
    private static String boundary(Band upperBand, Band lowerBand, String pair) {
        if (!upperBand.exact() || !lowerBand.exact() || upperBand.kind() == Band.Kind.UPPER
                || lowerBand.kind() == Band.Kind.LOWER
                || (upperBand.kind() == Band.Kind.POINT && lowerBand.kind() == Band.Kind.POINT)) {
            return null; // "≥90% / ≥80%" or "100% / 95%": each grade's threshold, by convention; or fuzzy words
        }
        double top = upperBand.lo();
        boolean topIncl = upperBand.loIncl();
        double bottom = lowerBand.hi();
        boolean bottomIncl = lowerBand.hiIncl();
        String unit = upperBand.percent() ? "%" : "";
        if (bottom > top || (bottom == top && topIncl && bottomIncl)) {
            return pair + "有重叠（" + fmt(Math.min(top, bottom)) + unit + "同属两档）";
        } else {
            boolean integers = !upperBand.percent() && top == Math.rint(top) && bottom == Math.rint(bottom);
            double allowed = integers && upperBand.kind() == Band.Kind.POINT || integers
                    && lowerBand.kind() == Band.Kind.POINT ? 1 : 0;
            if (top - bottom > allowed || (top == bottom && !topIncl && !bottomIncl)) {
                return pair + "之间有空档（" + fmt(bottom) + "～" + fmt(top) + unit + "不属于任何一档）";
            }
        }
        return null;
    }

    private static String gradeName(int g) {
        return Indicator.GRADE_NAMES.get(g);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
