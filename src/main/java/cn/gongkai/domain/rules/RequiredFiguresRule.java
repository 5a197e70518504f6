package cn.gongkai.domain.rules;

import cn.gongkai.domain.Draft;
import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.Location;
import cn.gongkai.domain.Problem;
import cn.gongkai.domain.Severity;

import java.util.List;

/** Figures every disclosure states; a missing one is an error ("0" is a valid figure, an empty field is not). */
public record RequiredFiguresRule(List<FigureKey> required) implements Rule {
    public RequiredFiguresRule {
        required = List.copyOf(required);
    }

    @Override
    public String id() {
        return "figure-missing";
    }

    @Override
    public List<Problem> check(Draft draft) {
        return required.stream().filter(k -> !draft.figures().has(k))
                .map(k -> new Problem(id(), Severity.ERROR, Location.of(k), "尚未填写" + k.label(),
                        "填写本年度的数字；没有的填 0"))
                .toList();
    }
}
