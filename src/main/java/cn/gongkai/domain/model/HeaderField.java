package cn.gongkai.domain.model;

/** The fields of a draft's header (基本信息), and the asset table's 截止时间 that is kept with them. */
public enum HeaderField {
    UNIT_NAME(Section.DUTIES, "单位名称"),
    UNIT_CODE(Section.DUTIES, "单位编码"),
    FINANCE_LEVEL(Section.DUTIES, "财政级次"),
    APPROVAL_DATE(Section.DUTIES, "预算批复日期"),
    ASSETS_AS_OF(Section.ASSETS, "固定资产截止时间");

    private final Section section;
    private final String label;

    HeaderField(Section section, String label) {
        this.section = section;
        this.label = label;
    }

    public Section section() {
        return section;
    }

    public String label() {
        return label;
    }
}
