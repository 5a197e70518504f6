package cn.gongkai.domain.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The indicator library: the common indicators shipped with the program and the officer's own, searched by words
 * of the name, the category or the 二级 ("低保 准确", "安全生产", "满意度"). The officer's own come first; an own
 * entry with a shipped one's category and name replaces it.
 */
public final class IndicatorLibrary {
    private final List<LibraryEntry> entries;
    private final List<String> keys;

    public IndicatorLibrary(List<LibraryEntry> shipped, List<LibraryEntry> own) {
        Map<String, LibraryEntry> byName = new LinkedHashMap<>();
        for (LibraryEntry e : own) {
            byName.put(e.category() + "\t" + e.name(), e);
        }
        for (LibraryEntry e : shipped) {
            byName.putIfAbsent(e.category() + "\t" + e.name(), e);
        }
        this.entries = List.copyOf(byName.values());
        this.keys = entries.stream().map(e -> (e.name() + " " + e.category() + " " + e.level1().label() + " "
                + e.level2()).toLowerCase(Locale.ROOT)).toList();
    }

    /** Parses the shipped library file: a line per entry, # comments and blank lines skipped. */
    public static List<LibraryEntry> parse(String text) {
        List<LibraryEntry> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(LibraryEntry.parse(line, false));
            }
        }
        return out;
    }

    public List<LibraryEntry> all() {
        return entries;
    }

    public List<String> categories() {
        return entries.stream().map(LibraryEntry::category).distinct().toList();
    }

    /**
     * The entries whose name, category or levels hold every word of the query, best first: a name that holds the
     * whole query, then the officer's own, then in the library's order. An empty query gives the first entries.
     */
    public List<LibraryEntry> search(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String[] words = q.isEmpty() ? new String[0] : q.split("[\\s,，、]+");
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String key = keys.get(i);
            boolean all = true;
            for (String w : words) {
                if (!key.contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                hits.add(i);
            }
        }
        hits.sort(Comparator.<Integer>comparingInt(i -> entries.get(i).name().contains(q) ? 0 : 1)
                .thenComparingInt(i -> entries.get(i).own() ? 0 : 1).thenComparingInt(i -> i));
        return hits.stream().limit(limit).map(entries::get).toList();
    }
}
