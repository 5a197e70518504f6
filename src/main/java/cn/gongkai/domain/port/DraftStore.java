package cn.gongkai.domain.port;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.DraftSummary;
import cn.gongkai.domain.model.FigureKey;
import java.util.List;
import java.util.Optional;

/**
 * Where drafts live. Every method is one transaction: when it returns, the change is durable (it survives a
 * killed process and a power cut); when it throws, nothing was changed.
 */
public interface DraftStore {
    /** Drafts not in the recycle bin, newest change first. */
    List<DraftSummary> list();

    /** Drafts in the recycle bin (回收站). */
    List<DraftSummary> listDeleted();

    Optional<Draft> load(long id);

    /** Stores a new draft and returns its ID. */
    long insert(Draft draft);

    /** Replaces the whole stored draft. */
    void replace(long id, Draft draft);

    /**
     * Changes the stored draft from {@code before} (what the caller last stored) to {@code after}, writing only
     * the parts that differ. The editor's autosave uses this for every edit.
     */
    void update(long id, Draft before, Draft after);

    /** Sets one figure (null clears it). */
    void setFigure(long id, FigureKey key, java.math.BigDecimal value);

    /** Moves a draft into the recycle bin. */
    void moveToBin(long id);

    /** Takes a draft back out of the recycle bin. */
    void restoreFromBin(long id);
}
