package cn.gongkai.importer;

import cn.gongkai.domain.Section;

import java.util.regex.Pattern;

/** Recognises the template's section headings in their many published variants, numbered or not. */
final class Headings {
    /** 一、 (一) （一） and, in some units' files, 1、 1. (1) for the sections themselves. */
    private static final Pattern NUMBERING = Pattern.compile("^([（(]?[一二三四五六七八九十]+[、.．)）]|[（(]?\\d{1,2}[、.．)）])\\s*");

    private Headings() {
    }

    /** The section this paragraph heads, or null when it is not a heading. */
    static Section section(String paragraph) {
        String t = paragraph.replaceAll("[\\s\u3000]+", "");
        if (t.length() > 40 || t.endsWith("。")) {
            return null;
        }
        boolean numbered = NUMBERING.matcher(t).find();
        String body = NUMBERING.matcher(t).replaceFirst("");
        if (body.startsWith("部门职责及机构设置")) {
            return Section.DUTIES;
        }
        if (body.contains("预算安排的总体情况") || body.equals("部门预算安排总体情况")) {
            return Section.BUDGET;
        }
        if (body.startsWith("机关运行经费安排")) {
            return Section.RUNNING_COSTS;
        }
        if (body.contains("三公") && body.contains("经费") && (numbered || body.contains("预算情况"))) {
            return Section.THREE_PUBLIC;
        }
        if (body.startsWith("绩效预算信息")) {
            return Section.PERFORMANCE;
        }
        if (body.startsWith("政府采购预算情况")) {
            return Section.PROCUREMENT;
        }
        if (body.startsWith("国有资产信息") || body.startsWith("国有资产占用")) {
            return Section.ASSETS;
        }
        if (body.equals("名词解释")) {
            return Section.GLOSSARY;
        }
        if (body.startsWith("其他需要说明的事项")) {
            return Section.OTHER;
        }
        return null;
    }
}
