/**
 * The standard tables (部门预算公开表) as data: a {@link cn.gongkai.domain.budget.BudgetTable} per
 * {@link cn.gongkai.domain.budget.TableKind}, rows by subject or fixed line, amounts by column; the subject
 * catalogue; their printed layout and the edits of a cell that keep the sums.
 */
package cn.gongkai.domain.budget;
