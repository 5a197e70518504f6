package cn.gongkai.domain.rules;

import cn.gongkai.domain.budget.TemplateProfile;
import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Problem;
import cn.gongkai.domain.model.Severity;

import java.util.List;

/**
 * Figures every disclosure states; a missing one is an error ("0" is a valid figure, an empty field is not). Some
 * are required by the 2018–2020 template only (its 比上年增减情况 compares the whole budget with last year's).
 */
public record RequiredFiguresRule(List<FigureKey> required, List<FigureKey> beforeReformOnly) implements Rule {
    public RequiredFiguresRule {
        required = List.copyOf(required);
        beforeReformOnly = List.copyOf(beforeReformOnly);
    }

    public RequiredFiguresRule(List<FigureKey> required) {
        this(required, List.of());
    }

    @Override
    public String id() {
        return "figure-missing";
    }

    @Override
    public List<Problem> check(Draft draft) {
        boolean reformed = draft.header().profile() != TemplateProfile.HEBEI_2018;
        return required.stream().filter(k -> !draft.figures().has(k))
                .filter(k -> !(reformed && beforeReformOnly.contains(k)))
                .map(k -> new Problem(id(), Severity.ERROR, Location.of(k), "尚未填写" + k.label(),
                        "填写本年度的数字；没有的填 0"))
                .toList();
    }
}
