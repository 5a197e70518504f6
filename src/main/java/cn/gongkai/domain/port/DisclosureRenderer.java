package cn.gongkai.domain.port;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/** Typesets a draft as the print-ready disclosure (the PDF); implemented by the export package. */
public interface DisclosureRenderer {
    /**
     * Writes the disclosure. A draft that is not 定稿 or has 错误 among {@code problems} is marked 草稿.
     */
    void render(Draft draft, List<Problem> problems, OutputStream out) throws IOException;

    /**
     * The page each 目录 entry falls on in the printed disclosure (by the entry's text), for the Word file's 目录;
     * empty when the template has no 目录.
     */
    Map<String, Integer> contentsPages(Draft draft, List<Problem> problems) throws IOException;

    /** The disclosure typeset in memory, with the page of each section heading, for the live preview. */
    PrintedPages printed(Draft draft, List<Problem> problems) throws IOException;

    /** Starts loading what rendering needs (fonts) in the background; the first render then does not wait. */
    default void warmUp() {
    }
}
