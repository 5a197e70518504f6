-- Version 7: 已核对 marks on a draft's findings and changes (cn.gongkai.domain.model.ReviewMark), in order. The item
-- is the finding's or the change's line as listed. Drafts written before have none.
CREATE TABLE review_mark (
    draft_id  BIGINT                   NOT NULL,
    pos       INT                      NOT NULL,
    item      CLOB                     NOT NULL,
    note      VARCHAR(500)             DEFAULT '' NOT NULL,
    marked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_review_mark PRIMARY KEY (draft_id, pos),
    CONSTRAINT fk_review_mark_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE
);
