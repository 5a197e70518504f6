package cn.gongkai.service;

import java.util.List;

/** A draft rolled forward into the next year: its number, and what moved, line by line, for the officer. */
public record RolledDraft(long id, List<String> notes) {
    public RolledDraft {
        notes = List.copyOf(notes);
    }
}
