package cn.gongkai.domain.targets;

/** How a target value compares: 指标值 "≥95%" is AT_LEAST 95 %. */
public enum Comparison {
    AT_LEAST("≥"),
    AT_MOST("≤"),
    ABOVE(">"),
    BELOW("<"),
    EQUAL("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether a higher value is better (≥, >); ≤ and < aim low; = is neither. */
    public boolean higherIsBetter() {
        return this == AT_LEAST || this == ABOVE;
    }
}
