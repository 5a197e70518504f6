package cn.gongkai.importer;

import cn.gongkai.domain.model.BadInputException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private static void table(XWPFTable t, StringBuilder out) {
        for (XWPFTableRow row : t.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                // as Word's own text export: the cell's first paragraph after a tab, further ones on lines of
                // their own
                out.append('\t');
                boolean first = true;
                for (XWPFParagraph p : cell.getParagraphs()) {
                    if (!first) {
                        out.append('\n');
                    }
                    out.append(p.getText().replace('\n', ' '));
                    first = false;
                }
                out.append('\n');
            }
            out.append('\n');
        }
    }
}
