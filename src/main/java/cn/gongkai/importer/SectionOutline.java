package cn.gongkai.importer;

import cn.gongkai.domain.model.Section;
import cn.gongkai.importer.Headings.Candidate;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which paragraphs head the nine sections, decided over the whole document rather than line by line: a document
 * has a top-level numbering of its own ("二、", "第二部分", or none), and sub-headings inside a section ("一、收入预算"
 * under "第二部分") or a 目录 listing every heading must not start sections. Each section takes its best candidate:
 * numbered in the document's top style with the section's own number, else worded as the template, else numbered,
 * else the first; a weak candidate (unnumbered, worded otherwise) only between the headings of its neighbours.
 */
final class SectionOutline {
    /** Where each found section's heading stands (block index), in the document's order; the 目录's blocks. */
    record Result(Map<Section, Integer> headings, Set<Integer> contents) {
    }

    private record Found(int index, Candidate c) {
    }

    private SectionOutline() {
    }

    static Result of(List<Block> blocks) {
        List<Found> all = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Para p) {
                int at = i;
                Headings.candidate(p.text()).ifPresent(c -> all.add(new Found(at, c)));
            }
        }
        Set<Integer> contents = contents(blocks, all);
        List<Found> found = all.stream().filter(f -> !contents.contains(f.index())).toList();
        Optional<Numbering.Style> top = topStyle(found);
        Map<Section, Found> best = new EnumMap<>(Section.class);
        for (Found f : found) {
            Found had = best.get(f.c().section());
            if (had == null || rank(f.c(), top) > rank(had.c(), top)) {
                best.put(f.c().section(), f);
            }
        }
        // a weak heading only where it keeps the template's order with the strong ones
        List<Section> weak = best.values().stream().filter(f -> rank(f.c(), top) <= 1).map(f -> f.c().section()).toList();
        for (Section s : weak) {
            Found f = best.get(s);
            if (!inOrder(best, s, f.index(), top)) {
                best.remove(s);
                found.stream().filter(o -> o.c().section() == s && inOrder(best, s, o.index(), top)).findFirst()
                        .ifPresent(o -> best.put(s, o));
            }
        }
        Map<Section, Integer> headings = new EnumMap<>(Section.class);
        best.forEach((s, f) -> headings.put(s, f.index()));
        return new Result(headings, contents);
    }

    /**
     * 3: numbered in the top style with the section's number; 2: worded as the template; 1: numbered; 0: neither.
     */
    private static int rank(Candidate c, Optional<Numbering.Style> top) {
        if (c.numbering().isPresent() && top.isPresent() && c.numbering().get().style() == top.get()
                && c.numbering().get().ordinal() == c.section().ordinal()) {
            return 3;
        }
        return c.exact() ? 2 : c.numbered() ? 1 : 0;
    }

    /** The style most candidates use with their section's own number (二 for 二、部门预算…), if any does so twice. */
    private static Optional<Numbering.Style> topStyle(List<Found> found) {
        Map<Numbering.Style, Set<Section>> bySections = new EnumMap<>(Numbering.Style.class);
        for (Found f : found) {
            f.c().numbering().filter(n -> n.ordinal() == f.c().section().ordinal())
                    .ifPresent(n -> bySections.computeIfAbsent(n.style(), k -> new HashSet<>()).add(f.c().section()));
        }
        return bySections.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).map(Map.Entry::getKey);
    }

    /** Whether {@code s}'s heading at {@code index} stands after every earlier section's and before every later one's. */
    private static boolean inOrder(Map<Section, Found> best, Section s, int index, Optional<Numbering.Style> top) {
        for (Map.Entry<Section, Found> e : best.entrySet()) {
            if (e.getKey() == s || rank(e.getValue().c(), top) <= 1) {
                continue;
            }
            int other = e.getValue().index();
            if (e.getKey().ordinal() < s.ordinal() ? other > index : other < index) {
                return false;
            }
        }
        return true;
    }

    /**
     * A 目录: three or more candidates of different sections one after another with nothing between them but a
     * "目录" line, whose sections are headed again later. Its blocks are not content.
     */
    private static Set<Integer> contents(List<Block> blocks, List<Found> all) {
        Set<Integer> out = new HashSet<>();
        int i = 0;
        while (i < all.size()) {
            int j = i;
            while (j + 1 < all.size() && onlyContentsBetween(blocks, all.get(j).index(), all.get(j + 1).index())) {
                j++;
            }
            List<Found> run = all.subList(i, j + 1);
            Set<Section> sections = new HashSet<>();
            run.forEach(f -> sections.add(f.c().section()));
            int last = run.get(run.size() - 1).index();
            boolean again = all.stream().anyMatch(f -> f.index() > last && sections.contains(f.c().section()));
            if (sections.size() >= 3 && again) {
                run.forEach(f -> out.add(f.index()));
                for (int k = run.get(0).index() - 1; k >= 0 && isContentsTitle(blocks.get(k)); k--) {
                    out.add(k);
                }
            }
            i = j + 1;
        }
        return Collections.unmodifiableSet(out);
    }

    private static boolean onlyContentsBetween(List<Block> blocks, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!isContentsTitle(blocks.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isContentsTitle(Block b) {
        return b instanceof Para p && SectionBlocks.squeeze(p.text()).matches("目录|目次|目\\s*录");
    }
}
