package cn.gongkai.domain.versions;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FigureKind;
import cn.gongkai.domain.model.HeaderField;
import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.newyear.TableFigures;
import cn.gongkai.domain.writing.Narratives;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed from one draft to another, each changed thing once and nothing else: a header field, a figure (side
 * by side, with the change and its percentage), a paragraph the officer wrote (by characters), a cell of the 公开表
 * (rows matched by subject), an indicator or work of the 绩效 tree (matched by names), a row of a list. What follows
 * from another change is not reported again: a paragraph written from the figures, a figure the tables determine, a
 * total the table computes. A pure function.
 */
public final class DraftCompare {
    private DraftCompare() {
    }

    /** The changes from {@code before} to {@code after}, in the order of the disclosure. */
    public static List<Change> of(Draft before, Draft after) {
        List<Change> out = new ArrayList<>();
        header(before, after, out);
        figures(before, after, out);
        texts(before, after, out);
        ListChanges.of(before, after, out);
        TableChanges.of(before.tables(), after.tables(), out);
        TreeChanges.of(before.performance(), after.performance(), out);
        return out;
    }

    private static void header(Draft a, Draft b, List<Change> out) {
        field(out, HeaderField.UNIT_NAME, a.header().unitName(), b.header().unitName());
        field(out, HeaderField.UNIT_CODE, a.header().unitCode(), b.header().unitCode());
        field(out, HeaderField.FINANCE_LEVEL, a.header().financeLevel().label(), b.header().financeLevel().label());
        field(out, HeaderField.APPROVAL_DATE, Objects.toString(a.header().approvalDate(), ""),
                Objects.toString(b.header().approvalDate(), ""));
        field(out, HeaderField.ASSETS_AS_OF, Objects.toString(a.header().assetsAsOf(), ""),
                Objects.toString(b.header().assetsAsOf(), ""));
        if (a.header().budgetYear() != b.header().budgetYear()) {
            out.add(new Change(Location.header(HeaderField.UNIT_NAME, "基本信息 › 预算年度"),
                    a.header().budgetYear() + "年", b.header().budgetYear() + "年"));
        }
    }

    private static void field(List<Change> out, HeaderField f, String a, String b) {
        if (!a.equals(b)) {
            out.add(new Change(Location.header(f, f == HeaderField.ASSETS_AS_OF ? "固定资产占用情况表 › 截止时间"
                    : "基本信息 › " + f.label()), a, b));
        }
    }

    private static void figures(Draft a, Draft b, List<Change> out) {
        // a figure the tables determine changed with them: the cell is reported, not the figure again
        Map<FigureKey, BigDecimal> fromA = a.tables().isEmpty() ? Map.of() : TableFigures.derive(a);
        Map<FigureKey, BigDecimal> fromB = b.tables().isEmpty() ? Map.of() : TableFigures.derive(b);
        for (FigureKey k : FigureKey.values()) {
            BigDecimal x = a.figures().get(k);
            BigDecimal y = b.figures().get(k);
            if (x == null ? y == null : y != null && Amounts.same(x, y)) {
                continue;
            }
            if (cn.gongkai.domain.model.Totals.computed(b.figures(), k)
                    && cn.gongkai.domain.model.Totals.computed(a.figures(), k)) {
                continue; // a total of parts that are entered: the parts' changes are reported
            }
            if (y != null && fromB.get(k) != null && Amounts.same(y, fromB.get(k))
                    && (x == null || fromA.get(k) != null && Amounts.same(x, fromA.get(k)))) {
                continue;
            }
            String unit = k.kind() == FigureKind.MONEY ? b.header().moneyUnit().label()
                    : k.kind() == FigureKind.AREA ? "平方米" : "";
            out.add(new Change(Location.of(k), x == null ? "" : shown(x, k) + unit,
                    y == null ? "" : shown(y, k) + unit + difference(x, y, unit)));
        }
    }

    private static String shown(BigDecimal v, FigureKey k) {
        return k.kind() == FigureKind.MONEY ? Amounts.shown(v) : Amounts.plain(v);
    }

    /** "（增加2.00万元，增长11.90%）" after the new value: the change in exact amounts, as the 情况说明 words one. */
    static String difference(BigDecimal x, BigDecimal y, String unit) {
        if (x == null || y == null) {
            return "";
        }
        BigDecimal d = y.subtract(x);
        String pct = x.signum() == 0 ? "" : "，" + (d.signum() > 0 ? "增长" : "下降") + Narratives.rate(d, x);
        return "（" + Narratives.changeWords(d, unit, AmountStyle.AS_ENTERED) + pct + "）";
    }

    private static void texts(Draft a, Draft b, List<Change> out) {
        for (TextKey k : TextKey.values()) {
            Narrative x = a.texts().get(k);
            Narrative y = b.texts().get(k);
            if (!x.custom() && !y.custom()) {
                continue; // written from the figures on both sides: their changes are the figures'
            }
            String p = x.custom() ? x.text() : Narratives.text(a, k);
            String q = y.custom() ? y.text() : Narratives.text(b, k);
            if (!p.strip().equals(q.strip())) {
                String[] runs = TextDiff.of(p.strip(), q.strip());
                out.add(new Change(Location.of(k), runs[0], runs[1]));
            }
        }
    }
}
