package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.TextKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year in the officer's own text that is neither the budget year nor the year before is usually last year's
 * text copied forward.
 */
public final class YearsRule implements Rule {
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");

    @Override
    public String id() {
        return "years";
    }

    @Override
    public List<Problem> check(Draft d) {
        int y = d.header().budgetYear();
        List<Problem> out = new ArrayList<>();
        for (var e : d.texts().asMap().entrySet()) {
            Narrative n = e.getValue();
            if (!n.custom()) {
                continue;
            }
            Set<Integer> odd = new TreeSet<>();
            Matcher m = YEAR.matcher(n.text());
            while (m.find()) {
                int found = Integer.parseInt(m.group(1));
                if (found != y && found != y - 1) {
                    odd.add(found);
                }
            }
            if (!odd.isEmpty()) {
                TextKey k = e.getKey();
                out.add(Problems.warning(id(), Location.of(k), "“" + k.label() + "”中提到" + odd.stream()
                                .map(v -> v + "年").reduce((a, b) -> a + "、" + b).orElse("") + "，既不是预算年度" + y
                                + "年也不是上年", "若是沿用往年的文字，请改为本年度"));
            }
        }
        return out;
    }
}
