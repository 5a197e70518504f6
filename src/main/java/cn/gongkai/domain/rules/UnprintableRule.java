package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.GlossaryEntry;
import cn.gongkai.domain.model.ListTable;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.port.Glyphs;
import cn.gongkai.domain.writing.Narratives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Characters the printed disclosure cannot show are reported before export, where they stand, not printed as
 * blank boxes: characters the fonts lack (rare CJK of extension B, emoji) and invisible control characters pasted
 * in with the text.
 */
public final class UnprintableRule implements Rule {
    private final Glyphs glyphs;

    public UnprintableRule(Glyphs glyphs) {
        this.glyphs = glyphs;
    }

    @Override
    public String id() {
        return "unprintable";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        for (TextKey k : TextKey.values()) {
            check(Narratives.text(d, k), Location.of(k), out);
        }
        List<GlossaryEntry> glossary = d.glossary();
        for (int i = 0; i < glossary.size(); i++) {
            GlossaryEntry g = glossary.get(i);
            check(g.term() + g.definition(), Location.row(ListTable.GLOSSARY, i, "名词解释 › " + (i + 1) + "、" + g.term()),
                    out);
        }
        List<Duty> duties = d.performance().duties();
        for (int di = 0; di < duties.size(); di++) {
            Duty duty = duties.get(di);
            check(String.join("", duty.name(), duty.fields().description(), duty.fields().target()),
                    Location.perf(PerfPath.duty(di), duty.name()), out);
            List<Activity> acts = duty.activities();
            for (int ai = 0; ai < acts.size(); ai++) {
                Activity a = acts.get(ai);
                check(String.join("", a.name(), a.fields().description(), a.fields().target()),
                        Location.perf(PerfPath.activity(di, ai), a.name()), out);
                List<Indicator> inds = a.indicators();
                for (int ii = 0; ii < inds.size(); ii++) {
                    Indicator ind = inds.get(ii);
                    check(String.join("", ind.name(), ind.excellent(), ind.good(), ind.fair(), ind.poor()),
                            Location.perf(PerfPath.indicator(di, ai, ii), ind.name()), out);
                }
            }
        }
        return out;
    }

    private void check(String text, Location where, List<Problem> out) {
        int bad = text.codePoints().filter(c -> c != '\n' && c != '\t' && (Character.isISOControl(c)
                || !glyphs.printable(c))).findFirst().orElse(-1);
        if (bad < 0) {
            return;
        }
        String code = String.format(Locale.ROOT, "U+%04X", bad);
        if (Character.isISOControl(bad)) {
            out.add(Problems.warning(id(), where, where.label() + "中有看不见的控制字符（" + code + "），多半是粘贴时带进来的",
                    "删除它：打印时它会占位或显示为方框"));
        } else {
            out.add(Problems.warning(id(), where, where.label() + "中的“" + Character.toString(bad) + "”（" + code
                    + "）打印字体中没有，PDF 里会是空白方框", "改用常用字或文字说明；Word 文件中可换用含此字的字体"));
        }
    }
}
