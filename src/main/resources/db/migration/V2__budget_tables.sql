-- Gongkai schema, version 2: the standard budget tables (部门预算公开表) of each draft, the template the draft
-- follows, and the subjects (科目) that budget-system workbooks brought in.

ALTER TABLE draft ADD COLUMN template_profile VARCHAR(16);
UPDATE draft SET template_profile = CASE WHEN budget_year < 2021 THEN 'HEBEI_2018' ELSE 'HEBEI_2021' END;
ALTER TABLE draft ALTER COLUMN template_profile SET NOT NULL;
ALTER TABLE draft ADD CONSTRAINT ck_draft_profile CHECK (template_profile IN ('HEBEI_2018', 'HEBEI_2021'));

-- One row per table a draft holds; table_kind is TableKind.code (t1 部门收支总表 … t9), columns the table's
-- columns in order (BudgetColumn names, comma-separated).
CREATE TABLE budget_table (
    draft_id        BIGINT         NOT NULL,
    table_kind      VARCHAR(16)    NOT NULL,
    money_unit      VARCHAR(16)    NOT NULL,
    column_list     VARCHAR(1000)  NOT NULL,
    empty_statement CLOB           NOT NULL,
    CONSTRAINT pk_budget_table PRIMARY KEY (draft_id, table_kind),
    CONSTRAINT fk_budget_table_draft FOREIGN KEY (draft_id) REFERENCES draft (id) ON DELETE CASCADE,
    CONSTRAINT ck_budget_table_unit CHECK (money_unit IN ('YUAN', 'WAN_YUAN'))
);

-- The rows of a table in order; row_key is RowKey.id: F2010101 (功能分类), E30101 (经济分类), L:TOTAL (a fixed line).
CREATE TABLE budget_row (
    draft_id   BIGINT        NOT NULL,
    table_kind VARCHAR(16)   NOT NULL,
    pos        INT           NOT NULL,
    row_key    VARCHAR(40)   NOT NULL,
    name       VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_budget_row PRIMARY KEY (draft_id, table_kind, pos),
    CONSTRAINT uq_budget_row_key UNIQUE (draft_id, table_kind, row_key),
    CONSTRAINT fk_budget_row_table FOREIGN KEY (draft_id, table_kind)
        REFERENCES budget_table (draft_id, table_kind) ON DELETE CASCADE
);

-- The amounts of a row by column (a blank cell has no row here); source names the workbook cell it came from.
CREATE TABLE budget_cell (
    draft_id   BIGINT          NOT NULL,
    table_kind VARCHAR(16)     NOT NULL,
    pos        INT             NOT NULL,
    column_key VARCHAR(32)     NOT NULL,
    amount     DECIMAL(24, 6)  NOT NULL,
    source     VARCHAR(300),
    CONSTRAINT pk_budget_cell PRIMARY KEY (draft_id, table_kind, pos, column_key),
    CONSTRAINT fk_budget_cell_row FOREIGN KEY (draft_id, table_kind, pos)
        REFERENCES budget_row (draft_id, table_kind, pos) ON DELETE CASCADE
);

-- Subjects a workbook brought in that the shipped catalogue does not have (or names otherwise), by budget year.
CREATE TABLE subject_learned (
    classification VARCHAR(16)   NOT NULL,
    code           VARCHAR(7)    NOT NULL,
    budget_year    INT           NOT NULL,
    name           VARCHAR(400)  NOT NULL,
    CONSTRAINT pk_subject_learned PRIMARY KEY (classification, code, budget_year)
);
