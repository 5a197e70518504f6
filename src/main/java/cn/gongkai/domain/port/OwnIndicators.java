package cn.gongkai.domain.port;

import cn.gongkai.domain.targets.LibraryEntry;

import java.util.List;

/** The officer's own entries of the indicator library, kept in the data folder. */
public interface OwnIndicators {
    /** The own entries, in the order they were added. */
    List<LibraryEntry> ownIndicators();

    /** Adds entries; one with the category and name of an entry already kept replaces it. Durable when it returns. */
    void addOwnIndicators(List<LibraryEntry> entries);
}
