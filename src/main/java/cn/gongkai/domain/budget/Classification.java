package cn.gongkai.domain.budget;

import java.util.Optional;

/**
 * The two classifications of expenditure subjects in 《政府收支分类科目》: by function (功能分类, 类/款/项 with 3, 5
 * and 7 digits) and by economic nature (部门预算支出经济分类, 类/款 with 3 and 5 digits).
 */
public enum Classification {
    FUNCTION("功能分类", 7),
    ECONOMIC("经济分类", 5);

    private static final String[] LEVELS = {"类", "款", "项"};
    private final String label;
    private final int maxLength;

    Classification(String label, int maxLength) {
        this.label = label;
        this.maxLength = maxLength;
    }

    public String label() {
        return label;
    }

    /** 1 for a 类, 2 for a 款, 3 for a 项; 0 when the text is not a code of this classification. */
    public int level(String code) {
        if (code == null || !code.matches("\\d+")) {
            return 0;
        }
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> maxLength == 7 ? 3 : 0;
            default -> 0;
        };
    }

    public boolean isCode(String code) {
        return level(code) > 0;
    }

    /** "类", "款" or "项". */
    public static String levelName(int level) {
        return LEVELS[level - 1];
    }

    /** The code one level up (2010101 → 20101 → 201); empty for a 类. */
    public Optional<String> parent(String code) {
        return switch (level(code)) {
            case 2 -> Optional.of(code.substring(0, 3));
            case 3 -> Optional.of(code.substring(0, 5));
            default -> Optional.empty();
        };
    }
}
