package cn.gongkai.export.pdf;

import cn.gongkai.domain.port.Glyphs;
import com.itextpdf.io.font.FontProgram;

/** The characters the PDF's body font can show (the installed 仿宋, or the bundled Noto Serif SC). */
public final class PdfGlyphs implements Glyphs {
    private volatile FontProgram body;

    @Override
    public boolean printable(int codePoint) {
        if (codePoint < 0x80) {
            return true;
        }
        FontProgram f = body;
        if (f == null) {
            f = PdfFonts.body(); // found and parsed on the first check, which runs on the worker thread
            body = f;
        }
        return f.getGlyph(codePoint) != null;
    }
}
