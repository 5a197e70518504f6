package cn.gongkai;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The sample with a performance tree of a given size (50 × 10 × 10 is the benchmark's 5,000 indicators). */
public final class SyntheticDraft {
    private SyntheticDraft() {
    }

    public static Draft of(int duties, int activities, int indicators) {
        Draft sample = TestData.sample();
        List<Duty> ds = new ArrayList<>();
        for (int d = 1; d <= duties; d++) {
            List<Activity> as = new ArrayList<>();
            for (int a = 1; a <= activities; a++) {
                List<Indicator> is = new ArrayList<>();
                for (int i = 1; i <= indicators; i++) {
                    is.add(new Indicator("指标" + d + "-" + a + "-" + i + "完成率", "≥90%", "≥80%", "≥70%", "＜70%",
                            GradeScale.FOUR));
                }
                as.add(new Activity("工作活动" + d + "-" + a, new BigDecimal("1.25"),
                        "开展第" + a + "项工作，保障各项任务按时完成，提升服务质量和群众满意度。",
                        "按时完成全年任务，群众满意度达到90%以上。", is));
            }
            ds.add(new Duty("部门职责" + d, new BigDecimal("12.5"), "履行第" + d + "项职责。", "完成年度目标。", as));
        }
        return sample.withPerformance(sample.performance().withDuties(ds));
    }
}
