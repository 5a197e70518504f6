-- Version 4: what an import inferred and the officer has not confirmed yet (codes of cn.gongkai.domain.Guess,
-- comma-separated, e.g. 'fl' for the finance level). Drafts written before have nothing to confirm.
ALTER TABLE draft ADD COLUMN unconfirmed VARCHAR(200) DEFAULT '' NOT NULL;

-- The report of the import that made a draft, reopenable from the editor: kind RECOGNISED or UNPLACED, in order.
-- Drafts written before, and drafts not made by an import, have none.
CREATE TABLE import_report_line (
    draft_id BIGINT      NOT NULL,
    kind     VARCHAR(12) NOT NULL,
    pos      INT         NOT NULL,
    text     CLOB        NOT NULL,
    CONSTRAINT pk_import_report_line PRIMARY KEY (draft_id, kind, pos),
    CONSTRAINT fk_import_report_line_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE,
    CONSTRAINT ck_import_report_line_kind CHECK (kind IN ('RECOGNISED', 'UNPLACED'))
);
