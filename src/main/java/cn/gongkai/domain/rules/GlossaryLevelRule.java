package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 名词解释 must name the unit's own finance level ("指县级财政…" for a county unit, not 省级). A district's finance is
 * of the county tier, so 县级 is accepted for a 区级 unit. While the level is an import's guess the finding is a
 * 警告: the guess, not the text, may be what is wrong.
 */
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
        boolean guessed = d.header().isGuess(Guess.FINANCE_LEVEL);
        List<GlossaryEntry> entries = d.glossary();
        for (int i = 0; i < entries.size(); i++) {
            Matcher m = LEVEL.matcher(entries.get(i).definition());
            while (m.find()) {
                if (!fits(m.group(1), level)) {
                    Location where = Location.row(ListTable.GLOSSARY, i, "名词解释 › " + (i + 1) + "、"
                            + entries.get(i).term());
                    String what = "名词解释“" + entries.get(i).term() + "”写“" + m.group() + "”，本单位属" + level.label()
                            + "财政";
                    String fix = "改为“" + level.label() + m.group(2) + "”";
                    out.add(guessed ? Problems.warning(id(), where, what + "（财政级次是导入时推断的，尚待确认）",
                            "先在基本信息中确认财政级次，再" + fix) : Problems.error(id(), where, what, fix));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean fits(String written, FinanceLevel level) {
        return written.equals(level.label()) || (level == FinanceLevel.DISTRICT && written.equals("县级"));
    }
}
