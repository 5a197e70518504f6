package cn.gongkai.domain.versions;

import cn.gongkai.domain.model.Location;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.PerfPath;
import cn.gongkai.domain.performance.Performance;
import cn.gongkai.domain.performance.WorkFields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 绩效 tree matched by names (职责 › 工作活动 › 指标), so that a node moved within its parent is not a change: each
 * added or removed node once (its subtree with it), each changed field of a duty or an activity (年度预算数, 内容描述,
 * 绩效目标), each indicator whose 优/良/中/差 changed.
 */
final class TreeChanges {
    private TreeChanges() {
    }

    /** A node of the tree with its path in the draft it is in. */
    private record At(PerfPath path, Object node) {
    }

    static void of(Performance a, Performance b, List<Change> out) {
        Map<String, At> before = nodes(a);
        Map<String, At> after = nodes(b);
        for (Map.Entry<String, At> e : after.entrySet()) {
            At x = before.get(e.getKey());
            At y = e.getValue();
            Location at = Location.perf(y.path(), e.getKey());
            if (x == null) {
                if (before.containsKey(parent(e.getKey())) || !e.getKey().contains(" › ")) {
                    out.add(new Change(at, "", "（新增）" + shown(y.node())));
                }
            } else if (!Objects.equals(shown(x.node()), shown(y.node()))) {
                out.add(new Change(at, shown(x.node()), shown(y.node())));
            }
        }
        for (Map.Entry<String, At> e : before.entrySet()) {
            if (!after.containsKey(e.getKey()) && (after.containsKey(parent(e.getKey())) || !e.getKey().contains(" › "))) {
                out.add(new Change(Location.perfTable("绩效表 › " + e.getKey()), shown(e.getValue().node()), "（删除）"));
            }
        }
    }

    private static String parent(String key) {
        int i = key.lastIndexOf(" › ");
        return i < 0 ? "" : key.substring(0, i);
    }

    private static Map<String, At> nodes(Performance p) {
        Map<String, At> out = new LinkedHashMap<>();
        for (int d = 0; d < p.duties().size(); d++) {
            Duty duty = p.duties().get(d);
            String dk = unique(out, duty.name());
            out.put(dk, new At(PerfPath.duty(d), duty.fields()));
            for (int a = 0; a < duty.activities().size(); a++) {
                Activity act = duty.activities().get(a);
                String ak = unique(out, dk + " › " + act.name());
                out.put(ak, new At(PerfPath.activity(d, a), act.fields()));
                for (int i = 0; i < act.indicators().size(); i++) {
                    Indicator ind = act.indicators().get(i);
                    out.put(unique(out, ak + " › " + ind.name()), new At(PerfPath.indicator(d, a, i), ind));
                }
            }
        }
        return out;
    }

    private static String unique(Map<String, At> seen, String key) {
        String k = key;
        for (int n = 2; seen.containsKey(k); n++) {
            k = key + "#" + n;
        }
        return k;
    }

    /** A work's fields or an indicator's grades as listed: "优：≥90%；良：≥80%；中：≥70%；差：<70%". */
    private static String shown(Object node) {
        if (node instanceof Indicator i) {
            StringBuilder s = new StringBuilder();
            for (int g = 0; g < Indicator.GRADE_NAMES.size(); g++) {
                s.append(g == 0 ? "" : "；").append(Indicator.GRADE_NAMES.get(g)).append("：").append(i.grades().get(g));
            }
            return s.toString();
        }
        WorkFields f = (WorkFields) node;
        return "年度预算数：" + (f.amount() == null ? "" : Amounts.plain(f.amount())) + "；内容描述：" + f.description()
                + "；绩效目标：" + f.target();
    }
}
