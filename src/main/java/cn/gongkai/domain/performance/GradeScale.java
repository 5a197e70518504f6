package cn.gongkai.domain.performance;

/** How many grades an indicator's 评价标准 uses: the usual 优/良/中/差, or two (完成/未完成). */
public enum GradeScale {
    FOUR,
    TWO
}
