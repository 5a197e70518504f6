package cn.gongkai.domain.versions;

/** Why a version of a draft was kept. */
public enum VersionSource {
    PDF("导出PDF"),
    WORD("导出Word"),
    FINAL("定稿"),
    MANUAL("保存版本"),
    RESTORE("恢复前");

    private final String label;

    VersionSource(String label) {
        this.label = label;
    }

    /** As listed: "导出PDF", "定稿", … */
    public String label() {
        return label;
    }
}
