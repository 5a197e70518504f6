package cn.gongkai.export;

import cn.gongkai.domain.Activity;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.Duty;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.Indicator;
import cn.gongkai.domain.OrgUnit;
import cn.gongkai.domain.ProcurementRow;
import cn.gongkai.domain.Staffing;
import cn.gongkai.domain.money.Amounts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static cn.gongkai.domain.FigureKey.*;

/** The tables of the template, with the seeds' merged headers repeated on every page. */
final class DisclosureTables {
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final com.itextpdf.kernel.colors.Color DUTY_SHADE = new com.itextpdf.kernel.colors.DeviceGray(0.92f);
    private final PdfFonts.Set fonts;

    DisclosureTables(PdfFonts.Set fonts) {
        this.fonts = fonts;
    }

    /** 一、二、…、十、十一、…、二十一、 */
    static String chineseNumber(int n) {
        if (n <= 10) {
            return NUMERALS[n - 1];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens - 1]) + "十" + (ones == 0 ? "" : NUMERALS[ones - 1]);
    }

    Table performance(Draft d, float size) {
        Table t = table(new float[] {14, 7, 20, 20, 13, 6.5f, 6.5f, 6.5f, 6.5f});
        // The left headings look merged over both header rows, but are a cell without bottom border over an empty
        // one: iText writes a true row-spanning cell after the row's other cells, so copied or extracted text would
        // read "评价标准" before "职责活动"; this way the text comes in reading order.
        List<String> left = List.of("职责活动", "年度预算数", "内容描述", "绩效目标", "绩效指标");
        for (String h : left) {
            t.addHeaderCell(spanTop(h, fonts.heading(), size));
        }
        t.addHeaderCell(Typesetter.headerCell("评价标准", 1, 4, fonts.heading(), size));
        for (int i = 0; i < left.size(); i++) {
            t.addHeaderCell(spanRest(fonts.heading(), size, true));
        }
        for (String g : Indicator.GRADE_NAMES) {
            t.addHeaderCell(Typesetter.headerCell(g, 1, 1, fonts.heading(), size));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        d.performance().duties().forEach(duty -> {
            amounts.add(duty.amount());
            duty.activities().forEach(a -> amounts.add(a.amount()));
        });
        AmountFormat fmt = AmountFormat.forValues(amounts);
        int dutyNo = 0;
        for (Duty duty : d.performance().duties()) {
            dutyNo++;
            List<Cell> dutyRow = new ArrayList<>(List.of(text(chineseNumber(dutyNo) + "、" + duty.name(), size, true, 0),
                    amount(fmt.format(duty.amount()), size), text(duty.description(), size, false, 0),
                    text(duty.target(), size, false, 0)));
            for (int i = 0; i < 5; i++) {
                dutyRow.add(text("", size, false, 0));
            }
            dutyRow.forEach(c -> t.addCell(c.setBackgroundColor(DUTY_SHADE)));
            int activityNo = 0;
            for (Activity a : duty.activities()) {
                activityNo++;
                t.addCell(text(activityNo + "、" + a.name(), size, false, size));
                t.addCell(amount(fmt.format(a.amount()), size));
                t.addCell(text(a.description(), size, false, 0));
                t.addCell(text(a.target(), size, false, 0));
                if (a.indicators().isEmpty()) {
                    for (int i = 0; i < 5; i++) {
                        t.addCell(text("", size, false, 0));
                    }
                }
                boolean first = true;
                for (Indicator ind : a.indicators()) {
                    if (!first) {
                        for (int i = 0; i < 4; i++) {
                            t.addCell(text("", size, false, 0));
                        }
                    }
                    first = false;
                    t.addCell(text(ind.name(), size, false, 0));
                    for (String g : ind.grades()) {
                        t.addCell(text(g, size, false, 0).setTextAlignment(TextAlignment.CENTER));
                    }
                }
            }
        }
        return t;
    }

    Table units(Draft d, float size) {
        boolean staffing = d.showStaffing();
        Table t = table(staffing ? new float[] {22, 6, 7, 10, 6, 7, 7, 7, 7, 7, 7, 7}
                : new float[] {40, 15, 15, 30});
        int rows = staffing ? 2 : 1;
        for (String h : List.of("单位名称", "单位性质", "单位规格", "经费保障形式")) {
            t.addHeaderCell(Typesetter.headerCell(h, rows, 1, fonts.heading(), size));
        }
        if (staffing) {
            t.addHeaderCell(Typesetter.headerCell("车辆编制数", 2, 1, fonts.heading(), size));
            t.addHeaderCell(Typesetter.headerCell("编制人数", 1, 2, fonts.heading(), size));
            t.addHeaderCell(Typesetter.headerCell("在职人数", 1, 2, fonts.heading(), size));
            t.addHeaderCell(Typesetter.headerCell("离退人数", 1, 3, fonts.heading(), size));
            for (String h : List.of("行政", "事业", "行政", "事业", "离休", "退休", "退职")) {
                t.addHeaderCell(Typesetter.headerCell(h, 1, 1, fonts.heading(), size));
            }
        }
        t.addCell(text("合计", size, true, 0).setTextAlignment(TextAlignment.CENTER));
        for (int i = 0; i < 3; i++) {
            t.addCell(text("", size, false, 0));
        }
        if (staffing) {
            for (int c = 0; c < 8; c++) {
                final int col = c;
                Integer sum = d.orgUnits().stream().map(u -> u.staffing().columns()[col])
                        .filter(java.util.Objects::nonNull).reduce(Integer::sum).orElse(null);
                t.addCell(amount(sum == null ? "" : sum.toString(), size));
            }
        }
        for (OrgUnit u : d.orgUnits()) {
            t.addCell(text(u.name(), size, false, 0));
            t.addCell(text(u.nature(), size, false, 0).setTextAlignment(TextAlignment.CENTER));
            t.addCell(text(u.rank(), size, false, 0).setTextAlignment(TextAlignment.CENTER));
            t.addCell(text(u.fundingForm(), size, false, 0).setTextAlignment(TextAlignment.CENTER));
            if (staffing) {
                for (Integer n : u.staffing().columns()) {
                    t.addCell(amount(n == null ? "" : n.toString(), size));
                }
            }
        }
        return t;
    }

    Table procurement(Draft d, float size) {
        Table t = table(new float[] {11, 6, 10, 9, 5, 5, 6, 7, 7, 8, 7, 7, 7, 7});
        PdfFont h = fonts.heading();
        // headings over several rows are drawn as a cell and borderless cells below it (see performance())
        t.addHeaderCell(Typesetter.headerCell("政府采购项目来源", 1, 2, h, size));
        for (String s : List.of("采购物品名称", "政府采购目录序号", "数量单位", "数量", "单价")) {
            t.addHeaderCell(spanTop(s, h, size));
        }
        t.addHeaderCell(Typesetter.headerCell("政府采购金额", 1, 7, h, size));
        t.addHeaderCell(spanTop("项目名称", h, size));
        t.addHeaderCell(spanTop("预算资金", h, size));
        for (int i = 0; i < 5; i++) {
            t.addHeaderCell(spanRest(h, size, false));
        }
        t.addHeaderCell(spanTop("总计", h, size));
        t.addHeaderCell(Typesetter.headerCell("当年部门预算安排资金", 1, 5, h, size));
        t.addHeaderCell(spanTop("其他渠道资金", h, size));
        for (int i = 0; i < 8; i++) {
            t.addHeaderCell(spanRest(h, size, true));
        }
        for (String s : List.of("合计", "一般公共预算拨款", "基金预算拨款", "财政专户核拨", "其他来源收入")) {
            t.addHeaderCell(Typesetter.headerCell(s, 1, 1, h, size));
        }
        t.addHeaderCell(spanRest(h, size, true));
        List<ProcurementRow> rows = d.procurement();
        List<Function<ProcurementRow, BigDecimal>> money = List.of(ProcurementRow::amount,
                ProcurementRow::fundSubtotal, ProcurementRow::fundGeneral, ProcurementRow::fundGovFund,
                ProcurementRow::fundSpecial, ProcurementRow::fundOtherIncome, ProcurementRow::otherChannel);
        List<BigDecimal> all = new ArrayList<>();
        rows.forEach(r -> {
            all.add(r.projectBudget());
            all.add(r.unitPrice());
            money.forEach(m -> all.add(m.apply(r)));
        });
        AmountFormat fmt = AmountFormat.forValues(all);
        if (!rows.isEmpty()) {
            t.addCell(text("合　计", size, true, 0).setTextAlignment(TextAlignment.CENTER));
            for (int i = 0; i < 6; i++) {
                t.addCell(text("", size, false, 0));
            }
            for (Function<ProcurementRow, BigDecimal> m : money) {
                BigDecimal sum = Amounts.sum(rows.stream().map(m).toList());
                boolean any = rows.stream().map(m).anyMatch(v -> v != null && v.signum() != 0);
                t.addCell(amount(any ? fmt.format(sum) : "", size));
            }
        }
        for (ProcurementRow r : rows) {
            t.addCell(text(r.projectName(), size, false, 0));
            t.addCell(amount(fmt.format(r.projectBudget()), size));
            t.addCell(text(r.itemName(), size, false, 0));
            t.addCell(text(r.catalogCode(), size, false, 0));
            t.addCell(text(r.quantityUnit(), size, false, 0).setTextAlignment(TextAlignment.CENTER));
            t.addCell(amount(r.quantity() == null ? "" : Amounts.plain(r.quantity()), size));
            t.addCell(amount(fmt.format(r.unitPrice()), size));
            for (Function<ProcurementRow, BigDecimal> m : money) {
                t.addCell(amount(fmt.format(m.apply(r)), size));
            }
        }
        return t;
    }

    Table assets(Draft d, float size) {
        Table t = table(new float[] {50, 20, 30});
        String unit = d.header().moneyUnit().label();
        for (String s : List.of("项目", "数量", "价值（金额单位：" + unit + "）")) {
            t.addHeaderCell(Typesetter.headerCell(s, 1, 1, fonts.heading(), size));
        }
        AmountFormat fmt = AmountFormat.forValues(Arrays.asList(d.figures().get(ASSET_TOTAL),
                d.figures().get(ASSET_BUILDING_VALUE), d.figures().get(ASSET_OFFICE_VALUE),
                d.figures().get(ASSET_VEHICLE_VALUE), d.figures().get(ASSET_EQUIPMENT_VALUE),
                d.figures().get(ASSET_OTHER_VALUE)));
        assetRow(t, d, "资产总额", null, ASSET_TOTAL, fmt, size);
        assetRow(t, d, "1、房屋（平方米）", ASSET_BUILDING_AREA, ASSET_BUILDING_VALUE, fmt, size);
        assetRow(t, d, "　　其中：办公用房（平方米）", ASSET_OFFICE_AREA, ASSET_OFFICE_VALUE, fmt, size);
        assetRow(t, d, "2、车辆（台、辆）", ASSET_VEHICLE_COUNT, ASSET_VEHICLE_VALUE, fmt, size);
        assetRow(t, d, "3、单价在20万元以上的设备", ASSET_EQUIPMENT_COUNT, ASSET_EQUIPMENT_VALUE, fmt, size);
        assetRow(t, d, "4、其他固定资产", ASSET_OTHER_COUNT, ASSET_OTHER_VALUE, fmt, size);
        return t;
    }

    private void assetRow(Table t, Draft d, String label, FigureKey count, FigureKey value, AmountFormat fmt,
                          float size) {
        t.addCell(text(label, size, false, 0));
        String n = count == null ? "——" : Amounts.plain(d.figures().get(count));
        t.addCell(amount(n, size).setTextAlignment(count == null ? TextAlignment.CENTER : TextAlignment.RIGHT));
        t.addCell(amount(fmt.format(d.figures().get(value)), size));
    }

    /** The top of a heading that looks merged over several header rows: no bottom border, text at its foot. */
    private static Cell spanTop(String text, PdfFont font, float size) {
        return Typesetter.headerCell(text, 1, 1, font, size)
                .setBorderBottom(com.itextpdf.layout.borders.Border.NO_BORDER)
                .setVerticalAlignment(com.itextpdf.layout.properties.VerticalAlignment.BOTTOM);
    }

    /** A cell below {@link #spanTop}: no top border, and no bottom border unless it is the last row. */
    private static Cell spanRest(PdfFont font, float size, boolean last) {
        Cell c = Typesetter.headerCell("", 1, 1, font, size).setBorderTop(com.itextpdf.layout.borders.Border.NO_BORDER);
        return last ? c : c.setBorderBottom(com.itextpdf.layout.borders.Border.NO_BORDER);
    }

    private static Table table(float[] percents) {
        Table t = new Table(UnitValue.createPercentArray(percents)).useAllAvailableWidth();
        t.setSkipFirstHeader(false);
        return t;
    }

    private Cell text(String s, float size, boolean strong, float indent) {
        Paragraph p = new Paragraph(s == null ? "" : s).setFont(strong ? fonts.heading() : fonts.body())
                .setFontSize(size).setFixedLeading(size * 1.35f).setMargin(0).setPaddingLeft(indent);
        return new Cell().add(p).setPadding(2).setVerticalAlignment(VerticalAlignment.MIDDLE).setKeepTogether(true);
    }

    private Cell amount(String s, float size) {
        return text(s, size, false, 0).setTextAlignment(TextAlignment.RIGHT);
    }
}
