package cn.gongkai.domain.rules;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.Guess;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** What an import inferred and the officer has not confirmed yet: one 警告 each, placed on the field to confirm. */
public final class GuessesRule implements Rule {
    @Override
    public String id() {
        return "unconfirmed";
    }

    @Override
    public List<Problem> check(Draft d) {
        List<Problem> out = new ArrayList<>();
        for (Guess g : d.header().unconfirmed()) {
            HeaderField field = switch (g) {
                case FINANCE_LEVEL -> HeaderField.FINANCE_LEVEL;
            };
            out.add(Problems.warning(id(), Location.header(field, "基本信息 › " + field.label()),
                    g.label() + "“" + d.header().financeLevel().label() + "”是导入时由单位名称推断的，尚待确认",
                    "核对后在基本信息中按“确认”，或选择正确的级次"));
        }
        return out;
    }
}
