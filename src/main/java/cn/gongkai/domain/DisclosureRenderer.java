package cn.gongkai.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Typesets a draft as the print-ready disclosure (the PDF); implemented by the export package. */
public interface DisclosureRenderer {
    /**
     * Writes the disclosure. A draft that is not 定稿 or has 错误 among {@code problems} is marked 草稿.
     */
    void render(Draft draft, List<Problem> problems, OutputStream out) throws IOException;

    /** Starts loading what rendering needs (fonts) in the background; the first render then does not wait. */
    default void warmUp() {
    }
}
