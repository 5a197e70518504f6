package cn.gongkai.importer.workbook;

import cn.gongkai.domain.money.MoneyUnit;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the lines above a table say: 编制单位 (unit code and name, e.g. "920某某镇财政所"), the budget year, and the
 * money unit ("单位：万元", "金额单位：元"), which holds for that table only.
 */
record SheetCaption(String unitCode, String unitName, int year, Optional<MoneyUnit> unit) {
    private static final Pattern UNIT = Pattern.compile("单位\\s*[:：]\\s*(万元|元)");
    private static final Pattern ISSUER = Pattern.compile(
            "(?:编制单位|编报单位|单位名称|部门名称|预算单位)\\s*[:：]\\s*(\\d{2,12})?\\s*([^\\s:：]+?)(?=\\s|单位\\s*[:：]|金额|$)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})\\s*年");
    private static final Pattern YEAR_FIELD = Pattern.compile("预算年度\\s*[:：]?\\s*(20\\d{2})");

    /** Reads the caption from the rows before the header. */
    static SheetCaption of(Grid g, int headerStart) {
        String code = "";
        String name = "";
        int year = 0;
        MoneyUnit unit = null;
        for (int r = 0; r < Math.max(headerStart, 1) && r < g.rows().size(); r++) {
            String line = g.line(r);
            Matcher u = UNIT.matcher(line);
            if (u.find() && unit == null) {
                unit = u.group(1).equals("元") ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
            }
            Matcher i = ISSUER.matcher(line);
            if (i.find() && name.isEmpty()) {
                code = i.group(1) == null ? "" : i.group(1);
                name = i.group(2);
            }
            Matcher y = YEAR_FIELD.matcher(line);
            if (y.find()) {
                year = Integer.parseInt(y.group(1));
            } else if (year == 0) {
                Matcher t = YEAR.matcher(line);
                if (t.find()) {
                    year = Integer.parseInt(t.group(1));
                }
            }
        }
        if (unit == null) {
            // some sheets put the unit in the header itself: "金额（万元）"
            for (int r = headerStart; r < Math.min(headerStart + 3, g.rows().size()); r++) {
                String line = g.line(r);
                if (line.contains("（元）") || line.contains("(元)")) {
                    unit = MoneyUnit.YUAN;
                } else if (line.contains("（万元）") || line.contains("(万元)")) {
                    unit = MoneyUnit.WAN_YUAN;
                }
            }
        }
        return new SheetCaption(code, name, year, Optional.ofNullable(unit));
    }
}
