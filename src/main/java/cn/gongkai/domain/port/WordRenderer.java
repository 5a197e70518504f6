package cn.gongkai.domain.port;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes a draft as an editable Word document (.docx) with the PDF's content and order; implemented by the export
 * package. {@code contentsPages} gives the 目录 the PDF's page numbers until Word or WPS updates the field.
 */
public interface WordRenderer {
    void render(Draft draft, List<Problem> problems, Map<String, Integer> contentsPages, OutputStream out)
            throws IOException;
}
