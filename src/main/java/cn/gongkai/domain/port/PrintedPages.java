package cn.gongkai.domain.port;

import java.util.Map;

/**
 * A disclosure typeset in memory for the live preview: the PDF's bytes and the page (from 1) each section heading
 * landed on, by the heading's text ("一、部门职责及机构设置情况").
 */
public record PrintedPages(byte[] pdf, int pageCount, Map<String, Integer> headingPages) {
    public PrintedPages {
        headingPages = Map.copyOf(headingPages);
    }

    /**
     * The pages of the section whose heading is {@code heading}, first and last: from its page to the page where
     * the next heading on a later page stands (the section may run on into it), at most {@code most}; the first
     * pages when the layout has no such heading (the post-reform 公开表).
     */
    public int[] pagesOf(String heading, int most) {
        Integer from = headingPages.get(heading);
        if (from == null) {
            return new int[] {1, Math.min(pageCount, most)};
        }
        int to = pageCount;
        for (int p : headingPages.values()) {
            if (p > from && p < to) {
                to = p; // the section may run on into the page where the next one starts
            }
        }
        return new int[] {from, Math.max(from, Math.min(to, from + most - 1))};
    }
}
