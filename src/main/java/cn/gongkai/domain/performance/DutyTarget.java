package cn.gongkai.domain.performance;

import java.util.Objects;

/** One 职责分类绩效目标 paragraph: the duty's name and its target text. */
public record DutyTarget(String name, String text) {
    public DutyTarget {
        name = Objects.requireNonNullElse(name, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
