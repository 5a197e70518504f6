package cn.gongkai.importer;

import cn.gongkai.domain.model.Section;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a paragraph that may head one of the nine sections, in the wordings units publish: the template's
 * ("二、部门预算安排的总体情况"), its variants ("二、2018年部门预算收支情况说明", "第二部分  部门预算安排的总体情况",
 * "部门预算安排的总体情况……2"), numbered in any style or not at all. Which candidate really heads its section is
 * decided over the whole document ({@link SectionOutline}).
 */
final class Headings {
    /** A paragraph that may head {@code section}; {@code exact} when it is worded as the template. */
    record Candidate(Section section, Optional<Numbering> numbering, boolean exact) {
        boolean numbered() {
            return numbering.isPresent();
        }
    }

    private record Concept(Section section, Pattern words, Pattern exact, Pattern unless) {
    }

    private static Concept concept(Section s, String words, String exact, String unless) {
        return new Concept(s, Pattern.compile(words), Pattern.compile("^(?:" + exact + ")"),
                Pattern.compile(unless.isEmpty() ? "(?!)" : unless));
    }

    /** In the order tried: 三公 and 机关运行经费 before the general 预算 words of section 二. */
    private static final List<Concept> CONCEPTS = List.of(
            concept(Section.THREE_PUBLIC, "三公", "(?:财政拨款)?“?三公”?经费(?:预算)?(?:安排)?情况", ""),
            concept(Section.RUNNING_COSTS, "机关运行经费", "机关运行经费安排", ""),
            concept(Section.PERFORMANCE, "绩效", "绩效预算信息", "职责|活动|指标|评价|标准"),
            concept(Section.PROCUREMENT, "政府采购", "政府采购预算情况", ""),
            concept(Section.ASSETS, "国有资产|资产占用|固定资产", "国有资产信息|国有资产占用", ""),
            concept(Section.GLOSSARY, "名词解释|名词说明|术语解释|专业名词|名词释义", "名词解释$", ""),
            concept(Section.OTHER, "其他(?:需要|需)?(?:说明|公开)的?(?:事项|情况|内容)|其他事项|其他说明|需要说明的其他",
                    "其他需要说明的事项", ""),
            concept(Section.DUTIES, "职责|职能|机构设置|内设机构|部门概况|单位概况|基本情况", "部门职责及机构设置",
                    "绩效|目标|、"),
            concept(Section.BUDGET, "预算安排|收支|预算情况|总体情况|预算概况|预算说明",
                    "部门预算安排的?总体情况", "表$|采购|资产"));

    /** A table of contents' leader and page number: "……………1", "···· 2", " 3". */
    private static final Pattern LEADER = Pattern.compile("(?:[.．…·\\-—_]{2,}\\s*\\d{0,3}|\\s\\d{1,3})$");
    /** What may stand between the number and a section's words: a year, "本部门", "单位". */
    private static final Pattern OPENING = Pattern.compile("^(?:\\d{4}年度?|本?部门|本?单位)+");
    /** Text after a colon: "绩效目标:建立完善…" is a labelled line, not a heading. */
    private static final Pattern LABELLED = Pattern.compile("[：:].+");
    private static final Pattern AMOUNT = Pattern.compile("\\d(?:万元|元)");

    private Headings() {
    }

    /** The section this paragraph may head, or null. */
    static Section section(String paragraph) {
        return candidate(paragraph).map(Candidate::section).orElse(null);
    }

    /** The heading candidate this paragraph is, if any. */
    static Optional<Candidate> candidate(String paragraph) {
        String t = LEADER.matcher(SectionBlocks.squeeze(paragraph)).replaceFirst("");
        if (t.isEmpty() || t.length() > 40 || t.matches(".*[。；;，,]$") || AMOUNT.matcher(t).find()) {
            return Optional.empty();
        }
        Optional<Numbering> numbering = Numbering.of(t);
        String body = t.substring(numbering.map(Numbering::length).orElse(0));
        if (LABELLED.matcher(body).find() || body.isEmpty()) {
            return Optional.empty();
        }
        String whole = body.replaceAll("[：:]$", "");
        String words = OPENING.matcher(whole).replaceFirst("");
        for (Concept c : CONCEPTS) {
            if (c.words().matcher(words).find() && !c.unless().matcher(words).find()) {
                boolean exact = c.exact().matcher(whole).find() || c.exact().matcher(words).find();
                return Optional.of(new Candidate(c.section(), numbering, exact));
            }
        }
        return Optional.empty();
    }
}
