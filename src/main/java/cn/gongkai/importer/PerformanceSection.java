package cn.gongkai.importer;

import cn.gongkai.domain.DutyTarget;
import cn.gongkai.domain.GradeScale;
import cn.gongkai.domain.Indicator;
import cn.gongkai.domain.Narratives;
import cn.gongkai.domain.TextKey;
import cn.gongkai.domain.WorkFields;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Row;
import cn.gongkai.importer.TextBlocks.Table;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Section 五: overall target, per-duty targets, and the duty → activity → indicator table. */
final class PerformanceSection {
    static final Pattern DUTY = Pattern.compile("^([一二三四五六七八九十百零]+)\\s*[、.．]\\s*(.*)$", Pattern.DOTALL);
    /** "1、综治工作", and numbered under its duty, "2.3某某综合事务". */
    static final Pattern ACTIVITY = Pattern.compile(
            "^(?:\\d+[.．](?<sub>\\d+)\\s*[、.．]?|(?<n>\\d+)\\s*[、.．])\\s*(?<name>.*)$", Pattern.DOTALL);
    private static final Pattern TARGET = Pattern.compile("^([^：:]{2,40})[：:](.+)$", Pattern.DOTALL);

    private PerformanceSection() {
    }

    static void read(SectionBlocks s, DraftBuilder b) {
        String mode = "";
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                table(s, t, b);
                continue;
            }
            Para p = (Para) block;
            String sq = SectionBlocks.squeeze(p.text());
            if (SectionBlocks.isLabel(p, "总体绩效目标")) {
                mode = "overall";
            } else if (SectionBlocks.isLabel(p, "职责分类绩效目标") || SectionBlocks.isLabel(p, "职责绩效目标")
                    || SectionBlocks.isLabel(p, "部门职责绩效目标")) {
                mode = "duty";
            } else if (sq.startsWith("部门职责及工作活动绩效目标") || sq.startsWith("部门职责-工作活动绩效目标")) {
                mode = "table";
            } else if (sq.startsWith("备注")) {
                if (!sq.equals(SectionBlocks.squeeze(Narratives.AMOUNT_NOTE))) { // the standard note prints itself
                    b.appendText(TextKey.PERFORMANCE_NOTE, p.text());
                }
            } else if (mode.equals("overall")) {
                b.appendText(TextKey.PERFORMANCE_OVERALL, p.text());
            } else if (mode.equals("duty")) {
                Matcher m = TARGET.matcher(p.text());
                if (m.matches()) {
                    b.dutyTargets.add(new DutyTarget(m.group(1).strip(), m.group(2).strip()));
                } else if (!b.dutyTargets.isEmpty()) {
                    DutyTarget last = b.dutyTargets.remove(b.dutyTargets.size() - 1);
                    b.dutyTargets.add(new DutyTarget(last.name(), last.text() + "\n" + p.text()));
                } else {
                    s.unplaced(p);
                }
            } else {
                s.unplaced(p);
            }
        }
        dropRepeatedTargets(b);
    }

    /** The same duties' goals written again in a second block: kept once, and said in the report. */
    static void dropRepeatedTargets(DraftBuilder b) {
        List<DutyTarget> once = b.dutyTargets.stream().distinct().toList();
        if (once.size() < b.dutyTargets.size()) {
            b.inferred("职责分类绩效目标中有 " + (b.dutyTargets.size() - once.size()) + " 条与前文重复，只保留一次");
            b.dutyTargets.clear();
            b.dutyTargets.addAll(once);
        }
    }

    private static void table(SectionBlocks s, Table t, DraftBuilder b) {
        PerfTreeBuilder tree = new PerfTreeBuilder();
        for (Row r : t.rows()) {
            String joined = r.joined();
            if (r.blank() || joined.startsWith("职责活动") || isGradeHeader(r)) {
                continue;
            }
            if (r.cells().size() <= 3 && joined.contains("单位：")) {
                caption(r, b);
                continue;
            }
            String name = r.cell(0).strip();
            Matcher dm = DUTY.matcher(name);
            Matcher am = ACTIVITY.matcher(name);
            if (dm.matches()) {
                if (tree.duty(work(dm.group(2).strip(), r))) {
                    b.inferred("职责“" + dm.group(2).strip() + "”在绩效表中出现两次，第" + r.line() + "行起的工作活动并入前面的同名职责");
                }
                if (indicator(r, b) != null) {
                    s.unplaced(r);
                }
            } else if (!name.isEmpty() || tree.lastDutyEmpty()) {
                if (!tree.hasDuty()) {
                    s.unplaced(r);
                    continue;
                }
                tree.activity(work(am.matches() ? am.group("name").strip() : name, r));
                Indicator i = indicator(r, b);
                if (i != null) {
                    tree.indicator(i);
                }
            } else if (!tree.hasDuty()) {
                s.unplaced(r);
            } else {
                Indicator i = indicator(r, b);
                if (i != null) {
                    tree.indicator(i);
                } else {
                    s.unplaced(r);
                }
            }
        }
        b.duties.addAll(tree.duties());
    }

    /** Cells 1–3 of a duty's or activity's row: 年度预算数, 内容描述, 绩效目标. */
    private static WorkFields work(String name, Row r) {
        return new WorkFields(name, Amount.cell(r.cell(1)), r.cell(2), r.cell(3));
    }

    private static boolean isGradeHeader(Row r) {
        return r.cells().stream().anyMatch(c -> c.strip().equals("优"))
                && r.cells().stream().anyMatch(c -> c.strip().equals("良"));
    }

    private static void caption(Row r, DraftBuilder b) {
        for (String c : r.cells()) {
            b.codeFrom(c);
            if (c.contains("单位：元")) {
                b.performanceUnit = MoneyUnit.YUAN;
            }
        }
    }

    /** The indicator in cells 4–8 of a row, or null when the row has none. */
    private static Indicator indicator(Row r, DraftBuilder b) {
        String name = r.cell(4);
        List<String> g = List.of(r.cell(5), r.cell(6), r.cell(7), r.cell(8));
        if (name.isBlank() && g.stream().allMatch(String::isBlank)) {
            return null;
        }
        boolean two = !g.get(0).isBlank() && !g.get(1).isBlank() && g.get(2).isBlank() && g.get(3).isBlank();
        if (!g.get(0).isBlank() && g.get(1).isBlank() && g.get(2).isBlank() && !g.get(3).isBlank()) {
            // 完成 / (blank) / (blank) / 未完成: a two-grade scale written in the four columns, not two missing grades
            b.inferred("指标“" + name.strip() + "”只填了优和差两栏，按两档（" + g.get(0).strip() + "／" + g.get(3).strip()
                    + "）读入");
            return new Indicator(name, g.get(0), g.get(3), "", "", GradeScale.TWO);
        }
        return new Indicator(name, g.get(0), g.get(1), g.get(2), g.get(3), two ? GradeScale.TWO : GradeScale.FOUR);
    }
}
