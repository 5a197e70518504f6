package cn.gongkai.domain.writing;

import cn.gongkai.domain.budget.BudgetRow;
import cn.gongkai.domain.budget.BudgetTable;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.model.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a draft's own paragraphs say exactly what its figures would generate, so that they follow the figures
 * instead of staying frozen: a paragraph read from a published file, or kept from last year, that is the standard
 * wording word for word — with the officer's own part inside it (a reason, a purpose, what is planned) taken out
 * into its own field, as the editor keeps it. What is worded otherwise stays the officer's own.
 */
public final class GeneratedTexts {
    /** The officer's own fields a generated paragraph prints inside itself. */
    private static final Map<TextKey, List<TextKey>> INSIDE = Map.of(
            TextKey.EXPENSE, List.of(TextKey.PROJECT_FOCUS),
            TextKey.GENERAL_PUBLIC_SCALE, List.of(TextKey.GENERAL_PUBLIC_SCALE_REASON),
            TextKey.RUNNING_COSTS, List.of(TextKey.RUNNING_COST_PURPOSE),
            TextKey.THREE_PUBLIC, List.of(TextKey.THREE_PUBLIC_REASON),
            TextKey.ASSETS, List.of(TextKey.ASSETS_PLANNED),
            TextKey.CHANGE, List.of(TextKey.BASIC_CHANGE_REASON, TextKey.PROJECT_CHANGE_REASON));
    private static final String OPEN = "\uE000";
    private static final String CLOSE = "\uE001";
    private static final Pattern MARK = Pattern.compile(OPEN + "(\\d+)" + CLOSE);

    private GeneratedTexts() {
    }

    /** The draft with every own paragraph that is the generated wording made generated again. */
    public static Draft recognise(Draft d) {
        Draft out = d;
        for (TextKey k : TextKey.values()) {
            Narrative n = out.texts().get(k);
            if (k.generatable() && n.custom()) {
                out = recognise(out, k, n.text()).orElse(out);
            }
        }
        return out;
    }

    private static Optional<Draft> recognise(Draft d, TextKey k, String text) {
        Draft generated = d.withTexts(d.texts().with(k, Narrative.GENERATED));
        if (Narratives.generated(generated, k).equals(text)) {
            return Optional.of(generated);
        }
        // the officer's parts marked, the wording around them matched: what stands at each mark is that part
        List<Slot> slots = slots(generated, k);
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        Draft marked = generated;
        for (int i = 0; i < slots.size(); i++) {
            marked = slots.get(i).put(marked, OPEN + i + CLOSE);
        }
        String template = Narratives.generated(marked, k);
        StringBuilder regex = new StringBuilder("^");
        List<Integer> order = new ArrayList<>();
        Matcher m = MARK.matcher(template);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(at, m.start()))).append("(.+?)");
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        if (order.isEmpty()) {
            return Optional.empty();
        }
        regex.append(Pattern.quote(template.substring(at))).append("$");
        Matcher found = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text);
        if (!found.matches()) {
            return Optional.empty();
        }
        Draft filled = generated;
        for (int g = 0; g < order.size(); g++) {
            String part = found.group(g + 1);
            filled = slots.get(order.get(g)).put(filled, part.equals(ReformNarratives.MISSING_REASON) ? "" : part);
        }
        return Narratives.generated(filled, k).equals(text) ? Optional.of(filled) : Optional.empty();
    }

    /** A field of the officer's that a paragraph prints inside itself: an own paragraph, or a table row's note. */
    private interface Slot {
        Draft put(Draft d, String value);
    }

    private static List<Slot> slots(Draft d, TextKey k) {
        List<Slot> out = new ArrayList<>();
        for (TextKey own : INSIDE.getOrDefault(k, List.of())) {
            out.add((draft, v) -> draft.withTexts(put(draft.texts(), own, v)));
        }
        if (k == TextKey.GENERAL_PUBLIC_ITEMS) {
            d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).ifPresent(t -> {
                for (int i = 0; i < t.rows().size(); i++) {
                    BudgetRow r = t.rows().get(i);
                    if (r.key().fold(s -> s.level() == 3, l -> false)) {
                        int row = i;
                        out.add((draft, v) -> withNote(draft, row, v));
                    }
                }
            });
        }
        return out;
    }

    private static Texts put(Texts texts, TextKey key, String value) {
        return texts.with(key, value.isEmpty() ? Narrative.GENERATED : Narrative.own(value));
    }

    private static Draft withNote(Draft d, int row, String note) {
        BudgetTable t = d.tables().get(TableKind.GENERAL_PUBLIC_EXPENSE).orElseThrow();
        return d.withTables(d.tables().with(t.withRow(row, t.rows().get(row).withNote(note))));
    }
}
