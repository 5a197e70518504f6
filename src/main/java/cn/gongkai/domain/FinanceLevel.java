package cn.gongkai.domain;

/** The finance level a budget unit belongs to; drives wording such as "县级财政" in the glossary. */
public enum FinanceLevel {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    DISTRICT("区级"),
    TOWNSHIP("乡镇");

    private final String label;

    FinanceLevel(String label) {
        this.label = label;
    }

    /** The word used before 财政/部门, e.g. 县级 in "县级财政当年拨付的资金". */
    public String label() {
        return label;
    }

    public static FinanceLevel fromLabel(String label) {
        for (FinanceLevel l : values()) {
            if (l.label.equals(label)) {
                return l;
            }
        }
        throw new IllegalArgumentException("未知的财政级次：" + label);
    }
}
