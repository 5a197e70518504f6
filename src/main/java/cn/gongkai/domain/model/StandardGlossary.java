package cn.gongkai.domain.model;

import java.util.List;

/** The standard 名词解释 entries, worded for a finance level ("指县级财政当年拨付的资金"). */
public record StandardGlossary(List<GlossaryEntry> template) {
    public static final String LEVEL_PLACEHOLDER = "{级}";

    public StandardGlossary {
        template = List.copyOf(template);
    }

    public List<GlossaryEntry> forLevel(FinanceLevel level) {
        return template.stream()
                .map(e -> new GlossaryEntry(e.term(), e.definition().replace(LEVEL_PLACEHOLDER, level.label())))
                .toList();
    }

    /** Parses the resource format: one "term TAB definition" per line, '#' starts a comment line. */
    public static StandardGlossary parse(String text) {
        return new StandardGlossary(text.lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> {
                    int tab = l.indexOf('\t');
                    if (tab < 0) {
                        throw new IllegalArgumentException("名词解释模板行缺少制表符：" + l);
                    }
                    return new GlossaryEntry(l.substring(0, tab).strip(), l.substring(tab + 1).strip());
                })
                .toList());
    }
}
