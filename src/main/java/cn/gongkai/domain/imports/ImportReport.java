package cn.gongkai.domain.imports;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.writing.Narratives;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The report of the import that made a draft, kept with it so that it can be reopened: what was recognised
 * (including what awaits confirmation, 待确认, and each figure's sentence, 依据), and the lines not yet placed. A
 * line the officer places by hand moves from {@code unplaced} to {@code recognised}, saying where it went.
 */
public record ImportReport(List<String> recognised, List<String> unplaced) {
    public static final ImportReport NONE = new ImportReport(List.of(), List.of());

    public ImportReport {
        recognised = List.copyOf(Objects.requireNonNullElse(recognised, List.of()));
        unplaced = List.copyOf(Objects.requireNonNullElse(unplaced, List.of()));
    }

    /** The report after unplaced line {@code index} was put into {@code where} by hand. */
    public ImportReport placed(int index, String where) {
        if (index < 0 || index >= unplaced.size()) {
            throw new IndexOutOfBoundsException("没有第 " + (index + 1) + " 条未放入的内容");
        }
        List<String> left = new ArrayList<>(unplaced);
        String line = left.remove(index);
        List<String> done = new ArrayList<>(recognised);
        done.add("已放入“" + where + "”：" + line);
        return new ImportReport(done, left);
    }

    /** The paragraphs a line can be put into by hand, in the order of the disclosure, for a draft's template. */
    public static List<TextKey> targets(boolean tablesFirst) {
        return tablesFirst
                ? List.of(TextKey.INTRO, TextKey.DUTIES, TextKey.BUDGET_INTRO, TextKey.INCOME, TextKey.EXPENSE,
                TextKey.FISCAL_OVERVIEW, TextKey.GENERAL_PUBLIC_SCALE, TextKey.GENERAL_PUBLIC_STRUCTURE,
                TextKey.GENERAL_PUBLIC_BASIC, TextKey.RUNNING_COSTS, TextKey.THREE_PUBLIC, TextKey.PERFORMANCE_OVERALL,
                TextKey.PROCUREMENT, TextKey.ASSETS, TextKey.OTHER_MATTERS)
                : List.of(TextKey.INTRO, TextKey.DUTIES, TextKey.BUDGET_INTRO, TextKey.INCOME, TextKey.EXPENSE,
                TextKey.CHANGE, TextKey.RUNNING_COSTS, TextKey.THREE_PUBLIC, TextKey.THREE_PUBLIC_REASON,
                TextKey.PERFORMANCE_OVERALL, TextKey.PERFORMANCE_NOTE, TextKey.PROCUREMENT, TextKey.ASSETS,
                TextKey.OTHER_MATTERS);
    }

    /** The draft with {@code line} added as the last paragraph of {@code key} (after its standard wording, if any). */
    public static Draft withLine(Draft d, TextKey key, String line) {
        String now = Narratives.text(d, key);
        return d.withTexts(d.texts().with(key, Narrative.own(now.isBlank() ? line : now + "\n" + line)));
    }

    /** The text of an unplaced line without its place in the file ("第969行：…", "第970行（表格）：a | b"). */
    public static String content(String unplacedLine) {
        String t = unplacedLine.replaceFirst("^第\\d+行(（表格）)?：", "");
        return t.replace(" | ", "　").strip();
    }
}
