-- Version 3: the officer's note on a table row — the reason a 项 of 一般公共预算支出表 changed against last year,
-- printed in the 情况说明. Rows written before have none.
ALTER TABLE budget_row ADD COLUMN note CLOB DEFAULT '' NOT NULL;
