package cn.gongkai.exchange;

import cn.gongkai.domain.model.BadInputException;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A JSON node together with its path in the file ("performance.duties[2].activities[0].amount"), so every
 * complaint says exactly where the problem is.
 */
final class Field {
    private final JsonNode node;
    private final String path;

    Field(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    String path() {
        return path;
    }

    BadInputException error(String what) {
        return new BadInputException("交换文件有误：" + (path.isEmpty() ? "" : path + "：") + what);
    }

    Field child(String name) {
        JsonNode n = node.get(name);
        return new Field(n, path.isEmpty() ? name : path + "." + name);
    }

    boolean missing() {
        return node == null || node.isNull();
    }

    Field object() {
        if (node == null || !node.isObject()) {
            throw error("应为对象（{…}）" + found());
        }
        return this;
    }

    String string() {
        if (node == null || !node.isTextual()) {
            throw error("应为文字（\"…\"）" + found());
        }
        return node.textValue();
    }

    String optString() {
        return missing() ? null : string();
    }

    /** A text field of an object; a missing one reads as "". */
    String text(String name) {
        Field f = child(name);
        return f.missing() ? "" : f.string();
    }

    int integer(int min, int max) {
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw error("应为整数" + found());
        }
        int v = node.intValue();
        if (v < min || v > max) {
            throw error("数值 " + v + " 超出允许范围 " + min + "～" + max);
        }
        return v;
    }

    Integer optCount() {
        return missing() ? null : integer(0, 1_000_000);
    }

    boolean bool() {
        if (node == null || !node.isBoolean()) {
            throw error("应为 true 或 false" + found());
        }
        return node.booleanValue();
    }

    boolean optBool(boolean fallback) {
        return missing() ? fallback : bool();
    }

    /** An exact, non-negative amount written as a string; null when missing. */
    BigDecimal amount(MoneyUnit unit) {
        if (missing()) {
            return null;
        }
        String s = string();
        BigDecimal v;
        try {
            v = Amounts.parse(s, unit);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
        if (v.signum() < 0) {
            throw error("金额不能为负数：" + s);
        }
        return v;
    }

    LocalDate optDate() {
        String s = optString();
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw error("“" + s + "”不是有效日期（应为 2019-12-31 这样的格式）");
        }
    }

    <T> T choice(Function<String, T> parse) {
        String s = string();
        try {
            return parse.apply(s);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** The elements of an array (missing reads as empty), each read by {@code reader}. */
    <T> List<T> list(Function<Field, T> reader) {
        if (missing()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error("应为列表（[…]）" + found());
        }
        List<T> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(reader.apply(new Field(node.get(i), path + "[" + i + "]")));
        }
        return out;
    }

    /** The members of an object, each as a field named by its key. */
    List<Map.Entry<String, Field>> members() {
        if (missing()) {
            return List.of();
        }
        object();
        List<Map.Entry<String, Field>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(Map.entry(e.getKey(), new Field(e.getValue(), path + "[\"" + e.getKey() + "\"]")));
        }
        return out;
    }

    int size() {
        return node == null ? 0 : node.size();
    }

    private String found() {
        if (node == null) {
            return "，但缺少此项";
        }
        String shown = node.toString();
        return "，实际是 " + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown);
    }
}
