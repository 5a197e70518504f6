package cn.gongkai.domain.reading;

import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Section;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a narrative of the 2018–2020 template states a figure ("2019年预算收入5176.58万元") or its change against
 * last year ("较2018年预算增加393.11万元"), read the same way by the importer (to fill the figure) and by the checks
 * (to compare the text with it). Each amount is read with its subject — the words of its clause before it — and the
 * subject says what the amount is ({@link Subjects}): a figure this year as budgeted, a change, or neither (a planned
 * purchase, another year's value, a part the template does not know). A change without a subject of its own
 * ("，比上年增加56.78万元") is about the figure stated last in its sentence, or, opening a sentence, about the
 * paragraph's first figure.
 */
public final class Statements {
    /** A figure's amount, or its change against last year's budget (signed). */
    public enum Kind {
        VALUE, CHANGE
    }

    /**
     * One statement: what it is about (one figure, or the sum of several: "公务用车购置及运维费"), the amount as
     * written in its unit (signed for a change), the words and clause as evidence, and where it ends in the text.
     */
    public record Statement(Kind kind, List<FigureKey> figures, BigDecimal amount, MoneyUnit unit, String written,
                            String clause, int end) {
        public Statement {
            figures = List.copyOf(figures);
        }

        /** The one figure it is about; empty for a sum. */
        public Optional<FigureKey> figure() {
            return figures.size() == 1 ? Optional.of(figures.get(0)) : Optional.empty();
        }

        /** The amount in {@code to}. */
        public BigDecimal in(MoneyUnit to) {
            return Amounts.convert(amount, unit, to);
        }
    }

    /** The paragraphs whose statements are read, each for the figures of its own section. */
    public static final Set<TextKey> TEXTS = Set.of(TextKey.INCOME, TextKey.EXPENSE, TextKey.CHANGE,
            TextKey.RUNNING_COSTS, TextKey.THREE_PUBLIC, TextKey.PROCUREMENT, TextKey.ASSETS);

    /** An amount: "5176.58万元", "1,234.56 万元", "8,765,432.10元"; a change's zero: "持平", "无变化"; "为0". */
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(万元|元)|(持平|无增减|无变化|没有变化|未发生变化|不变)"
                    + "|(?<=[为是])(0)(?![\\d.%万元])");
    /** What ends a clause: the subject of an amount never reaches back over these. */
    private static final String CLAUSE_ENDS = "，,。；;：:、！？!?\n";
    private static final String SENTENCE_ENDS = "。；;！？!?\n";
    /** The verb that makes an amount a change: "增加", "减少"; what may follow it before the amount. */
    private static final Pattern CHANGE_VERB = Pattern.compile(
            "(增加|增长|上升|增|多|减少|下降|降低|减|少|节约|压减|压缩)(?:了|额为|额|为|幅度为)?\\s*$");
    /** The comparison a change names: "比上年", "较2018年预算", "与2017年相比", "同比". */
    private static final Pattern COMPARISON = Pattern.compile(
            "(?:比|较|与)(?:\\d{4}年度?|上年度?|去年|上一年度?)(?:预算(?:数)?)?(?:相比|比较|对比)?|同比|相比|对比");
    private static final Set<String> DOWN = Set.of("减少", "下降", "降低", "减", "少", "节约", "压减", "压缩");
    private static final int MAX_SUBJECT = 60;
    private static final Pattern PLANNED = Pattern.compile("拟|计划(?:购置|购买|采购|新增|安排)|预计");
    private static final Pattern EARLIER = Pattern.compile("上年(?![末底])|去年|上一年|同期|以前年度|(\\d{4})年");

    private Statements() {
    }

    /**
     * One amount of a paragraph as written, before it is known what it is about: the words of its clause before it
     * (never reaching back past the previous amount), and whether those words make it a change ("增加", "持平").
     */
    public record Part(String subject, BigDecimal amount, MoneyUnit unit, boolean change, String written,
                       String clause, boolean newSentence, int end) {
        /** The subject cleaned of its opening and closing words: "主要用于办公费" → "办公费". */
        public String topic() {
            return Subjects.topic(change ? COMPARISON.matcher(CHANGE_VERB.matcher(subject).replaceFirst(""))
                    .replaceAll("") : subject);
        }
    }

    /** Every amount of the paragraph, in order. */
    public static List<Part> parts(String body) {
        List<Part> out = new ArrayList<>();
        int previousEnd = 0;
        Matcher m = AMOUNT.matcher(body);
        while (m.find()) {
            boolean newSentence = endsSentence(body, previousEnd, m.start());
            String subject = body.substring(clauseFrom(body, m.start(), previousEnd), m.start());
            String clause = body.substring(clauseFrom(body, m.start(), 0), m.end());
            previousEnd = m.end();
            if (m.group(4) != null) { // "因公出国（境）费为0": a zero needs no unit
                out.add(new Part(subject, BigDecimal.ZERO, MoneyUnit.WAN_YUAN, false, m.group(), clause, newSentence,
                        m.end()));
                continue;
            }
            if (m.group(3) != null) {
                out.add(new Part(subject, BigDecimal.ZERO, MoneyUnit.WAN_YUAN, true, m.group(), clause, newSentence,
                        m.end()));
                continue;
            }
            Matcher verb = CHANGE_VERB.matcher(subject);
            boolean change = verb.find();
            BigDecimal v = number(m.group(1));
            out.add(new Part(subject, change && DOWN.contains(verb.group(1)) ? v.negate() : v, unit(m.group(2)), change,
                    m.group(), clause, newSentence, m.end()));
        }
        return out;
    }

    /** Every statement of a known figure in paragraph {@code text} of a draft for {@code budgetYear}, in order. */
    public static List<Statement> in(TextKey text, String body, int budgetYear) {
        Section section = text.section();
        List<Statement> out = new ArrayList<>();
        List<FigureKey> lead = null;   // the paragraph's first figure
        List<FigureKey> recent = null; // the last figure stated in the current sentence
        for (Part p : parts(body)) {
            if (p.newSentence()) {
                recent = null;
            }
            String topic = p.topic();
            if (p.change()) {
                List<FigureKey> about = topic.isEmpty() || Subjects.generic(topic) ? (recent != null ? recent : lead)
                        : Subjects.in(section, topic).map(Subjects.Match::figures).orElse(null);
                if (about != null) {
                    out.add(new Statement(Kind.CHANGE, about, p.amount(), p.unit(), p.written(), p.clause(), p.end()));
                }
                continue;
            }
            Optional<Subjects.Match> match = Subjects.in(section, topic);
            if (match.isEmpty() || !thisYear(match.get().prefix(), section, budgetYear)) {
                continue;
            }
            List<FigureKey> about = match.get().figures();
            out.add(new Statement(Kind.VALUE, about, p.amount(), p.unit(), p.written(), p.clause(), p.end()));
            recent = about;
            if (lead == null) {
                lead = about;
            }
        }
        return out;
    }

    /** The first statement of {@code figure}'s value in the paragraph, if any. */
    public static Optional<Statement> first(TextKey text, String body, int budgetYear, FigureKey figure) {
        return in(text, body, budgetYear).stream()
                .filter(s -> s.kind() == Kind.VALUE && s.figures().equals(List.of(figure))).findFirst();
    }

    /** An amount as written, without its thousands separators. */
    public static BigDecimal number(String written) {
        return Amounts.normalize(new BigDecimal(written.replace(",", "")));
    }

    private static MoneyUnit unit(String word) {
        return word.equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
    }

    /** Where the clause holding {@code start} begins: after its last mark, not before {@code floor}, at most 60 back. */
    private static int clauseFrom(String body, int start, int floor) {
        int from = start;
        int limit = Math.max(floor, start - MAX_SUBJECT);
        while (from > limit && (CLAUSE_ENDS.indexOf(body.charAt(from - 1)) < 0 || thousands(body, from - 1))) {
            from--;
        }
        return from;
    }

    /** A comma between digits ("1,890.12") separates thousands, not clauses. */
    private static boolean thousands(String body, int at) {
        return body.charAt(at) == ',' && at > 0 && at + 1 < body.length() && Character.isDigit(body.charAt(at - 1))
                && Character.isDigit(body.charAt(at + 1));
    }

    /** Whether a sentence ends between the previous amount and this one. */
    private static boolean endsSentence(String body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SENTENCE_ENDS.indexOf(body.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words before the head say the figure is this year's as budgeted: not a plan, not another year (the
     * assets are stated as at the end of last year: "上年末", "截至2018年12月31日").
     */
    private static boolean thisYear(String prefix, Section section, int budgetYear) {
        if (PLANNED.matcher(prefix).find()) {
            return false;
        }
        int earliest = section == Section.ASSETS ? budgetYear - 1 : budgetYear;
        Matcher m = EARLIER.matcher(prefix);
        while (m.find()) {
            if (m.group(1) == null) {
                return false;
            }
            int y = Integer.parseInt(m.group(1));
            if (budgetYear > 0 && (y < earliest || y > budgetYear)) {
                return false;
            }
        }
        return true;
    }
}
