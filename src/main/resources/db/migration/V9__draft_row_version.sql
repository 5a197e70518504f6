-- Version 9: two people on one draft, and the county's overview (the shared server). Every write to a draft moves
-- row_version on and names the login that made it; a write based on an older row_version is refused, not
-- overwritten. Drafts written before start at 0, saved by nobody in particular.
ALTER TABLE draft ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE draft ADD COLUMN updated_by VARCHAR(100) DEFAULT '' NOT NULL;

-- What the checks found in a draft at one row_version (the county's overview lists hundreds of units: a draft not
-- changed since it was last checked is not checked again), all but the one finding that depends on the day
-- (the 20 days to publish); checked_on says when. Drafts written before have none.
CREATE TABLE draft_check (
    draft_id    BIGINT NOT NULL,
    row_version INT    NOT NULL,
    checked_on  DATE   NOT NULL,
    errors      INT    NOT NULL,
    warnings    INT    NOT NULL,
    CONSTRAINT pk_draft_check PRIMARY KEY (draft_id),
    CONSTRAINT fk_draft_check_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
);
