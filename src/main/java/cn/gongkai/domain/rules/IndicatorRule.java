package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;
import cn.gongkai.domain.targets.Targets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether each indicator can be measured, in Hebei's tree and in the three-level forms: a target with no number,
 * date or plain state ("有效提升", "按时完成"); a number with no unit; a count or an amount scored in %; a share
 * above 100 %; a target that runs against the indicator's direction (事故次数 ≥, 满意度 ≤). Each finding says how to
 * write it better, with an example; all are 警告 — the officer decides.
 */
public final class IndicatorRule implements Rule {
    static final String UNMEASURABLE = "indicator-unmeasurable";
    static final String NO_UNIT = "indicator-unit";
    static final String COUNT_IN_PERCENT = "indicator-count-percent";
    static final String OVER_100 = "indicator-over-100";
    static final String DIRECTION = "indicator-direction";
    private static final Pattern ZERO = Pattern.compile("[≥≤<>＞＜=≧≦]?\\s*0(\\.0+)?");
    private static final Pattern BARE_NUMBER = Pattern.compile("^[≥≤<>＞＜=≧≦]?\\s*\\d+(\\.\\d+)?$");

    @Override
    public String id() {
        return "indicators";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        TreeIndicators.each(d, (ind, at) -> {
            if (!ind.name().isBlank()) { // a nameless indicator: the tree rule says it
                tree(ind, at, out);
            }
        });
        Targets t = d.performance().targets();
        for (int form = -1; form < t.projects().size(); form++) {
            List<TargetIndicator> list = t.indicators(form);
            for (int i = 0; i < list.size(); i++) {
                TargetIndicator x = list.get(i);
                form(x, Location.target(form, i, TargetsLabel.of(t, form, x)), out);
            }
        }
        return out;
    }

    /** An indicator of Hebei's tree, by its grades as written. */
    private static void tree(Indicator ind, Location at, List<Problem> out) {
        String name = "指标“" + ind.name() + "”";
        List<String> grades = ind.scale() == GradeScale.TWO ? ind.grades().subList(0, 2) : ind.grades();
        List<String> written = grades.stream().filter(g -> !g.isBlank()).toList();
        if (written.isEmpty()) {
            return; // no grade at all: the tree rule's finding
        }
        if (written.stream().noneMatch(IndicatorWords::measurable)) {
            out.add(unmeasurable(at, name + "的评价标准“" + written.get(0) + "”", written.get(0)));
            return;
        }
        boolean percent = written.stream().anyMatch(g -> g.contains("%") || g.contains("％"));
        if (percent && IndicatorWords.countOrAmount(ind.name())) {
            out.add(countInPercent(at, name, written.get(0)));
        } else if (percent && IndicatorWords.boundedRate(ind.name())) {
            written.stream().filter(g -> over100(g)).findFirst().ifPresent(g -> out.add(over100(at, name, g)));
        }
        if (!IndicatorWords.unitInName(ind.name()) && written.stream().anyMatch(g -> BARE_NUMBER.matcher(g.strip())
                .matches() && !ZERO.matcher(g.strip()).matches())) { // "0" needs no unit
            out.add(Problems.warning(NO_UNIT, at, name + "的评价标准“" + written.get(0) + "”没有计量单位",
                    "在数字后写上单位，如“≥4次”“≤2个工作日”，或在指标名称后注明，如“开展次数（次）”"));
        }
        Band best = Band.parse(grades.get(0));
        Band worst = Band.parse(grades.get(grades.size() - 1));
        if (IndicatorWords.lessIsBetter(ind.name()) && best != null && worst != null
                && best.representative() > worst.representative()) {
            out.add(Problems.warning(DIRECTION, at, name + "越少越好，评价标准却是越高越好（优“" + grades.get(0) + "”，"
                            + Indicator.GRADE_NAMES.get(grades.size() - 1) + "“" + grades.get(grades.size() - 1) + "”）",
                    "按次数或比率从低到高写，如优“0次”、良“≤1次”、中“≤3次”、差“>3次”"));
        }
    }

    /** A row of a three-level form, by its value. */
    private static void form(TargetIndicator x, Location at, List<Problem> out) {
        String name = "指标“" + (x.name().isEmpty() ? "（未命名）" : x.name()) + "”";
        if (x.name().isEmpty()) {
            out.add(Problems.warning(UNMEASURABLE, at, "三级指标没有名称", "写明衡量什么，如“垃圾清运覆盖村数”"));
        }
        if (x.value().measured().isEmpty()) {
            String words = x.value().text();
            if (words.isEmpty()) {
                out.add(Problems.warning(UNMEASURABLE, at, name + "没有指标值", "填写指标值，如“≥95%”“22个”"));
            } else if (!IndicatorWords.measurable(words)) {
                out.add(unmeasurable(at, name + "的指标值“" + words + "”", words));
            }
            return;
        }
        TargetValue.Measured m = x.value().measured().get();
        if (m.unit().isEmpty() && !IndicatorWords.unitInName(x.name())) {
            out.add(Problems.warning(NO_UNIT, at, name + "的指标值“" + m.text() + "”没有计量单位",
                    "写上单位，如“" + m.text() + (IndicatorWords.boundedRate(x.name()) ? "%" : "个") + "”"));
        }
        if (m.percent() && IndicatorWords.countOrAmount(x.name())) {
            out.add(countInPercent(at, name, m.text()));
        } else if (m.percent() && IndicatorWords.boundedRate(x.name()) && m.number().doubleValue() > 100) {
            out.add(over100(at, name, m.text()));
        }
        if (IndicatorWords.lessIsBetter(x.name()) && m.comparison().higherIsBetter()) {
            out.add(Problems.warning(DIRECTION, at, name + "越少越好，指标值“" + m.text() + "”却是越多越好",
                    "写成上限，如“≤" + m.number().stripTrailingZeros().toPlainString() + m.unit() + "”或“0" + m.unit()
                            + "”"));
        } else if (IndicatorWords.boundedRate(x.name()) && !IndicatorWords.lessIsBetter(x.name())
                && !m.comparison().higherIsBetter() && m.comparison() != cn.gongkai.domain.targets.Comparison.EQUAL) {
            out.add(Problems.warning(DIRECTION, at, name + "越高越好，指标值“" + m.text() + "”却是上限",
                    "写成下限，如“≥" + m.number().stripTrailingZeros().toPlainString() + m.unit() + "”"));
        }
    }

    private static boolean over100(String grade) {
        Band b = Band.parse(grade);
        return b != null && b.percent() && (b.lo() > 100 || (b.hi() > 100 && b.hi() != Double.POSITIVE_INFINITY));
    }

    private static Problem unmeasurable(Location at, String what, String text) {
        return Problems.warning(UNMEASURABLE, at, what + "无法衡量（“" + IndicatorWords.vagueWord(text)
                        + "”说不出做到多少、何时做到）",
                "写成可以核对的数字、日期或状态，如“≥95%”“2025年11月30日前”“通过验收”");
    }

    private static Problem countInPercent(Location at, String name, String text) {
        return Problems.warning(COUNT_IN_PERCENT, at, name + "是次数或数量，指标值却是百分比“" + text + "”",
                "按次数或数量写，如“≥12次”；要用百分比，就改成比率，如“政务公开按时完成率 ≥95%”");
    }

    private static Problem over100(Location at, String name, String text) {
        return Problems.warning(OVER_100, at, name + "是比率，不会超过100%，指标值却是“" + text + "”",
                "比率最高写“100%”；要写增长，就改成增长率，如“增长率 ≥5%”");
    }
}
