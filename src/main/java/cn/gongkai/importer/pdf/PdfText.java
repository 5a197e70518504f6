package cn.gongkai.importer.pdf;

import cn.gongkai.domain.model.BadInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a PDF (PDFBox) into the text shape the disclosure importer reads, as {@code DocxText} does a Word file:
 * paragraphs as lines — the lines a page wrapped joined back into their paragraph —, and each table row as its
 * cells, one per tab-indented line, rows separated by a blank line; tables rebuilt from their ruling lines, or from
 * the alignment of their columns where they have none, and joined over pages; headers, footers, page numbers and
 * watermarks left out. A PDF of scanned pages, one that needs a password to open, or a damaged one is refused with
 * a message that says which.
 */
public final class PdfText {
    /** More pages than a disclosure has: a file made to be slow is refused before it is read. */
    static final int MAX_PAGES = 2_000;

    private PdfText() {
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
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            return read(doc, file.getFileName().toString());
        } catch (InvalidPasswordException e) {
            throw new BadInputException("文件 " + file.getFileName() + " 设有打开密码，无法读取：请用没有密码的 PDF，或先在 PDF 阅读器中输入密码后另存一份");
        } catch (BadInputException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new BadInputException("文件 " + file.getFileName() + " 不是可以读取的 PDF：文件的结构嵌套过深，可能已损坏或被刻意构造");
        } catch (IOException | RuntimeException e) {
            throw new BadInputException("文件 " + file.getFileName() + " 不是可以读取的 PDF：文件不完整或已损坏"
                    + "（请重新下载或重新导出）");
        }
    }

    static String read(PDDocument doc, String name) throws IOException {
        int n = doc.getNumberOfPages();
        if (n > MAX_PAGES) {
            throw new BadInputException("文件 " + name + " 有 " + n + " 页，不像是一份部门预算公开文件");
        }
        if (n == 0) {
            throw new BadInputException("文件 " + name + " 没有页面");
        }
        List<Page> pages = new ArrayList<>();
        ContentBudget budget = new ContentBudget(name);
        int withText = 0;
        for (int i = 0; i < n; i++) {
            Page p = PageReader.read(doc, i, budget);
            if (p.glyphs().stream().anyMatch(g -> !g.blank())) {
                withText++;
            }
            pages.add(p);
        }
        if (withText == 0) {
            throw new BadInputException("文件 " + name + " 是扫描件，没有可读取的文字：请找到原来的 Word 文件或文字版 PDF");
        }
        return PdfLayout.text(Furniture.remove(pages));
    }
}
