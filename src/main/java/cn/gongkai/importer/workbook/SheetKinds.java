package cn.gongkai.importer.workbook;

import cn.gongkai.domain.budget.Labels;
import cn.gongkai.domain.budget.TableKind;

import java.util.Optional;

/**
 * Which standard table a sheet holds, by its name or its title ("1.3部门财务收支总表", "3.15部门收支总表",
 * "XX镇2025年部门收支总表"): the longest of all tables' titles and aliases found in it wins, so that
 * 财政拨款收支总表 is not taken for 部门收支总表.
 */
final class SheetKinds {
    private static final int TITLE_ROWS = 6;

    private SheetKinds() {
    }

    static Optional<TableKind> of(Grid g) {
        Optional<TableKind> byName = match(g.sheet());
        if (byName.isPresent()) {
            return byName;
        }
        for (int r = 0; r < Math.min(TITLE_ROWS, g.rows().size()); r++) {
            Optional<TableKind> byTitle = match(g.line(r));
            if (byTitle.isPresent()) {
                return byTitle;
            }
        }
        return Optional.empty();
    }

    static Optional<TableKind> match(String text) {
        String t = Labels.normalize(text.replaceAll("\\d{4}\\s*年(度)?", ""));
        TableKind best = null;
        int bestLength = 0;
        for (TableKind k : TableKind.values()) {
            for (String alias : k.names()) {
                if (alias.length() > bestLength && t.contains(alias)) {
                    best = k;
                    bestLength = alias.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
