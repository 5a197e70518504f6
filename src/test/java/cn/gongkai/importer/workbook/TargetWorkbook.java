package cn.gongkai.importer.workbook;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Adds three-level 绩效目标表 sheets to a workbook, in the shapes budget systems export them: blocks one after another
 * on a sheet with 一级/二级 merged down; a sheet per project with 一级 written once and 指标方向/指标值/计量单位/权重
 * columns; one flat grid with a 项目名称 column; and the unit's 部门整体支出绩效目标表. The figures are 九州镇's 2025
 * projects (项目支出 300 万元), with some targets that say nothing measurable.
 */
public final class TargetWorkbook {
    public enum Shape { BLOCKS, SHEET_PER_PROJECT, FLAT, UNIT }

    /** One indicator row: 一级, 二级, 三级, 指标值 as written ("≥95%"), and the same split for the split shape. */
    record Row4(String l1, String l2, String name, String value, String dir, String number, String unit) {
    }

    record Project(String name, String total, String fiscal, String goal, List<Row4> rows) {
    }

    static final String UNIT = "廊坊市广阳区九州镇人民政府";

    public static final List<Project> PROJECTS = List.of(
            new Project("农村人居环境整治", "180", "180", "完成全镇22个村的垃圾清运和坑塘整治，村容村貌明显改善。", List.of(
                    new Row4("产出指标", "数量指标", "垃圾清运覆盖村数", "≥22个", "正向", "22", "个"),
                    new Row4("产出指标", "数量指标", "坑塘整治数量", "15个", "等于", "15", "个"),
                    new Row4("产出指标", "质量指标", "垃圾清运及时率", "≥95%", "正向", "95", "%"),
                    new Row4("产出指标", "时效指标", "整治完成时间", "2025年11月底前", "定性", "2025年11月底前", ""),
                    new Row4("成本指标", "经济成本指标", "项目总成本", "≤180万元", "反向", "180", "万元"),
                    new Row4("效益指标", "社会效益指标", "村容村貌", "明显改善", "定性", "明显改善", ""),
                    new Row4("效益指标", "可持续影响指标", "长效管护机制", "有效提升", "定性", "有效提升", ""),
                    new Row4("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "正向", "90", "%"))),
            new Project("乡村振兴产业扶持", "120", "120", "扶持6个农民专业合作社发展特色种植，带动农户增收。", List.of(
                    new Row4("产出指标", "数量指标", "扶持合作社数量", "6个", "等于", "6", "个"),
                    new Row4("产出指标", "质量指标", "项目验收合格率", "100%", "等于", "100", "%"),
                    new Row4("产出指标", "时效指标", "资金拨付及时性", "按时完成", "定性", "按时完成", ""),
                    new Row4("效益指标", "经济效益指标", "带动农户户均增收", "≥2000元", "正向", "2000", "元"),
                    new Row4("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "正向", "90", "%"))));

    private TargetWorkbook() {
    }

    /** Opens {@code book}, adds the sheets of {@code shape}, and saves it. */
    public static Path add(Path book, Shape shape) {
        try {
            Workbook wb;
            try (InputStream in = Files.newInputStream(book)) {
                wb = WorkbookFactory.create(in);
            }
            switch (shape) {
                case BLOCKS -> blocks(wb.createSheet("1.10项目支出绩效目标表"));
                case SHEET_PER_PROJECT -> {
                    for (int i = 0; i < PROJECTS.size(); i++) {
                        perProject(wb.createSheet("4." + (i + 1) + "项目绩效目标表" + (i + 1)), PROJECTS.get(i));
                    }
                }
                case FLAT -> flat(wb.createSheet("项目支出绩效目标"));
                case UNIT -> unit(wb.createSheet("部门整体支出绩效目标表"));
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
            wb.close();
            return book;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Sheet s, int r, int c, String text) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        if (text.matches("\\d+(\\.\\d+)?")) {
            row.createCell(c).setCellValue(Double.parseDouble(text));
        } else {
            row.createCell(c).setCellValue(text);
        }
    }

    private static void merge(Sheet s, int r1, int r2, int c1, int c2) {
        if (r2 > r1 || c2 > c1) {
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** Blocks one after another, 一级 and 二级 merged down over their rows, labels merged across. */
    private static void blocks(Sheet s) {
        put(s, 0, 0, "2025年项目支出绩效目标表");
        merge(s, 0, 0, 0, 4);
        put(s, 1, 4, "单位：万元");
        int r = 2;
        for (Project p : PROJECTS) {
            put(s, r, 0, "项目名称");
            put(s, r, 1, p.name());
            merge(s, r, r, 1, 4);
            r++;
            put(s, r, 0, "主管部门");
            put(s, r, 1, UNIT);
            put(s, r, 2, "实施单位");
            put(s, r, 3, UNIT);
            merge(s, r, r, 3, 4);
            r++;
            put(s, r, 0, "项目资金（万元）");
            merge(s, r, r + 2, 0, 0);
            put(s, r, 1, "年度资金总额");
            put(s, r, 2, p.total());
            put(s, r + 1, 1, "其中：财政拨款");
            put(s, r + 1, 2, p.fiscal());
            put(s, r + 2, 1, "其他资金");
            put(s, r + 2, 2, "0");
            r += 3;
            put(s, r, 0, "年度目标");
            put(s, r, 1, p.goal());
            merge(s, r, r, 1, 4);
            r++;
            put(s, r, 0, "绩效指标");
            put(s, r, 1, "一级指标");
            put(s, r, 2, "二级指标");
            put(s, r, 3, "三级指标");
            put(s, r, 4, "指标值");
            int head = r;
            r++;
            int l1Start = r;
            int l2Start = r;
            for (int i = 0; i < p.rows().size(); i++) {
                Row4 x = p.rows().get(i);
                boolean newL1 = i == 0 || !p.rows().get(i - 1).l1().equals(x.l1());
                boolean newL2 = newL1 || !p.rows().get(i - 1).l2().equals(x.l2());
                if (newL1) {
                    if (i > 0) {
                        merge(s, l1Start, r - 1, 1, 1);
                    }
                    put(s, r, 1, x.l1());
                    l1Start = r;
                }
                if (newL2) {
                    if (i > 0) {
                        merge(s, l2Start, r - 1, 2, 2);
                    }
                    put(s, r, 2, x.l2());
                    l2Start = r;
                }
                put(s, r, 3, x.name());
                put(s, r, 4, x.value());
                r++;
            }
            merge(s, l1Start, r - 1, 1, 1);
            merge(s, l2Start, r - 1, 2, 2);
            merge(s, head, r - 1, 0, 0);
            r++; // a blank row between projects
        }
    }

    /** One project a sheet: 一级/二级 written once and blank below, direction, value and unit apart, weights. */
    private static void perProject(Sheet s, Project p) {
        put(s, 0, 0, "项目支出绩效目标表");
        put(s, 1, 0, "（2025年度）");
        put(s, 2, 0, "项目名称");
        put(s, 2, 1, p.name());
        put(s, 3, 0, "主管部门及代码");
        put(s, 3, 1, UNIT);
        put(s, 3, 3, "实施单位");
        put(s, 3, 4, UNIT);
        put(s, 4, 0, "项目资金（万元）");
        put(s, 4, 1, "年度资金总额");
        put(s, 4, 2, "财政拨款");
        put(s, 4, 3, "其他资金");
        put(s, 5, 1, p.total());
        put(s, 5, 2, p.fiscal());
        put(s, 5, 3, "0");
        put(s, 6, 0, "年度绩效目标");
        put(s, 6, 1, p.goal());
        String[] head = {"一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位", "权重"};
        for (int c = 0; c < head.length; c++) {
            put(s, 7, c, head[c]);
        }
        int r = 8;
        String l1 = "";
        String l2 = "";
        for (Row4 x : p.rows()) {
            put(s, r, 0, x.l1().equals(l1) ? "" : x.l1());
            put(s, r, 1, x.l2().equals(l2) ? "" : x.l2().replace("指标", ""));
            l1 = x.l1();
            l2 = x.l2();
            put(s, r, 2, x.name());
            put(s, r, 3, x.dir());
            put(s, r, 4, x.number());
            put(s, r, 5, x.unit());
            put(s, r, 6, "10");
            r++;
        }
    }

    /** All projects in one grid with a 项目名称 column (merged down). */
    private static void flat(Sheet s) {
        put(s, 0, 0, "项目支出绩效目标");
        String[] head = {"项目名称", "一级指标", "二级指标", "三级指标", "指标值", "指标解释"};
        for (int c = 0; c < head.length; c++) {
            put(s, 1, c, head[c]);
        }
        int r = 2;
        for (Project p : PROJECTS) {
            int start = r;
            for (Row4 x : p.rows()) {
                put(s, r, 0, r == start ? p.name() : "");
                put(s, r, 1, x.l1());
                put(s, r, 2, x.l2());
                put(s, r, 3, x.name());
                put(s, r, 4, x.value());
                put(s, r, 5, "");
                r++;
            }
            merge(s, start, r - 1, 0, 0);
        }
    }

    private static void unit(Sheet s) {
        put(s, 0, 0, "2025年部门整体支出绩效目标表");
        put(s, 1, 0, "单位名称");
        put(s, 1, 1, UNIT);
        put(s, 2, 0, "年度预算数（万元）");
        put(s, 2, 1, "1599.223456");
        put(s, 3, 0, "年度总体目标");
        put(s, 3, 1, "保障机关正常运转，完成全镇经济社会发展各项任务。");
        String[] head = {"一级指标", "二级指标", "三级指标", "指标值"};
        for (int c = 0; c < head.length; c++) {
            put(s, 4, c, head[c]);
        }
        String[][] rows = {{"产出指标", "数量指标", "保障在职人员数", "≥58人"},
                {"产出指标", "时效指标", "工资按时发放率", "100%"},
                {"效益指标", "社会效益指标", "政务服务事项办结率", "≥98%"},
                {"满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"}};
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < 4; c++) {
                put(s, 5 + i, c, rows[i][c]);
            }
        }
    }
}
