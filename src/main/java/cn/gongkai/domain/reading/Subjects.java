package cn.gongkai.domain.reading;

import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Section;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.model.FigureKey.*;

/**
 * What the words before an amount are about: the known figure (or sum of figures) a subject phrase such as
 * "2019年预算收入", "其中：一般公共预算拨款收入" or "我单位固定资产总额" names. Chinese puts the head of a noun phrase
 * last, so the phrase is matched from its end: the most specific head first ("其他收入" before "收入"). A total is
 * taken only when what stands before its head is generic — a year, "本部门", the unit's own name — so that
 * "利息收入" is never read as 收入合计. Shared by the sentence reader and the importer's tables.
 */
public final class Subjects {
    /** One head: the section it belongs to, its words at the end of the phrase, the figures it sums. */
    private record Head(Section section, Pattern tail, List<FigureKey> figures, boolean total) {
    }

    private static Head leaf(Section s, String tail, FigureKey... figures) {
        return new Head(s, Pattern.compile("(?:" + tail + ")$"), List.of(figures), false);
    }

    private static Head total(Section s, String tail, FigureKey figure) {
        return new Head(s, Pattern.compile("(?:" + tail + ")$"), List.of(figure), true);
    }

    private static final List<Head> HEADS = List.of(
            leaf(Section.BUDGET, "年终结转(?:结余)?", EXPENSE_CARRY_FORWARD),
            leaf(Section.BUDGET, "(?:上年结转(?:结余)?|结转结余|上年结余)(?:收入|资金)?", INCOME_CARRY_OVER),
            leaf(Section.BUDGET, "一般公共预算当年拨款", GENERAL_PUBLIC_EXPENSE),
            leaf(Section.BUDGET, "一般公共(?:预算)?(?:财政)?(?:拨款)?(?:收入)?", INCOME_GENERAL_PUBLIC),
            leaf(Section.BUDGET, "(?:政府性)?基金(?:预算)?(?:财政)?(?:拨款)?(?:收入)?", INCOME_GOV_FUND),
            leaf(Section.BUDGET, "国有资本经营(?:预算)?(?:拨款)?(?:收入)?", INCOME_STATE_CAPITAL),
            leaf(Section.BUDGET, "财政专户(?:核拨|管理资金)?(?:收入)?", INCOME_FISCAL_SPECIAL),
            leaf(Section.BUDGET, "事业单位经营(?:服务)?收入|经营收入", INCOME_OPERATING),
            leaf(Section.BUDGET, "事业收入", INCOME_BUSINESS),
            leaf(Section.BUDGET, "单位资金(?:收入)?", INCOME_UNIT_FUNDS),
            leaf(Section.BUDGET, "其他(?:来源)?收入", INCOME_OTHER),
            total(Section.BUDGET, "(?:预算)?收入(?:预算)?", INCOME_TOTAL),
            leaf(Section.BUDGET, "人员(?:经费|支出)", EXPENSE_PERSONNEL),
            leaf(Section.BUDGET, "(?:日常)?公用(?:经费|支出)", EXPENSE_PUBLIC_USE),
            leaf(Section.BUDGET, "本级(?:项目)?支出", EXPENSE_PROJECT_OWN),
            leaf(Section.BUDGET, "对下(?:补助)?(?:支出)?", EXPENSE_PROJECT_SUBSIDY),
            total(Section.BUDGET, "基本支出", EXPENSE_BASIC),
            total(Section.BUDGET, "项目支出", EXPENSE_PROJECT),
            total(Section.BUDGET, "(?:预算)?(?:收支|支出)(?:预算)?", EXPENSE_TOTAL),
            total(Section.RUNNING_COSTS, "机关运行(?:经)?费", RUNNING_COST_TOTAL),
            leaf(Section.THREE_PUBLIC, "公务用车购置及运(?:行)?(?:维护|维)?费?", THREE_PUBLIC_VEHICLE_PURCHASE,
                    THREE_PUBLIC_VEHICLE_OPERATION),
            leaf(Section.THREE_PUBLIC, "公务用车(?:运行维护|运维|运行|维护)费?|运行维护费|运维费",
                    THREE_PUBLIC_VEHICLE_OPERATION), // "（购置费0万元，运行维护费15万元）" after the two together
            leaf(Section.THREE_PUBLIC, "公务用车购置费?|购置费", THREE_PUBLIC_VEHICLE_PURCHASE),
            leaf(Section.THREE_PUBLIC, "因公出国[（(]境[）)](?:费用?)?|出国[（(]境[）)]?费用?", THREE_PUBLIC_ABROAD),
            leaf(Section.THREE_PUBLIC, "公务接待费?", THREE_PUBLIC_RECEPTION),
            total(Section.THREE_PUBLIC, "[“\"]?三公[”\"]?经费", THREE_PUBLIC_TOTAL),
            total(Section.PROCUREMENT, "政府采购", PROCUREMENT_TOTAL),
            leaf(Section.ASSETS, "房屋(?:及)?(?:建筑物)?(?:价值)?", ASSET_BUILDING_VALUE),
            leaf(Section.ASSETS, "车辆(?:\\d+[辆台])?(?:价值)?", ASSET_VEHICLE_VALUE),
            leaf(Section.ASSETS, "其他固定资产(?:价值)?", ASSET_OTHER_VALUE),
            total(Section.ASSETS, "(?:固定|国有)?资产(?:原值|总值|价值)?", ASSET_TOTAL));

    /** Words that end a subject without changing what it is about: "…预算数为", "…总额", "…共计安排", "…财政拨款". */
    private static final Pattern TRAILING = Pattern.compile(
            "(?:为|是|共计|合计|总计|小计|(?<!公)共|达到|达|约|预算数|预算额|预算|数额|数|总额|金额|总量|规模|安排|列支|资金|"
                    + "财政拨款|拨款|情况|的|：|:|\\s)+$");
    /** Words that open a subject without being part of it. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:[（(“\"\\s]|其中|包括|主要是|主要为|主要用于|主要有|用于|分别为|分别是|具体为|具体是|即|含|和|及|与|以及|"
                    + "另外|此外|按支出类别分|按支出性质分|按收入来源分|[一二三四五六七八九十\\d]+[、.．)）])+");
    private static final Pattern BRACKETED_UNIT = Pattern.compile("[（(](?:含|包括)[^）)]{0,12}[）)]");
    /**
     * What may stand before a total's head: years and dates, 本年/全年, the unit ("我部门", "本镇", a name ending in
     * 政府/办事处/局/…), "财政拨款" (of 三公). Anything else names another figure, or one the template does not know.
     */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:\\d{4}年度?|截[至止](?:\\d{4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?|上年[末底]|年[末底]|本年度?|全年|当年|今年|年度|年|"
                    + "我(?:部门|单位|局|镇|乡|委|办|院|所|站|处|中心|街道|街道办事处|办事处)|"
                    + "本(?:部门|单位|局|镇|乡|委|办|院|所|站|处|中心|街道|街道办事处|办事处)|"
                    + "部门预算|部门|单位|机关|预算|财政拨款|全部|总|的|共|及所属单位|安排|编列|列支|共计|合计|"
                    + "[\\u4e00-\\u9fa5]{2,30}?(?:政府|办事处|街道|局|委员会|委|中心|办公室|所|站|院|部|处|镇|乡|室|队|会|馆|校))*");

    private Subjects() {
    }

    /** The subject phrase cleaned of its opening and closing words, as it is matched. */
    public static String topic(String phrase) {
        String t = BRACKETED_UNIT.matcher(phrase).replaceAll("");
        String before;
        do {
            before = t;
            t = LEADING.matcher(t).replaceFirst("");
            t = TRAILING.matcher(t).replaceFirst("");
        } while (!t.equals(before) && !t.isEmpty());
        return t;
    }

    /** The figures the cleaned {@code topic} names in {@code section}, and the words before its head; empty when none. */
    public static Optional<Match> in(Section section, String topic) {
        for (Head h : HEADS) {
            if (h.section() != section) {
                continue;
            }
            Matcher m = h.tail().matcher(topic);
            if (m.find() && m.end() > m.start()) {
                String prefix = topic.substring(0, m.start());
                if (h.total() && (prefix.length() > 40 || !GENERIC.matcher(prefix).matches())) {
                    return Optional.empty(); // "利息收入": a head preceded by words that name another figure
                }
                return Optional.of(new Match(h.figures(), prefix));
            }
        }
        return Optional.empty();
    }

    /** The figures a subject names and the words that stood before its head ("2019年", "我单位上年末"). */
    public record Match(List<FigureKey> figures, String prefix) {
        public Match {
            figures = List.copyOf(figures);
        }
    }

    /** Whether {@code topic} is nothing but generic words ("与上年相比" once the comparison is gone). */
    static boolean generic(String topic) {
        return topic.length() <= 40 && GENERIC.matcher(topic).matches();
    }
}
