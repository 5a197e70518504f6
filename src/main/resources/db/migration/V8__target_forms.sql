-- Version 8: the national three-level 绩效目标表 (cn.gongkai.domain.targets) beside Hebei's tree, and the officer's
-- own entries of the indicator library. form_pos -1 is the unit's 部门整体支出 form, 0… the projects in print order.
-- Drafts written before have no forms. Long texts are VARCHAR without a length (the same in H2 and PostgreSQL).
CREATE TABLE target_form (
    draft_id      BIGINT         NOT NULL,
    form_pos      INT            NOT NULL,
    name          VARCHAR(1000)  DEFAULT '' NOT NULL,
    department    VARCHAR(1000)  DEFAULT '' NOT NULL,
    implementer   VARCHAR(1000)  DEFAULT '' NOT NULL,
    total_amount  DECIMAL(24, 6),
    fiscal_amount DECIMAL(24, 6),
    goal          VARCHAR        DEFAULT '' NOT NULL,
    CONSTRAINT pk_target_form PRIMARY KEY (draft_id, form_pos),
    CONSTRAINT fk_target_form_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE,
    CONSTRAINT ck_target_form_pos CHECK (form_pos >= -1)
);

CREATE TABLE target_indicator (
    draft_id    BIGINT         NOT NULL,
    form_pos    INT            NOT NULL,
    pos         INT            NOT NULL,
    level1      VARCHAR(16)    NOT NULL,
    level2      VARCHAR(200)   DEFAULT '' NOT NULL,
    name        VARCHAR(1000)  DEFAULT '' NOT NULL,
    comparison  VARCHAR(16),
    number      DECIMAL(30, 10),
    unit        VARCHAR(100)   DEFAULT '' NOT NULL,
    words       VARCHAR        DEFAULT '' NOT NULL,
    weight      DECIMAL(10, 4),
    explanation VARCHAR        DEFAULT '' NOT NULL,
    CONSTRAINT pk_target_indicator PRIMARY KEY (draft_id, form_pos, pos),
    CONSTRAINT fk_target_indicator_form FOREIGN KEY (draft_id, form_pos) REFERENCES target_form (draft_id, form_pos)
        ON DELETE CASCADE,
    CONSTRAINT ck_target_indicator_level1 CHECK (level1 IN ('OUTPUT', 'COST', 'BENEFIT', 'SATISFACTION')),
    CONSTRAINT ck_target_indicator_comparison CHECK (comparison IN ('AT_LEAST', 'AT_MOST', 'ABOVE', 'BELOW', 'EQUAL')),
    CONSTRAINT ck_target_indicator_value CHECK ((comparison IS NULL AND number IS NULL)
        OR (comparison IS NOT NULL AND number IS NOT NULL AND words = ''))
);

CREATE TABLE own_indicator (
    pos        INT           NOT NULL,
    category   VARCHAR(100)  NOT NULL,
    name       VARCHAR(1000) NOT NULL,
    level1     VARCHAR(16)   NOT NULL,
    level2     VARCHAR(200)  DEFAULT '' NOT NULL,
    target     VARCHAR(200)  DEFAULT '' NOT NULL,
    unit       VARCHAR(100)  DEFAULT '' NOT NULL,
    CONSTRAINT pk_own_indicator PRIMARY KEY (pos),
    CONSTRAINT uq_own_indicator UNIQUE (category, name),
    CONSTRAINT ck_own_indicator_level1 CHECK (level1 IN ('OUTPUT', 'COST', 'BENEFIT', 'SATISFACTION'))
);
