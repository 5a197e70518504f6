package cn.gongkai.domain.model;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.performance.PerfPath;

/**
 * A place in a draft: what a problem points at and what the editor jumps to. The kinds are closed; a new kind is a
 * new record here and a new method of {@link Visitor}, so everything that dispatches on places fails to compile
 * until it handles the new kind.
 */
public sealed interface Place permits Place.Figure, Place.Text, Place.Row, Place.Node, Place.PerfTable,
        Place.Header, Place.Table, Place.Cell, Place.Target {
    /** The section of the template the place is in. */
    Section section();

    <R> R accept(Visitor<R> v);

    /** One method per kind of place; no defaults, so that a new kind is a compile error in every visitor. */
    interface Visitor<R> {
        R figure(FigureKey key);

        R text(TextKey key);

        R row(ListTable table, int row);

        R node(PerfPath path);

        R perfTable();

        R header(HeaderField field);

        R table(TableKind table);

        R cell(TableKind table, RowKey row, BudgetColumn column);

        R target(int form, int indicator);
    }

    /** A single figure ("二、基本支出"). */
    record Figure(FigureKey key) implements Place {
        @Override
        public Section section() {
            return key.section();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.figure(key);
        }
    }

    /** A paragraph; the title and opening paragraph count as section 一's. */
    record Text(TextKey key) implements Place {
        @Override
        public Section section() {
            return key.section() == null ? Section.DUTIES : key.section();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.text(key);
        }
    }

    /** A row (zero-based) of one of the draft's tables. */
    record Row(ListTable table, int row) implements Place {
        public Row {
            if (row < 0) {
                throw new IllegalArgumentException("表格行号不能为负：" + row);
            }
        }

        @Override
        public Section section() {
            return table.section();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.row(table, row);
        }
    }

    /** A duty, activity or indicator of the performance table. */
    record Node(PerfPath path) implements Place {
        public Node {
            java.util.Objects.requireNonNull(path, "path");
        }

        @Override
        public Section section() {
            return Section.PERFORMANCE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.node(path);
        }
    }

    /** The performance table as a whole (e.g. when it has no duty at all). */
    record PerfTable() implements Place {
        @Override
        public Section section() {
            return Section.PERFORMANCE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.perfTable();
        }
    }

    /** A field of the header (基本信息) or the asset table's 截止时间. */
    record Header(HeaderField field) implements Place {
        @Override
        public Section section() {
            return field.section();
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.header(field);
        }
    }

    /** One of the standard tables as a whole (its 空表说明, or a table that is missing). */
    record Table(TableKind table) implements Place {
        public Table {
            java.util.Objects.requireNonNull(table, "table");
        }

        @Override
        public Section section() {
            return Section.TABLES;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.table(table);
        }
    }

    /** A cell of one of the standard tables: its row (a subject or a fixed line) and its column. */
    record Cell(TableKind table, RowKey row, BudgetColumn column) implements Place {
        public Cell {
            java.util.Objects.requireNonNull(table, "table");
            java.util.Objects.requireNonNull(row, "row");
            java.util.Objects.requireNonNull(column, "column");
        }

        @Override
        public Section section() {
            return Section.TABLES;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.cell(table, row, column);
        }
    }

    /**
     * A three-level 绩效目标表 ({@code form} −1 the unit's 整体支出, 0… a project's) or one of its indicators
     * ({@code indicator} −1 the form's own fields).
     */
    record Target(int form, int indicator) implements Place {
        @Override
        public Section section() {
            return Section.PERFORMANCE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.target(form, indicator);
        }
    }
}
