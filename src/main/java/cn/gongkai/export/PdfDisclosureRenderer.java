package cn.gongkai.export;

import cn.gongkai.domain.BadInputException;
import cn.gongkai.domain.DisclosureRenderer;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.rules.Problem;

import java.io.OutputStream;
import java.util.List;

/** The print-ready PDF in the standard template. */
public final class PdfDisclosureRenderer implements DisclosureRenderer {
    @Override
    public void render(Draft draft, List<Problem> problems, OutputStream out) {
        throw new BadInputException("PDF 导出尚未完成");
    }
}
