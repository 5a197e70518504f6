package cn.gongkai.domain.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The draft's paragraphs by {@link TextKey}; a missing key reads as a generated paragraph. */
public final class Texts {
    public static final Texts EMPTY = new Texts(new EnumMap<>(TextKey.class));

    private final EnumMap<TextKey, Narrative> values;

    private Texts(EnumMap<TextKey, Narrative> values) {
        this.values = values;
    }

    public static Texts of(Map<TextKey, Narrative> values) {
        EnumMap<TextKey, Narrative> copy = new EnumMap<>(TextKey.class);
        values.forEach((k, v) -> {
            if (v != null && !v.equals(Narrative.GENERATED)) {
                copy.put(k, v);
            }
        });
        return new Texts(copy);
    }

    public Narrative get(TextKey key) {
        return values.getOrDefault(key, Narrative.GENERATED);
    }

    /** The officer's text, or "" when the paragraph is generated or empty. */
    public String own(TextKey key) {
        Narrative n = get(key);
        return n.custom() ? n.text() : "";
    }

    public Texts with(TextKey key, Narrative value) {
        EnumMap<TextKey, Narrative> copy = new EnumMap<>(TextKey.class);
        copy.putAll(values);
        if (value == null || value.equals(Narrative.GENERATED)) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Texts(copy);
    }

    public Map<TextKey, Narrative> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Texts t && t.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
