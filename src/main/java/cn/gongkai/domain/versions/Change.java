package cn.gongkai.domain.versions;

import cn.gongkai.domain.model.Location;

import java.util.Objects;

/** One changed thing: where (a place the editor can go to), what it was and what it is ("" where it was not). */
public record Change(Location at, String before, String after) {
    public Change {
        Objects.requireNonNull(at, "at");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
    }

    /** As the command line prints it: 位置, 原, 新 separated by tabs (tabs and line breaks in a value as spaces). */
    public String line() {
        return flat(at.label()) + "\t" + flat(before) + "\t" + flat(after);
    }

    private static String flat(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
