package cn.gongkai.ui.editor.performance;

import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.PerfNode;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.tree.PerfColumn;

/** One row of the performance tree: where it is and the duty, activity or indicator it shows (without children). */
record PerfRow(PerfPath path, PerfNode node) {
    /** The cell's text; a two-grade indicator shows "—" in 中 and 差. */
    String text(PerfColumn c) {
        boolean unusedGrade = (c == PerfColumn.FAIR || c == PerfColumn.POOR)
                && node.fold(d -> false, a -> false, i -> i.scale() == GradeScale.TWO);
        return unusedGrade ? "—" : c.read(node);
    }

    /** Whether this row has the column: grades only for indicators, amount and texts only for duties/activities. */
    boolean editable(PerfColumn c) {
        return c.appliesTo(node);
    }

    int depth() {
        return path.depth();
    }
}
