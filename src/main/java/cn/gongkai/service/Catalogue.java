package cn.gongkai.service;

import cn.gongkai.domain.budget.SubjectCatalogue;
import cn.gongkai.domain.budget.SubjectMemory;

import java.util.Collection;

/**
 * The subject catalogue as the checks and the importer use it: the shipped subjects plus those the data folder
 * remembers from workbooks; learning more updates it at once.
 */
public final class Catalogue {
    private final SubjectCatalogue shipped;
    private final SubjectMemory memory;
    private volatile SubjectCatalogue current;

    public Catalogue(SubjectCatalogue shipped, SubjectMemory memory) {
        this.shipped = shipped;
        this.memory = memory;
        this.current = shipped.withLearned(memory.learned());
    }

    public SubjectCatalogue get() {
        return current;
    }

    public void learn(Collection<SubjectCatalogue.Entry> entries) {
        if (!entries.isEmpty()) {
            memory.learn(entries);
            current = shipped.withLearned(memory.learned());
        }
    }
}
