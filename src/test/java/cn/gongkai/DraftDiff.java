package cn.gongkai;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.exchange.ExchangeWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Two drafts compared field for field through their exchange form (every field the exchange file holds), each
 * difference with its path, e.g. {@code /performance/duties[3]/name: "甲" ≠ "乙"}; times of writing left out.
 */
public final class DraftDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DraftDiff() {
    }

    public static List<String> of(Draft a, Draft b) {
        try {
            List<String> out = new ArrayList<>();
            diff("", JSON.readTree(new ExchangeWriter().write(a)), JSON.readTree(new ExchangeWriter().write(b)), out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void diff(String path, JsonNode x, JsonNode y, List<String> out) {
        if (path.endsWith("/exportedAt") || path.endsWith("/createdAt") || path.endsWith("/updatedAt")) {
            return;
        }
        if (x.isObject() && y.isObject()) {
            for (Iterator<String> it = x.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                diff(path + "/" + f, x.get(f), y.has(f) ? y.get(f) : NullNode.getInstance(), out);
            }
            for (Iterator<String> it = y.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!x.has(f)) {
                    out.add(path + "/" + f + ": (none) ≠ " + abbreviate(y.get(f)));
                }
            }
        } else if (x.isArray() && y.isArray()) {
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                diff(path + "[" + i + "]", i < x.size() ? x.get(i) : NullNode.getInstance(),
                        i < y.size() ? y.get(i) : NullNode.getInstance(), out);
            }
        } else if (!x.equals(y)) {
            out.add(path + ": " + abbreviate(x) + " ≠ " + abbreviate(y));
        }
    }

    private static String abbreviate(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
