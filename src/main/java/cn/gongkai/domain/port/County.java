package cn.gongkai.domain.port;

import cn.gongkai.domain.model.DraftSummary;

import java.util.List;
import java.util.Optional;

/** The units of a county's shared server, as the bureau sees them: each with its latest draft. */
public interface County {
    /** One unit: its code and its latest draft in use (the newest budget year, the last changed), if it has one. */
    record UnitDraft(String unitCode, Optional<DraftSummary> latest) {
    }

    /** Every unit added on the server or holding drafts there, by code. A unit's own login sees only itself. */
    List<UnitDraft> units();
}
