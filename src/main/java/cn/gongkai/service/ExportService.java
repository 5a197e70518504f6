package cn.gongkai.service;

import cn.gongkai.domain.DisclosureRenderer;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.PageImage;
import cn.gongkai.domain.PageImages;
import cn.gongkai.domain.Problem;

import java.nio.file.Path;
import java.util.List;

/** Exports the print-ready PDF of a draft, written atomically. */
public final class ExportService {
    private final DraftService drafts;
    private final DisclosureRenderer renderer;
    private final PageImages pages;

    public ExportService(DraftService drafts, DisclosureRenderer renderer, PageImages pages) {
        this.drafts = drafts;
        this.renderer = renderer;
        this.pages = pages;
    }

    /** Pictures of an exported PDF's pages, for the preview and for printing. */
    public List<PageImage> pageImages(Path pdf, float dpi) {
        return pages.pages(pdf, dpi);
    }

    public void exportPdf(long id, Path file) {
        exportPdf(drafts.load(id), file);
    }

    public void exportPdf(Draft draft, Path file) {
        List<Problem> problems = drafts.validate(draft);
        AtomicFiles.write(file, out -> renderer.render(draft, problems, out));
    }
}
