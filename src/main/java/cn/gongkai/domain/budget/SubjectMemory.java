package cn.gongkai.domain.budget;

import java.util.Collection;
import java.util.List;

/** Where the subjects that workbooks brought in are remembered (the data folder); implemented by persistence. */
public interface SubjectMemory {
    List<SubjectCatalogue.Entry> learned();

    /** Remembers subjects (a subject already remembered for that year keeps its name). */
    void learn(Collection<SubjectCatalogue.Entry> entries);
}
