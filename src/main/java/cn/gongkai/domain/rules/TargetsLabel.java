package cn.gongkai.domain.rules;

import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.Targets;

/** How a problem names a place in the three-level forms ("项目支出绩效目标表 › 环境整治 › 产出指标 › 垃圾清运量"). */
final class TargetsLabel {
    private TargetsLabel() {
    }

    static String form(Targets t, int form) {
        return form < 0 ? "部门整体支出绩效目标表" : "项目支出绩效目标表 › " + (t.projects().get(form).name().isEmpty()
                ? "第" + (form + 1) + "个项目" : t.projects().get(form).name());
    }

    static String of(Targets t, int form, TargetIndicator x) {
        return form(t, form) + " › " + x.level1().label() + " › " + (x.name().isEmpty() ? "（未命名）" : x.name());
    }
}
