package cn.gongkai.service;

import cn.gongkai.domain.DisclosureRenderer;
import cn.gongkai.domain.Draft;
import cn.gongkai.domain.rules.Problem;

import java.nio.file.Path;
import java.util.List;

/** Exports the print-ready PDF of a draft, written atomically. */
public final class ExportService {
    private final DraftService drafts;
    private final DisclosureRenderer renderer;

    public ExportService(DraftService drafts, DisclosureRenderer renderer) {
        this.drafts = drafts;
        this.renderer = renderer;
    }

    public void exportPdf(long id, Path file) {
        exportPdf(drafts.load(id), file);
    }

    public void exportPdf(Draft draft, Path file) {
        List<Problem> problems = drafts.validate(draft);
        AtomicFiles.write(file, out -> renderer.render(draft, problems, out));
    }
}
