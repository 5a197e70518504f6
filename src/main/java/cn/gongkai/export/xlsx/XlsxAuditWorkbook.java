package cn.gongkai.export.xlsx;

import cn.gongkai.domain.audit.AuditEntry;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.port.AuditWorkbook;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A batch check as a workbook (Apache POI): "汇总", a row per file — 文件, 单位, 年度, 错误数, 警告数, 说明 — with a filter
 * on its header and the counts as numbers, so that it sorts and filters; then a sheet per file of its findings
 * (级别, 位置, 说明, 如何修改), which the file's name in the summary links to.
 */
public final class XlsxAuditWorkbook implements AuditWorkbook {
    private static final String[] SUMMARY = {"文件", "单位", "年度", "错误数", "警告数", "说明"};
    private static final String[] FINDINGS = {"级别", "位置", "说明", "如何修改"};

    @Override
    public void write(List<AuditEntry> entries, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Sheet summary = wb.createSheet("汇总");
            header(summary, SUMMARY, head);
            Set<String> names = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry e = entries.get(i);
                String sheetName = sheetName(i + 1, e, names);
                Row r = summary.createRow(i + 1);
                r.createCell(0).setCellValue(e.file().toString());
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + sheetName + "'!A1");
                r.getCell(0).setHyperlink(link);
                r.createCell(1).setCellValue(e.unitName());
                if (e.budgetYear() > 0) {
                    r.createCell(2).setCellValue(e.budgetYear());
                }
                if (!e.unread()) {
                    r.createCell(3).setCellValue(e.errors());
                    r.createCell(4).setCellValue(e.warnings());
                }
                r.createCell(5).setCellValue(e.note());
                findings(wb.createSheet(sheetName), e, head);
            }
            summary.setAutoFilter(new CellRangeAddress(0, Math.max(0, entries.size()), 0, SUMMARY.length - 1));
            summary.createFreezePane(0, 1);
            int[] widths = {60, 36, 8, 8, 8, 60};
            for (int c = 0; c < widths.length; c++) {
                summary.setColumnWidth(c, widths[c] * 256);
            }
            wb.write(out);
        }
    }

    private static void findings(Sheet s, AuditEntry e, CellStyle head) {
        s.createRow(0).createCell(0).setCellValue(e.file().toString());
        Row info = s.createRow(1);
        info.createCell(0).setCellValue(e.unread() ? "无法读取：" + e.note()
                : e.unitName() + "　" + e.budgetYear() + "年　错误 " + e.errors() + "　警告 " + e.warnings());
        Row h = s.createRow(3);
        for (int c = 0; c < FINDINGS.length; c++) {
            h.createCell(c).setCellValue(FINDINGS[c]);
            h.getCell(c).setCellStyle(head);
        }
        int r = 4;
        for (Problem p : e.findings()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(p.severity().label());
            row.createCell(1).setCellValue(p.location().label());
            row.createCell(2).setCellValue(p.message());
            row.createCell(3).setCellValue(p.hint());
        }
        if (!e.findings().isEmpty()) {
            s.setAutoFilter(new CellRangeAddress(3, r - 1, 0, FINDINGS.length - 1));
        }
        s.createFreezePane(0, 4);
        int[] widths = {6, 40, 80, 50};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static void header(Sheet s, String[] titles, CellStyle head) {
        Row r = s.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            r.createCell(c).setCellValue(titles[c]);
            r.getCell(c).setCellStyle(head);
        }
    }

    /** "3 九州镇2025" — a sheet's name: its number, then as much of the file's name as fits, unique. */
    static String sheetName(int n, AuditEntry e, Set<String> used) {
        String base = e.file().getFileName().toString().replaceFirst("\\.[^.]+$", "").replaceAll("[\\[\\]:*?/\\\\']", "_");
        String name = (n + " " + base);
        name = name.length() > 31 ? name.substring(0, 31) : name;
        while (!used.add(name)) {
            name = name.substring(0, Math.max(1, name.length() - 1)) + "_";
        }
        return name;
    }
}
