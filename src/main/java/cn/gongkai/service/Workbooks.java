package cn.gongkai.service;

import cn.gongkai.domain.budget.WorkbookTables;
import cn.gongkai.domain.imports.ImportResult;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.newyear.TableFigures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a workbook import tells the officer: the sheets read, the figures the tables filled, what to look at. */
final class Workbooks {
    private Workbooks() {
    }

    static boolean isWorkbook(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls");
    }

    static ImportResult report(WorkbookTables w, Draft d) {
        List<String> lines = new ArrayList<>();
        lines.add("单位：" + d.header().unitName() + "（编码 " + (d.header().unitCode().isEmpty() ? "未识别"
                : d.header().unitCode()) + "），" + d.header().budgetYear() + " 年度，" + d.header().financeLevel()
                .label() + "，" + d.header().profile().label());
        if (w.unitName().isEmpty()) {
            lines.add("待确认：表格中没有“编制单位”，请在基本信息中填写单位名称和编码");
        } else {
            lines.add(Guess.FINANCE_LEVEL.reportLine(d.header()));
        }
        lines.addAll(w.recognised());
        var figures = TableFigures.derive(d);
        if (!figures.isEmpty()) {
            List<String> filled = new ArrayList<>();
            for (FigureKey k : figures.keySet()) {
                if (figures.get(k) != null) {
                    filled.add(k.label() + Amounts.shown(figures.get(k)));
                }
            }
            lines.add("由公开表填入的数字（" + d.header().moneyUnit().label() + "）：" + String.join("，", filled));
        }
        lines.addAll(w.warnings());
        return new ImportResult(0, d, lines, w.unplaced());
    }
}
