package cn.gongkai.domain.model;

/** 错误 must be fixed before publication (the export marks the PDF 草稿); 警告 deserves a look. */
public enum Severity {
    ERROR("错误"),
    WARNING("警告");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
