package cn.gongkai.export;

import cn.gongkai.domain.versions.Change;
import cn.gongkai.export.GridTable.Cell;

import java.util.ArrayList;
import java.util.List;

/** The 对比 report as blocks: its title, what is compared, and a table of the changes (序号、位置、原、新). */
public final class ChangeLayout {
    private ChangeLayout() {
    }

    public static List<Block> of(String title, String between, List<Change> changes) {
        BlockList out = new BlockList();
        out.title(title + "对比报告", "", null);
        out.body(between + "，共 " + changes.size() + " 处变化。");
        List<List<Cell>> body = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            body.add(List.of(Cell.text(String.valueOf(i + 1)).aligned(GridTable.Align.CENTER), Cell.text(c.at().label()),
                    Cell.text(c.before()), Cell.text(c.after())));
        }
        if (body.isEmpty()) {
            out.note("两者没有差别。");
        } else {
            out.table(new GridTable(List.of(0.6f, 3f, 3.2f, 3.2f), List.of(List.of(Cell.heading("序号", 1, 1),
                    Cell.heading("位置", 1, 1), Cell.heading("原", 1, 1), Cell.heading("新", 1, 1))), body, 10.5f));
        }
        return out.blocks();
    }
}
