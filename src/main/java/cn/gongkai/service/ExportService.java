package cn.gongkai.service;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.port.DisclosureRenderer;
import cn.gongkai.domain.port.PageImage;
import cn.gongkai.domain.port.PageImages;
import cn.gongkai.domain.port.PagePart;
import cn.gongkai.domain.port.PrintedPages;
import cn.gongkai.domain.port.WordRenderer;

import java.nio.file.Path;
import java.util.List;

/** Exports a draft as the print-ready PDF or as an editable Word file, each written atomically. */
public final class ExportService {
    private final DraftService drafts;
    private final DisclosureRenderer renderer;
    private final WordRenderer word;
    private final PageImages pages;

    private final VersionService versions;

    public ExportService(DraftService drafts, DisclosureRenderer renderer, WordRenderer word, PageImages pages,
                         VersionService versions) {
        this.versions = versions;
        this.drafts = drafts;
        this.renderer = renderer;
        this.word = word;
        this.pages = pages;
    }

    /** Pictures of an exported PDF's pages, for the preview and for printing. */
    public List<PageImage> pageImages(Path pdf, float dpi) {
        return pages.pages(pdf, dpi);
    }

    /**
     * The printed page(s) of one section of a draft as it stands, for the live preview beside the section being
     * edited: the whole disclosure typeset in memory, at most three pages of the section drawn at {@code dpi}.
     */
    public List<PageImage> pagesOf(Draft draft, PagePart part, float dpi) {
        try {
            PrintedPages printed = renderer.printed(draft, drafts.validate(draft));
            int[] range = printed.pagesOf(part, 3);
            return pages.pages(printed.pdf(), dpi, range[0], range[1]);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The versions the exports keep (and the editor compares with). */
    public VersionService versions() {
        return versions;
    }

    /** Exports the stored draft and keeps it as a version (导出PDF, the file's name as its note). */
    public void exportPdf(long id, Path file) {
        exportPdf(id, drafts.load(id), file);
    }

    /** Exports draft {@code id} as the editor has it and keeps that as a version. */
    public void exportPdf(long id, Draft draft, Path file) {
        exportPdf(draft, file);
        versions.keep(id, draft, cn.gongkai.domain.versions.VersionSource.PDF, file.getFileName().toString());
    }

    public void exportPdf(Draft draft, Path file) {
        List<Problem> problems = drafts.validate(draft);
        AtomicFiles.write(file, out -> renderer.render(draft, problems, out));
    }

    /** Exports the stored draft as a Word file and keeps it as a version (导出Word). */
    public void exportDocx(long id, Path file) {
        exportDocx(id, drafts.load(id), file);
    }

    public void exportDocx(long id, Draft draft, Path file) {
        exportDocx(draft, file);
        versions.keep(id, draft, cn.gongkai.domain.versions.VersionSource.WORD, file.getFileName().toString());
    }

    /** The Word file: same content and order as the PDF, its 目录 showing the PDF's page numbers until updated. */
    public void exportDocx(Draft draft, Path file) {
        List<Problem> problems = drafts.validate(draft);
        AtomicFiles.write(file, out -> word.render(draft, problems, renderer.contentsPages(draft, problems), out));
    }

    /** Exports by the file's extension: .docx the Word file, else the PDF. */
    public void export(long id, Path file) {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            exportDocx(id, file);
        } else {
            exportPdf(id, file);
        }
    }
}
