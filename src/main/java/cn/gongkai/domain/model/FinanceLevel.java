package cn.gongkai.domain.model;

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

    /**
     * The level a unit belongs to, read from its name: a 乡 or 镇 government is 乡镇; a 街道办事处 has the level of
     * the district (区) or county it belongs to; otherwise the last of 省/市/县/区 in the name ("青龙满族自治县人民政府办公室"
     * → 县级, "廊坊市广阳区财政局" → 区级). Empty when the name says nothing about it.
     */
    public static java.util.Optional<FinanceLevel> fromUnitName(String name) {
        String n = name == null ? "" : name.replaceAll("[\\s\u3000]+", "");
        if (TOWNSHIP_NAME.matcher(n).find()) {
            return java.util.Optional.of(TOWNSHIP);
        }
        int street = n.indexOf("街道");
        String before = street >= 0 ? n.substring(0, street) : n;
        FinanceLevel found = null;
        java.util.regex.Matcher m = ADMINISTRATIVE.matcher(before);
        while (m.find()) {
            found = switch (m.group(1)) {
                case "省" -> PROVINCE;
                case "市" -> CITY;
                case "区" -> DISTRICT;
                default -> COUNTY;
            };
        }
        if (street >= 0 && found == CITY) {
            found = COUNTY; // a 街道 directly under a 市 belongs to a county-level city
        }
        return java.util.Optional.ofNullable(found);
    }

    /** A 乡 or 镇 itself: its government, Party committee, 人大 or 财政所 — not 乡村振兴局. */
    private static final java.util.regex.Pattern TOWNSHIP_NAME = java.util.regex.Pattern.compile(
            "[^村](乡|镇)(人民政府|政府|党委|委员会|人民代表大会|人大|财政所|$)|^[^村]*(乡|镇)$");
    /** 省, 市, 县 (自治县, 县级市) or 区 ending a place name, not inside words such as 市场 or 区域. */
    private static final java.util.regex.Pattern ADMINISTRATIVE = java.util.regex.Pattern.compile(
            "(省|市|县|区)(?![场域级委政监])");
}
