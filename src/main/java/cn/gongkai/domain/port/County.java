package cn.gongkai.domain.port;

import cn.gongkai.domain.model.DraftSummary;

import java.util.List;
import java.util.Optional;

/** The units of a county's shared server, as the bureau sees them: each with its latest draft. */
public interface County {
    /**
     * One unit: its code and its latest draft in use (the newest budget year, the last changed), if it has one, with
     * what the checks found in it (all but the day's own finding) if it was checked since it last changed.
     */
    record UnitDraft(String unitCode, Optional<DraftSummary> latest, Optional<Checked> checked) {
    }

    /** The numbers of 错误 and 警告 the checks found. */
    record Checked(int errors, int warnings) {
    }

    /** Every unit added on the server or holding drafts there, by code. A unit's own login sees only itself. */
    List<UnitDraft> units();

    /** Keeps what the checks found on {@code day} in each draft (by ID) as last loaded through this store; one write. */
    void checked(java.time.LocalDate day, java.util.Map<Long, Checked> found);
}
