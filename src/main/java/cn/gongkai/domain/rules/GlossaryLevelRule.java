package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.FinanceLevel;
import cn.gongkai.domain.GlossaryEntry;
import cn.gongkai.domain.ListTable;
import cn.gongkai.domain.Location;
import cn.gongkai.domain.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 名词解释 must name the unit's own finance level ("指县级财政…" for a county unit, not 省级). */
public final class GlossaryLevelRule implements Rule {
    private static final Pattern LEVEL = Pattern.compile("(省级|市级|县级|区级|乡镇)(财政|部门)");

    @Override
    public String id() {
        return "glossary-level";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        FinanceLevel level = d.header().financeLevel();
        List<GlossaryEntry> entries = d.glossary();
        for (int i = 0; i < entries.size(); i++) {
            Matcher m = LEVEL.matcher(entries.get(i).definition());
            while (m.find()) {
                if (!m.group(1).equals(level.label())) {
                    out.add(Problems.error(id(), Location.row(ListTable.GLOSSARY, i,
                                    "名词解释 › " + (i + 1) + "、" + entries.get(i).term()),
                            "名词解释“" + entries.get(i).term() + "”写“" + m.group() + "”，本单位属" + level.label()
                                    + "财政", "改为“" + level.label() + m.group(2) + "”"));
                    break;
                }
            }
        }
        return out;
    }
}
