package cn.gongkai.domain;

import java.nio.file.Path;
import java.util.List;

/** Turns the pages of an exported PDF into pictures for the editor's preview and printing. */
public interface PageImages {
    List<PageImage> pages(Path pdf, float dpi);
}
