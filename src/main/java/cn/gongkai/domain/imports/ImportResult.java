package cn.gongkai.domain.imports;

import cn.gongkai.domain.model.Draft;
import java.util.List;

/**
 * The outcome of an import: the draft, what was recognised section by section, and every line that could not be
 * placed anywhere (nothing disappears silently). {@code id} is set once stored.
 */
public record ImportResult(long id, Draft draft, List<String> recognised, List<String> unplaced) {
    public ImportResult {
        recognised = List.copyOf(recognised);
        unplaced = List.copyOf(unplaced);
    }

    public static ImportResult of(Draft draft) {
        return new ImportResult(0, draft, List.of(), List.of());
    }

    /** The report to keep with the draft. */
    public ImportReport report() {
        return new ImportReport(recognised, unplaced);
    }

    public ImportResult withId(long newId) {
        return new ImportResult(newId, draft, recognised, unplaced);
    }
}
