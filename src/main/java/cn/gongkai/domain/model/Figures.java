package cn.gongkai.domain.model;

import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The draft's figures: an immutable map from {@link FigureKey} to an exact amount; a missing key is "not entered". */
public final class Figures {
    public static final Figures EMPTY = new Figures(new EnumMap<>(FigureKey.class));

    private final EnumMap<FigureKey, BigDecimal> values;

    private Figures(EnumMap<FigureKey, BigDecimal> values) {
        this.values = values;
    }

    public static Figures of(Map<FigureKey, BigDecimal> values) {
        EnumMap<FigureKey, BigDecimal> copy = new EnumMap<>(FigureKey.class);
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, Amounts.normalize(v));
            }
        });
        return new Figures(copy);
    }

    /** The figure, or null when it has not been entered. */
    public BigDecimal get(FigureKey key) {
        return values.get(key);
    }

    public boolean has(FigureKey key) {
        return values.containsKey(key);
    }

    public Figures with(FigureKey key, BigDecimal value) {
        EnumMap<FigureKey, BigDecimal> copy = new EnumMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, Amounts.normalize(value));
        }
        return new Figures(copy);
    }

    /** The entered figures in key order. */
    public Map<FigureKey, BigDecimal> asMap() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && f.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
