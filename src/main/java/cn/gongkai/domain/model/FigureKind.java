package cn.gongkai.domain.model;

/** What a figure measures; decides its unit and how many decimals it may have. */
public enum FigureKind {
    MONEY,
    AREA,
    COUNT
}
