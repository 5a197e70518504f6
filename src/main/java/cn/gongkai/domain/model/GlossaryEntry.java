package cn.gongkai.domain.model;

import java.util.Objects;

/** One 名词解释 entry. */
public record GlossaryEntry(String term, String definition) {
    public GlossaryEntry {
        term = Objects.requireNonNullElse(term, "");
        definition = Objects.requireNonNullElse(definition, "");
    }
}
