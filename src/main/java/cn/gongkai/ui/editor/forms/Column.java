package cn.gongkai.ui.editor.forms;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One column of an editable table over immutable rows: its header, how to show a row's cell, and how to make the
 * row with a new cell text ({@code set} throws {@link IllegalArgumentException} with a Chinese message for text
 * the column cannot take). A column without {@code set} is computed and read-only.
 */
public record Column<T>(String header, double width, Function<T, String> get, BiFunction<T, String, T> set) {
    public static <T> Column<T> of(String header, double width, Function<T, String> get, BiFunction<T, String, T> set) {
        return new Column<>(header, width, get, set);
    }

    public static <T> Column<T> computed(String header, double width, Function<T, String> get) {
        return new Column<>(header, width, get, null);
    }

    public boolean editable() {
        return set != null;
    }
}
