package cn.gongkai.domain.model;

/**
 * A fact of the header that an import inferred rather than read: shown as 待确认 until the officer confirms it, and
 * the checks that depend on it report 警告, not 错误, meanwhile.
 */
public enum Guess {
    /** The finance level, inferred from the unit's name (乡/镇 → 乡镇, 街道 → its district's, 县 → 县级 …). */
    FINANCE_LEVEL("fl", "财政级次");

    private final String code;
    private final String label;

    Guess(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable code kept in the store. */
    public String code() {
        return code;
    }

    /** The word shown to the officer and written in the exchange file. */
    public String label() {
        return label;
    }

    /** The import report's line for this guess about {@code h}: what was inferred, from what, and where to confirm it. */
    public String reportLine(DraftHeader h) {
        String how = switch (this) {
            case FINANCE_LEVEL -> FinanceLevel.fromUnitName(h.unitName()).isPresent()
                    ? "按单位名称推断为" + h.financeLevel().label()
                    : "单位名称看不出级次，暂按" + h.financeLevel().label();
        };
        return "待确认：" + label + how + "（请在“基本信息”中核对并确认；确认前，依赖它的检查只作警告）";
    }

    public static Guess fromCode(String code) {
        for (Guess g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("未知的待确认项：" + code);
    }

    public static Guess fromLabel(String label) {
        for (Guess g : values()) {
            if (g.label.equals(label)) {
                return g;
            }
        }
        throw new IllegalArgumentException("未知的待确认项：" + label);
    }
}
