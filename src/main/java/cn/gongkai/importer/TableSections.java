package cn.gongkai.importer;

import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.OrgUnit;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.Staffing;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Row;
import cn.gongkai.importer.TextBlocks.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.gongkai.domain.model.FigureKey.*;

/** Sections 一 (duties and units), 六 (procurement) and 七 (assets). */
final class TableSections {
    private static final Pattern AS_OF = Pattern.compile("截[至止](\\d{4})年(?:(\\d{1,2})月(\\d{1,2})日|底|末)");
    private static final Pattern DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    /** The end of last year written without its number, or the end of a year written short. */
    private static final Pattern LAST_YEAR_END = Pattern.compile("(?:上年|上一年度?|(\\d{4})年)(?:12月31日|年?底|年?末|度末)");

    private TableSections() {
    }

    /** A label opening the duties: "部门职责：", "（一）主要职责", "职能职责". */
    private static final Pattern DUTIES_LABEL = Pattern.compile("(?:部门|主要|本部门)?(?:主要)?(?:职责|职能)(?:职责|职能)?(?:情况)?");
    /** A units table's title: "部门机构设置情况", "机构设置情况表", "部门基本情况表". */
    private static final Pattern UNITS_TITLE = Pattern.compile("(?:部门|单位|本部门)?(?:机构设置|基本)情况表?|(?:部门|单位)?机构设置表");
    /** A label opening the units: "机构设置：", "（二）内设机构", "机构设置情况", "机构编制". */
    private static final Pattern UNITS_LABEL = Pattern.compile(
            "(?:部门|本部门)?(?:机构设置|内设机构|机构编制|机构设置及人员编制|人员编制|机构及人员)(?:情况)?");

    static void duties(SectionBlocks s, DraftBuilder b) {
        boolean inDuties = true;
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                units(s, t, b);
            } else {
                Para p = (Para) block;
                String sq = SectionBlocks.squeeze(p.text());
                String label = SectionBlocks.label(p);
                if (DUTIES_LABEL.matcher(label).matches()) {
                    inDuties = true;
                } else if (UNITS_LABEL.matcher(label).matches()) {
                    inDuties = false;
                } else if (UNITS_TITLE.matcher(sq).matches()) {
                    inDuties = false;
                    continue; // the units table's title, with or without a label before it
                } else {
                    b.appendText(inDuties ? TextKey.DUTIES : TextKey.ORG_UNITS_TEXT, p.text());
                }
            }
        }
    }

    static void units(SectionBlocks s, Table t, DraftBuilder b) {
        boolean header = false;
        for (Row r : t.rows()) {
            String j = r.joined();
            if (r.blank()) {
                continue;
            }
            if (!header) {
                if (j.startsWith("单位名称") || j.startsWith("机构名称")) {
                    header = true;
                    b.showStaffing = j.contains("车辆编制") || j.contains("编制人数");
                } else {
                    b.codeFrom(r.cell(0));
                }
                continue;
            }
            if (r.cell(0).isBlank() || j.startsWith("合计") || j.startsWith("单位名称")) {
                continue; // a second header row (a heading merged down over two rows stands in both)
            }
            Integer[] counts = new Integer[8];
            for (int i = 0; i < 8; i++) {
                counts[i] = Amount.count(r.cell(4 + i));
            }
            b.orgUnits.add(new OrgUnit(r.cell(0), r.cell(1), r.cell(2), r.cell(3), Staffing.ofColumns(counts)));
        }
        if (!header) {
            t.rows().forEach(s::unplaced);
        }
    }

    /** The money unit a caption or heading row states ("单位：元", "价值（金额单位：元）"), else {@code current}. */
    static MoneyUnit unitOf(Row r, MoneyUnit current) {
        String j = r.joined();
        if (j.matches(".*单位[：:]元.*")) {
            return MoneyUnit.YUAN;
        }
        return j.matches(".*单位[：:]万元.*") ? MoneyUnit.WAN_YUAN : current;
    }

    /** A money cell of a table in {@code unit}, in the draft's unit (a table in 元 beside text in 万元). */
    private static BigDecimal money(String cell, MoneyUnit unit, DraftBuilder b) {
        BigDecimal v = Amount.cell(cell);
        return v == null ? null : Amounts.normalize(Amounts.convert(v, unit, b.moneyUnit));
    }

    /** A statement that a table is empty: "无此项公开内容，空表列示", "本单位2018年无政府采购预算". */
    private static final Pattern EMPTY = Pattern.compile(
            "空表|^无此项|^(?:本|我)(?:单位|部门|镇|乡|局|街道)\\S{0,8}?(?:无|没有|未安排)|无政府采购|未安排政府采购|没有政府采购");

    static void procurement(SectionBlocks s, DraftBuilder b) {
        MoneyUnit unit = b.moneyUnit; // "单位：…" above the table applies to that table only
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                int rows = b.procurement.size();
                unit = procurementTable(t, b, unit);
                if (b.procurement.size() > rows) {
                    b.unitOfTable(t, "政府采购表", b.moneyUnit);
                }
                continue;
            }
            Para p = (Para) block;
            String sq = SectionBlocks.squeeze(p.text());
            if (sq.equals("部门政府采购预算") || sq.equals("政府采购预算表")) {
                continue;
            }
            if (EMPTY.matcher(sq).find()) {
                b.appendText(TextKey.PROCUREMENT_EMPTY_REASON, p.text());
            } else {
                b.appendText(TextKey.PROCUREMENT, p.text());
            }
        }
        b.fillFrom(TextKey.PROCUREMENT);
    }

    /** Reads the procurement rows of a table in {@code unit}; returns the unit for the next table. */
    private static MoneyUnit procurementTable(Table t, DraftBuilder b, MoneyUnit unit) {
        for (Row r : t.rows()) {
            String j = r.joined();
            if (r.blank() || j.startsWith("政府采购项目来源") || j.startsWith("项目名称") || j.startsWith("合计")
                    || j.contains("一般公共预算拨款") || j.contains("小计")) {
                continue;
            }
            if (r.cells().size() <= 3) {
                b.codeFrom(r.cell(0));
                unit = unitOf(r, unit);
                continue;
            }
            b.procurement.add(new ProcurementRow(r.cell(0), money(r.cell(1), unit, b), r.cell(2), r.cell(3), r.cell(4),
                    Amount.cell(r.cell(5)), money(r.cell(6), unit, b), money(r.cell(7), unit, b),
                    money(r.cell(9), unit, b), money(r.cell(10), unit, b), money(r.cell(11), unit, b),
                    money(r.cell(12), unit, b), money(r.cell(13), unit, b)));
        }
        return unit;
    }

    static void assets(SectionBlocks s, DraftBuilder b) {
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                assetTable(s, t, b);
                if (b.figures.keySet().stream().anyMatch(k -> k.section() == cn.gongkai.domain.model.Section.ASSETS
                        && k.kind() == cn.gongkai.domain.model.FigureKind.MONEY)) {
                    b.unitOfTable(t, "固定资产占用情况表", b.moneyUnit);
                }
            } else {
                Para p = (Para) block;
                if (SectionBlocks.squeeze(p.text()).equals("部门固定资产占用情况表")) {
                    continue; // the table's title, where a file sets it above the table
                }
                if (SectionBlocks.squeeze(p.text()).contains("空表")) {
                    b.appendText(TextKey.ASSETS_EMPTY_REASON, p.text());
                } else {
                    b.appendText(TextKey.ASSETS, p.text());
                }
            }
        }
        b.fillFrom(TextKey.ASSETS); // the table's total stands; a sentence that differs is reported
        counts(b, b.text(TextKey.ASSETS));
        Matcher asOf = AS_OF.matcher(b.text(TextKey.ASSETS));
        if (b.assetsAsOf == null && asOf.find()) { // no table said it: "截至2017年12月31日，…"
            try {
                b.assetsAsOf = asOf.group(2) == null ? LocalDate.of(Integer.parseInt(asOf.group(1)), 12, 31)
                        : LocalDate.of(Integer.parseInt(asOf.group(1)), Integer.parseInt(asOf.group(2)),
                        Integer.parseInt(asOf.group(3)));
            } catch (java.time.DateTimeException e) {
                // a date such as 2018年13月32日 is not guessed
            }
        }
    }

    /** Counts a sentence states where no table gave them: "共有车辆3辆", "单价20万元以上的设备1台", "办公用房1200平方米". */
    private static final List<Map.Entry<FigureKey, Pattern>> COUNTS = List.of(
            Map.entry(ASSET_VEHICLE_COUNT, Pattern.compile("(?:共有|拥有|现有|有|占用)?车辆(?:共计|共|合计)?(\\d+)\\s*(?:辆|台)")),
            Map.entry(ASSET_EQUIPMENT_COUNT, Pattern.compile("单价(?:在)?20万元以上(?:的)?(?:通用|专用)?设备(?:共)?(\\d+)\\s*(?:台|套|件)")),
            Map.entry(ASSET_OFFICE_AREA, Pattern.compile("办公用房(?:面积)?(?:共)?(\\d+(?:\\.\\d+)?)\\s*平方米")));

    private static void counts(DraftBuilder b, String text) {
        for (Map.Entry<FigureKey, Pattern> e : COUNTS) {
            Matcher m = e.getValue().matcher(text);
            if (m.find() && !b.figures.containsKey(e.getKey())) {
                b.figure(e.getKey(), Amounts.normalize(new BigDecimal(m.group(1))));
                b.evidence.put(e.getKey(), e.getKey().label() + " " + m.group(1) + " ← “" + m.group() + "”");
            }
        }
    }

    private static void assetTable(SectionBlocks s, Table t, DraftBuilder b) {
        MoneyUnit unit = b.moneyUnit;
        for (Row r : t.rows()) {
            unit = unitOf(r, unit); // the heading row: 价值（金额单位：元）
            String label = SectionBlocks.squeeze(r.cell(0));
            String j = r.joined();
            Matcher dm = DATE.matcher(j);
            Matcher rel = LAST_YEAR_END.matcher(j);
            if ((j.contains("截止时间") || j.contains("截止日期")) && !dm.find() && rel.find() && b.year > 0) {
                b.assetsAsOf = LocalDate.of(rel.group(1) != null ? Integer.parseInt(rel.group(1)) : b.year - 1, 12, 31);
                continue; // "截止时间：上年12月31日", "截止时间：2024年底"
            }
            dm.reset();
            if (j.contains("截止时间") && dm.find()) {
                try {
                    b.assetsAsOf = LocalDate.of(Integer.parseInt(dm.group(1)), Integer.parseInt(dm.group(2)),
                            Integer.parseInt(dm.group(3)));
                } catch (java.time.DateTimeException | NumberFormatException e) {
                    s.unplaced(r); // a 截止时间 such as "2018年13月32日" is reported, not guessed
                }
                continue;
            }
            if (r.blank() || j.contains("占用情况表") || label.startsWith("编制部门") || label.startsWith("项目")
                    || label.matches("\\d[、.．]?…+")) {
                continue;
            }
            if (label.startsWith("资产总额")) {
                b.figure(ASSET_TOTAL, money(r.cell(2), unit, b));
            } else if (label.contains("办公用房")) {
                pair(b, r, ASSET_OFFICE_AREA, ASSET_OFFICE_VALUE, unit);
            } else if (label.contains("房屋")) {
                pair(b, r, ASSET_BUILDING_AREA, ASSET_BUILDING_VALUE, unit);
            } else if (label.contains("车辆")) {
                pair(b, r, ASSET_VEHICLE_COUNT, ASSET_VEHICLE_VALUE, unit);
            } else if (label.contains("20万元以上")) {
                pair(b, r, ASSET_EQUIPMENT_COUNT, ASSET_EQUIPMENT_VALUE, unit);
            } else if (label.contains("其他固定资产")) {
                pair(b, r, ASSET_OTHER_COUNT, ASSET_OTHER_VALUE, unit);
            } else {
                s.unplaced(r);
            }
        }
    }

    private static void pair(DraftBuilder b, Row r, FigureKey count, FigureKey value, MoneyUnit unit) {
        b.figure(count, Amount.cell(r.cell(1))); // a count or an area, never money
        b.figure(value, money(r.cell(2), unit, b));
    }
}
