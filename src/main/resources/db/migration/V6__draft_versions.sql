-- Version 6: versions of a draft — a snapshot kept at every PDF/Word export, every 定稿, before a restore and when
-- the officer asks (保存版本). The snapshot is the draft's exchange file, gzipped: read by the exchange reader, which
-- reads every older version, so a version stays readable whatever the schema becomes. Numbered 1, 2, … per draft.
CREATE TABLE draft_version (
    draft_id   BIGINT                   NOT NULL,
    number     INT                      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source     VARCHAR(12)              NOT NULL,
    note       VARCHAR(500)             DEFAULT '' NOT NULL,
    snapshot   BLOB                     NOT NULL,
    CONSTRAINT pk_draft_version PRIMARY KEY (draft_id, number),
    CONSTRAINT fk_draft_version_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE,
    CONSTRAINT ck_draft_version_source CHECK (source IN ('PDF', 'WORD', 'FINAL', 'MANUAL', 'RESTORE'))
);
