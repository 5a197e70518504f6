-- Version 4: what an import inferred and the officer has not confirmed yet (codes of cn.gongkai.domain.Guess,
-- comma-separated, e.g. 'fl' for the finance level). Drafts written before have nothing to confirm.
ALTER TABLE draft ADD COLUMN unconfirmed VARCHAR(200) DEFAULT '' NOT NULL;
