package cn.gongkai.domain.targets;

import java.util.List;
import java.util.Optional;

/** 一级指标 of the three-level form, with the 二级 names the national rules list under it. */
public enum Level1 {
    OUTPUT("产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
    COST("成本指标", List.of("经济成本指标", "社会成本指标", "生态环境成本指标")),
    BENEFIT("效益指标", List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")),
    SATISFACTION("满意度指标", List.of("服务对象满意度指标"));

    private final String label;
    private final List<String> level2;

    Level1(String label, List<String> level2) {
        this.label = label;
        this.level2 = level2;
    }

    public String label() {
        return label;
    }

    /** The usual 二级 names under this 一级, as printed ("数量指标"). */
    public List<String> level2() {
        return level2;
    }

    /** "产出", "产出指标", "一、产出指标", "效益" … → the level; empty for anything else. */
    public static Optional<Level1> parse(String text) {
        String t = text == null ? "" : text.replaceAll("[\\s一二三四五、.．\\d]", "");
        for (Level1 l : values()) {
            String stem = l.label.substring(0, l.label.length() - 2);
            if (t.equals(stem) || t.equals(l.label) || t.equals(stem + "类指标")) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The 二级 name as printed: "数量" → "数量指标"; a name of its own kept as written. */
    public static String level2Name(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s", "");
        if (t.isEmpty() || t.endsWith("指标")) {
            return t;
        }
        for (Level1 l : values()) {
            for (String n : l.level2) {
                if (n.equals(t + "指标")) {
                    return n;
                }
            }
        }
        return t;
    }
}
