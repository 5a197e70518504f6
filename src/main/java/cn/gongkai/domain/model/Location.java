package cn.gongkai.domain.model;

import cn.gongkai.domain.budget.BudgetColumn;
import cn.gongkai.domain.budget.RowKey;
import cn.gongkai.domain.budget.TableKind;
import cn.gongkai.domain.performance.PerfPath;

/**
 * Where a problem is: the place the editor jumps to, and the words a person finds it by
 * ("二、收入说明 › 一般公共预算收入").
 */
public record Location(Place place, String label) {
    public Location {
        java.util.Objects.requireNonNull(place, "place");
        label = java.util.Objects.requireNonNullElse(label, "");
    }

    public Section section() {
        return place.section();
    }

    public static Location of(FigureKey key) {
        return new Location(new Place.Figure(key), key.section().numeral() + "、" + key.label());
    }

    public static Location of(TextKey key) {
        Place p = new Place.Text(key);
        return new Location(p, p.section().numeral() + "、" + key.label());
    }

    /** A node of the performance tree, labelled as printed ("五、绩效表 › 1.政务服务 › 1、政务公开 › 政务公开率"). */
    public static Location perf(PerfPath path, String label) {
        return new Location(new Place.Node(path), "五、绩效表 › " + label);
    }

    /** The performance table as a whole. */
    public static Location perfTable(String label) {
        return new Location(new Place.PerfTable(), "五、" + label);
    }

    /** A row of one of the draft's tables. */
    public static Location row(ListTable table, int index, String label) {
        return new Location(new Place.Row(table, index), table.section().numeral() + "、" + label);
    }

    /** A header field. */
    public static Location header(HeaderField field, String label) {
        // 基本信息 is a place of its own, as in the editor's list; the asset table's 截止时间 is in its section
        return new Location(new Place.Header(field), field.section() == Section.DUTIES ? label
                : field.section().numeral() + "、" + label);
    }

    /** A cell of one of the standard tables ("部门收支总表 › 本年收入合计 › 预算数"). */
    public static Location cell(TableKind table, RowKey row, String rowName, BudgetColumn column) {
        return new Location(new Place.Cell(table, row, column), table.title() + " › " + rowName + " › "
                + column.label());
    }

    /** The same place under another name. */
    public Location withLabel(String other) {
        return new Location(place, other);
    }

    /** One of the standard tables as a whole. */
    public static Location table(TableKind table) {
        return new Location(new Place.Table(table), table.title());
    }

    /** A three-level form or one of its indicators ("项目支出绩效目标表 › 环境整治 › 产出指标 › 垃圾清运量"). */
    public static Location target(int form, int indicator, String label) {
        return new Location(new Place.Target(form, indicator), label);
    }
}
