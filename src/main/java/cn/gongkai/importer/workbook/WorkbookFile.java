package cn.gongkai.importer.workbook;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.importer.workbook.Grid.GridCell;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a budget system's workbook (.xlsx or .xls) safely and turns its visible sheets into {@link Grid}s. Refuses,
 * with a message that says why, what is not a readable workbook: encrypted, corrupt, Excel 95, too large, a zip
 * bomb. Formulas are evaluated (floating noise rounded away at the 分); hidden sheets are listed, not read.
 */
final class WorkbookFile {
    static final long MAX_BYTES = 32L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    static final int MAX_COLUMNS = 120;

    /** The visible sheets as grids, and the names of the hidden ones. */
    /** The visible sheets, the hidden and the cut ones, and how the amount cells are formatted (see {@link Formats}). */
    record Sheets(List<Grid> visible, List<String> hidden, List<String> truncated,
                  cn.gongkai.domain.money.AmountStyle amountStyle) {
    }

    private WorkbookFile() {
    }

    static Sheets read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("找不到文件：" + file);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new BadInputException("文件 " + name + " 过大（超过 " + MAX_BYTES / (1024 * 1024)
                        + " MB），不像预算系统导出的表格");
            }
        } catch (IOException e) {
            throw new BadInputException("无法读取文件 " + file + "：" + e.getMessage());
        }
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(48L * 1024 * 1024); // a sheet of 2,000 subject rows is under 1 MB of XML
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            return sheets(wb);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException("表格 " + name + " 设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码后另存，再导入");
        } catch (OldExcelFormatException e) {
            throw new BadInputException("表格 " + name + " 是 Excel 95 或更早的格式：请在 Excel 或 WPS 中另存为 .xlsx 后再导入");
        } catch (BadInputException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new BadInputException("文件 " + name + " 不是可以读取的 Excel 表格（.xlsx 或 .xls），可能已损坏："
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String s) {
        String t = s.lines().findFirst().orElse("");
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }

    private static Sheets sheets(Workbook wb) {
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        DataFormatter formatter = new DataFormatter();
        List<Grid> visible = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<String> truncated = new ArrayList<>();
        Formats formats = new Formats();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                hidden.add(s.getSheetName());
                continue;
            }
            if (s.getLastRowNum() >= MAX_ROWS) {
                truncated.add(s.getSheetName());
            }
            visible.add(grid(s, evaluator, formatter, formats));
        }
        return new Sheets(visible, hidden, truncated, formats.style());
    }

    private static Grid grid(Sheet s, FormulaEvaluator evaluator, DataFormatter formatter, Formats formats) {
        int last = Math.min(s.getLastRowNum(), MAX_ROWS - 1);
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r <= last; r++) {
            Row row = s.getRow(r);
            List<GridCell> cells = new ArrayList<>();
            int width = row == null ? 0 : Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                GridCell g = cell(cell, r, c, evaluator, formatter);
                if (g.amount() != null) {
                    formats.count(cell.getCellStyle().getDataFormatString());
                }
                cells.add(g);
            }
            rows.add(cells);
        }
        spreadMerged(s, rows, last);
        return new Grid(s.getSheetName(), rows);
    }

    private static GridCell cell(Cell cell, int r, int c, FormulaEvaluator evaluator, DataFormatter formatter) {
        String ref = new CellReference(r, c).formatAsString();
        if (cell == null) {
            return new GridCell("", null, ref, null);
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            try {
                CellValue v = evaluator.evaluate(cell);
                return switch (v.getCellType()) {
                    case NUMERIC -> number(v.getNumberValue(), ref, true);
                    case STRING -> new GridCell(v.getStringValue().strip(), null, ref, null);
                    case ERROR -> new GridCell("", null, ref, "公式结果为错误值");
                    default -> new GridCell("", null, ref, null);
                };
            } catch (RuntimeException e) {
                type = cell.getCachedFormulaResultType(); // a function POI cannot evaluate: the value Excel saved
                if (type == CellType.NUMERIC) {
                    return number(cell.getNumericCellValue(), ref, true);
                }
                return new GridCell(type == CellType.STRING ? cell.getStringCellValue().strip() : "", null, ref,
                        null);
            }
        }
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new GridCell(formatter.formatCellValue(cell), null, ref, null)
                    : number(cell.getNumericCellValue(), ref, false);
            case STRING -> new GridCell(cell.getStringCellValue().replace('\u00a0', ' ').strip(), null, ref, null);
            case BOOLEAN -> new GridCell(Boolean.toString(cell.getBooleanCellValue()), null, ref, null);
            default -> new GridCell("", null, ref, null);
        };
    }

    /**
     * A number as typed is exact as the shortest decimal that reads back as it (5176.58, 1234.567891); a formula's
     * result is rounded to the millionth (the 分 of 万元), which takes away the binary noise of its arithmetic.
     */
    private static GridCell number(double d, String ref, boolean formula) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return new GridCell("", null, ref, "不是有效的数字");
        }
        BigDecimal v = BigDecimal.valueOf(d);
        if (formula) {
            v = v.setScale(6, RoundingMode.HALF_UP);
        }
        v = v.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return new GridCell(v.toPlainString(), v, ref, null);
    }

    /** A merged cell's text on every cell it covers (headings over several columns or rows). */
    private static void spreadMerged(Sheet s, List<List<GridCell>> rows, int last) {
        for (CellRangeAddress m : s.getMergedRegions()) {
            if (m.getFirstRow() > last) {
                continue;
            }
            List<GridCell> top = rows.get(m.getFirstRow());
            if (m.getFirstColumn() >= top.size()) {
                continue;
            }
            GridCell origin = top.get(m.getFirstColumn());
            if (origin.text().isBlank() || origin.amount() != null) {
                continue; // only headings are spread; a merged amount stays where it is, counted once
            }
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), last); r++) {
                List<GridCell> row = rows.get(r);
                for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), MAX_COLUMNS - 1); c++) {
                    while (row.size() <= c) {
                        row.add(new GridCell("", null, new CellReference(r, row.size()).formatAsString(), null));
                    }
                    if (row.get(c).blank()) {
                        row.set(c, new GridCell(origin.text(), null, row.get(c).ref(), null));
                    }
                }
            }
        }
    }
}
