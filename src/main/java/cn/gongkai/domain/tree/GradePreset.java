package cn.gongkai.domain.tree;

import cn.gongkai.domain.performance.GradeScale;

import java.util.List;

/** The threshold presets officers use most, applied to one or many indicators at once. */
public record GradePreset(String label, List<String> grades, GradeScale scale) {
    public static final List<GradePreset> STANDARD = List.of(
            new GradePreset("≥90% / ≥80% / ≥70% / <70%", List.of("≥90%", "≥80%", "≥70%", "<70%"), GradeScale.FOUR),
            new GradePreset("100% / ≥95% / ≥90% / <90%", List.of("100%", "≥95%", "≥90%", "<90%"), GradeScale.FOUR),
            new GradePreset("≥4 / 3 / 2 / ≤1", List.of("≥4", "3", "2", "≤1"), GradeScale.FOUR),
            new GradePreset("按时完成 / 延迟5天以内 / 延迟10天以内 / 延迟10天以上",
                    List.of("按时完成", "延迟5天以内", "延迟10天以内", "延迟10天以上"), GradeScale.FOUR),
            new GradePreset("完成 / 未完成（两档）", List.of("完成", "未完成", "", ""), GradeScale.TWO));

    /** The officer's own four (or two) grades. */
    public static GradePreset own(String excellent, String good, String fair, String poor) {
        boolean two = fair.isBlank() && poor.isBlank();
        return new GradePreset("自定义", List.of(excellent.strip(), good.strip(), fair.strip(), poor.strip()),
                two ? GradeScale.TWO : GradeScale.FOUR);
    }
}
