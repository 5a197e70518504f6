package cn.gongkai.domain.money;

/** The unit a money amount is written in. 万元 amounts are exact to the 分 (six decimals), 元 amounts to two. */
public enum MoneyUnit {
    YUAN("元", 2),
    WAN_YUAN("万元", 6);

    private final String label;
    private final int maxScale;

    MoneyUnit(String label, int maxScale) {
        this.label = label;
        this.maxScale = maxScale;
    }

    public String label() {
        return label;
    }

    /** Most decimals an amount in this unit may carry without going below one 分. */
    public int maxScale() {
        return maxScale;
    }

    public static MoneyUnit fromLabel(String label) {
        for (MoneyUnit u : values()) {
            if (u.label.equals(label)) {
                return u;
            }
        }
        throw new IllegalArgumentException("未知的金额单位：" + label);
    }
}
