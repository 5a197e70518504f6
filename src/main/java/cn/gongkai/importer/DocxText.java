package cn.gongkai.importer;

import cn.gongkai.domain.model.BadInputException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Word .docx (Apache POI) into the text shape the disclosure importer reads: paragraphs as lines, and each
 * table row as its cells, one per tab-indented line, rows separated by a blank line, as text extraction from Word
 * gives it. Tables are read as tables, so the cells never run together.
 */
public final class DocxText {
    private DocxText() {
    }

    public static String read(Path file, long maxBytes) {
        try {
            if (Files.size(file) > maxBytes) {
                throw new BadInputException("文件 " + file.getFileName() + " 过大（超过 " + maxBytes / (1024 * 1024)
                        + " MB），不像是一份部门预算公开文件");
            }
        } catch (IOException e) {
            throw new BadInputException("无法读取文件 " + file + "：" + e.getMessage());
        }
        ZipSecureFile.setMinInflateRatio(0.005); // still refuses zip bombs; Word's own XML compresses well
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    table(t, out);
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException("文件 " + file.getFileName() + " 不是可以读取的 Word 文档（.docx）："
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    /**
     * A table as a grid, as a workbook shows merged cells: a cell merged across columns ({@code gridSpan}) stands in
     * each column it covers, a cell merged down ({@code vMerge}) in each row, so that every row has a cell for
     * every column and a heading stands above each column it heads.
     */
    private static void table(XWPFTable t, StringBuilder out) {
        List<String> above = List.of();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            var trPr = row.getCtRow().getTrPr();
            if (trPr != null && trPr.sizeOfGridBeforeArray() > 0 && trPr.getGridBeforeArray(0).getVal() != null) {
                for (int i = 0; i < trPr.getGridBeforeArray(0).getVal().intValue(); i++) {
                    cells.add("");
                }
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                int col = cells.size();
                String text = text(cell);
                var pr = cell.getCTTc().getTcPr();
                if (pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null
                        || pr.getVMerge().getVal() == STMerge.CONTINUE) && col < above.size()) {
                    text = above.get(col);
                }
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, Math.min(64, pr.getGridSpan().getVal().intValue())) : 1;
                for (int i = 0; i < span; i++) {
                    cells.add(text);
                }
            }
            for (String c : cells) {
                // as Word's own text export: the cell's first paragraph after a tab, further ones on lines of
                // their own
                out.append('\t').append(c).append('\n');
            }
            out.append('\n');
            above = cells;
        }
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (!first) {
                sb.append('\n');
            }
            sb.append(p.getText().replace('\n', ' '));
            first = false;
        }
        return sb.toString();
    }
}
