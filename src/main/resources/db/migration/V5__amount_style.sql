-- Version 5: how a draft's amounts are published (cn.gongkai.domain.money.AmountStyle). amount_decimals is the
-- fixed number of decimals, NULL for each amount as entered; blank_zero prints a zero cell blank. Drafts written
-- before print each amount as entered (at least two decimals), as they did but without the padding.
ALTER TABLE draft ADD COLUMN amount_decimals INT;
ALTER TABLE draft ADD COLUMN blank_zero BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE draft ADD CONSTRAINT ck_draft_amount_decimals CHECK (amount_decimals IS NULL OR amount_decimals BETWEEN 0 AND 6);
