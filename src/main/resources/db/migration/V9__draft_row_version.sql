-- Version 9: two people on one draft (the county's shared server). Every write to a draft moves row_version on and
-- names the login that made it; a write based on an older row_version is refused, not overwritten. Drafts written
-- before start at 0, saved by nobody in particular.
ALTER TABLE draft ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE draft ADD COLUMN updated_by VARCHAR(100) DEFAULT '' NOT NULL;
