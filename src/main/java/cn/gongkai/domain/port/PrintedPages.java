package cn.gongkai.domain.port;

import java.util.Map;

/**
 * A disclosure typeset in memory for the live preview: the PDF's bytes and the page (from 1) each part of it begins
 * on — each section's text, each of the 公开表, the 绩效目标表, the cover.
 */
public record PrintedPages(byte[] pdf, int pageCount, Map<PagePart, Integer> partPages) {
    public PrintedPages {
        partPages = Map.copyOf(partPages);
    }

    /**
     * The pages of {@code part}, first and last: from its page to the page where the next part on a later page
     * begins (the part may run on into it), at most {@code most}. A table the layout does not print (政府采购 in
     * today's template when empty) turns to the 公开表; a part not printed at all, to the first pages.
     */
    public int[] pagesOf(PagePart part, int most) {
        Integer from = partPages.get(part);
        if (from == null && part instanceof PagePart.Table) {
            from = partPages.get(PagePart.of(cn.gongkai.domain.model.Section.TABLES));
        }
        if (from == null) {
            return new int[] {1, Math.min(pageCount, most)};
        }
        int to = pageCount;
        for (int p : partPages.values()) {
            if (p > from && p < to) {
                to = p; // the part may run on into the page where the next one begins
            }
        }
        return new int[] {from, Math.max(from, Math.min(to, from + most - 1))};
    }
}
