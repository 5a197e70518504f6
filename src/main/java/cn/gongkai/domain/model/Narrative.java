package cn.gongkai.domain.model;

import java.util.Objects;

/**
 * One paragraph: either generated from the figures (text unused) or the officer's own words, kept verbatim.
 */
public record Narrative(boolean custom, String text) {
    public static final Narrative GENERATED = new Narrative(false, "");

    public Narrative {
        text = Objects.requireNonNullElse(text, "");
    }

    public static Narrative own(String text) {
        return new Narrative(true, text);
    }
}
