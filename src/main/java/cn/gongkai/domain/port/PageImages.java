package cn.gongkai.domain.port;

import java.nio.file.Path;
import java.util.List;

/** Turns the pages of an exported PDF into pictures for the editor's preview and printing. */
public interface PageImages {
    List<PageImage> pages(Path pdf, float dpi);

    /** Pages {@code from} to {@code to} (from 1, inclusive) of a PDF held in memory. */
    List<PageImage> pages(byte[] pdf, float dpi, int from, int to);
}
