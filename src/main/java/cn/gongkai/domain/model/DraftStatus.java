package cn.gongkai.domain.model;

/** 草稿 while the officer works on it, 定稿 once approved for publication (then read-only until reopened). */
public enum DraftStatus {
    DRAFT("草稿"),
    FINAL("定稿");

    private final String label;

    DraftStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static DraftStatus fromLabel(String label) {
        for (DraftStatus s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("未知的状态：" + label);
    }
}
