package cn.gongkai.service;

import cn.gongkai.domain.port.OwnIndicators;
import cn.gongkai.domain.targets.IndicatorLibrary;
import cn.gongkai.domain.targets.LibraryEntry;

import java.util.List;

/**
 * The indicator library (常用指标…): the shipped entries and the officer's own, searched from the tree and the
 * grids. The library is built again only when the officer adds an entry, so a search is a scan of a few hundred
 * short strings.
 */
public final class LibraryService {
    private final List<LibraryEntry> shipped;
    private final OwnIndicators own;
    private volatile IndicatorLibrary library;

    public LibraryService(List<LibraryEntry> shipped, OwnIndicators own) {
        this.shipped = List.copyOf(shipped);
        this.own = own;
    }

    public IndicatorLibrary library() {
        IndicatorLibrary l = library;
        if (l == null) {
            l = new IndicatorLibrary(shipped, own.ownIndicators());
            library = l;
        }
        return l;
    }

    public List<LibraryEntry> search(String query, int limit) {
        return library().search(query, limit);
    }

    /** Adds the officer's own entries (from the tree, the grids or an exchange file); durable when it returns. */
    public void addOwn(List<LibraryEntry> entries) {
        own.addOwnIndicators(entries);
        library = null;
    }

    public List<LibraryEntry> own() {
        return own.ownIndicators();
    }
}
