package cn.gongkai.importer;

import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.performance.Activity;
import cn.gongkai.domain.performance.Duty;
import cn.gongkai.domain.performance.DutyTarget;
import cn.gongkai.domain.performance.GradeScale;
import cn.gongkai.domain.performance.Indicator;
import cn.gongkai.domain.performance.WorkFields;
import cn.gongkai.domain.writing.Narratives;
import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Row;
import cn.gongkai.importer.TextBlocks.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        List<DutyTarget> goals = new ArrayList<>();
        boolean labelled = s.paras().stream().anyMatch(p -> SectionBlocks.isLabel(p, "总体绩效目标"));
        for (Block block : s.blocks) {
            if (block instanceof Table t) {
                table(s, t, b);
                continue;
            }
            Para p = (Para) block;
            String sq = SectionBlocks.squeeze(p.text());
            if (SectionBlocks.isLabel(p, "总体绩效目标")) {
                mode = "overall";
            } else if (DUTY_LABEL.matcher(SectionBlocks.label(p)).matches()) {
                mode = "duty";
            } else if (sq.startsWith("部门职责及工作活动绩效目标") || sq.startsWith("部门职责-工作活动绩效目标")) {
                mode = "table";
            } else if (sq.startsWith("备注")) {
                if (!sq.equals(SectionBlocks.squeeze(Narratives.AMOUNT_NOTE))) { // the standard note prints itself
                    b.appendText(TextKey.PERFORMANCE_NOTE, p.text());
                }
            } else if (mode.equals("overall") || mode.isEmpty() && !labelled && b.duties.isEmpty()
                    && b.dutyTargets.isEmpty()) {
                // the overall target, under its label or, in a section without that label, as the prose before
                // anything else
                b.appendText(TextKey.PERFORMANCE_OVERALL, p.text());
            } else if (mode.equals("duty")) {
                Matcher m = TARGET.matcher(p.text());
                Matcher sub = SUB_DUTY.matcher(p.text().strip());
                if (sub.matches()) {
                    goals.add(new DutyTarget(sub.group(1).strip(), sub.group(2).strip()));
                } else if (m.matches()) {
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
        placeGoals(goals, b);
        dropRepeatedTargets(b);
    }

    /** A label opening the goals by duty: "职责分类绩效目标：", "职责分类绩效目标情况说明", "部门职责绩效目标". */
    private static final Pattern DUTY_LABEL = Pattern.compile(
            "(?:部门)?职责(?:分类)?(?:绩效)?目标(?:情况)?(?:说明)?");
    /** A numbered goal of a duty or activity: "1.1某某综合事务,……", "2、政务服务：……". */
    private static final Pattern SUB_DUTY = Pattern.compile(
            "^\\d{1,2}(?:[.．]\\d{1,2})*\\s*[、.．]?\\s*([^,，:：。；;、\\d]{2,30}?)(?:职责)?[,，:：]\\s*(.+)$", Pattern.DOTALL);

    /**
     * Goals written by duty before the table ("1.1某某综合事务,……"): the 绩效目标 of the duty or activity of that name
     * where it has none (nothing where it says the same), otherwise a paragraph of the section's own, as a
     * 职责分类绩效目标 — never an unplaced line.
     */
    private static void placeGoals(List<DutyTarget> goals, DraftBuilder b) {
        for (DutyTarget g : goals) {
            String name = SectionBlocks.squeeze(g.name());
            boolean placed = false;
            for (int i = 0; i < b.duties.size() && !placed; i++) {
                Duty d = b.duties.get(i);
                if (same(d.name(), name)) {
                    Optional<WorkFields> f = fill(d.fields(), g.text());
                    if (f.isPresent()) {
                        b.duties.set(i, d.withFields(f.get()));
                    }
                    placed = f.isPresent() || said(d.fields(), g.text());
                    continue;
                }
                List<Activity> acts = new ArrayList<>(d.activities());
                for (int k = 0; k < acts.size() && !placed; k++) {
                    Activity a = acts.get(k);
                    if (same(a.name(), name)) {
                        Optional<WorkFields> f = fill(a.fields(), g.text());
                        if (f.isPresent()) {
                            acts.set(k, a.withFields(f.get()));
                            b.duties.set(i, d.withActivities(acts));
                        }
                        placed = f.isPresent() || said(a.fields(), g.text());
                    }
                }
            }
            if (!placed) {
                b.dutyTargets.add(g);
            }
        }
    }

    private static boolean same(String nodeName, String name) {
        String n = SectionBlocks.squeeze(nodeName).replaceFirst("职责$", "");
        return !n.isEmpty() && n.equals(name.replaceFirst("职责$", ""));
    }

    /** The node's fields with the goal as its 绩效目标, where it has none. */
    private static Optional<WorkFields> fill(WorkFields f, String goal) {
        return f.target().isBlank() ? Optional.of(new WorkFields(f.name(), f.amount(), f.description(), goal))
                : Optional.empty();
    }

    private static boolean said(WorkFields f, String goal) {
        return SectionBlocks.squeeze(f.target()).equals(SectionBlocks.squeeze(goal));
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

    static void table(SectionBlocks s, Table t, DraftBuilder b) {
        PerfTreeBuilder tree = new PerfTreeBuilder();
        PerfColumns cols = PerfColumns.STANDARD;
        boolean body = false;
        for (Row r : t.rows()) {
            if (r.blank()) {
                continue;
            }
            if (!body && r.cells().size() <= 3 && r.joined().contains("单位：")) {
                caption(r, b);
                continue;
            }
            if (!body && PerfColumns.isHeading(r)) {
                cols = cols.with(r);
                cols.unit().ifPresent(u -> b.performanceUnit = u);
                continue;
            }
            body = true;
            row(s, r, cols, tree, b);
        }
        if (!tree.duties().isEmpty()) {
            b.unitOfTable(t, "绩效表", b.performanceUnit);
        }
        b.duties.addAll(tree.duties());
    }

    /** One body row: a duty, an activity (with its first indicator), or an indicator of the last activity. */
    private static void row(SectionBlocks s, Row r, PerfColumns cols, PerfTreeBuilder tree, DraftBuilder b) {
        String name = r.cell(cols.name()).strip();
        String act = cols.activity() < 0 ? "" : r.cell(cols.activity()).strip();
        Matcher dm = DUTY.matcher(name);
        boolean duty = cols.activity() >= 0 ? !name.isEmpty() : dm.matches();
        if (duty) {
            String dutyName = dm.matches() ? dm.group(2).strip() : name;
            // a duty sharing its row with an activity leaves the row's amount and texts to the activity
            WorkFields fields = act.isEmpty() ? work(dutyName, r, cols) : new WorkFields(dutyName, null, "", "");
            if (tree.duty(fields)) {
                b.inferred("职责“" + dutyName + "”在绩效表中出现两次，第" + r.line() + "行起的工作活动并入前面的同名职责");
            }
            if (act.isEmpty()) {
                if (indicator(r, cols, b) != null) {
                    s.unplaced(r);
                }
                return;
            }
        }
        String activity = cols.activity() >= 0 ? act : name;
        if (!activity.isEmpty() || cols.activity() < 0 && tree.lastDutyEmpty()) {
            if (!tree.hasDuty()) {
                s.unplaced(r);
                return;
            }
            Matcher am = ACTIVITY.matcher(activity);
            tree.activity(work(am.matches() ? am.group("name").strip() : activity, r, cols));
            Indicator i = indicator(r, cols, b);
            if (i != null) {
                tree.indicator(i);
            }
        } else if (!tree.hasDuty() || tree.lastDutyEmpty()) {
            s.unplaced(r);
        } else {
            Indicator i = indicator(r, cols, b);
            if (i != null) {
                tree.indicator(i);
            } else {
                s.unplaced(r);
            }
        }
    }

    /**
     * An indicator's name without the blanks typed between its Chinese words ("存入风险补偿金，   动银行…"): they mean
     * nothing in Chinese, and a printed table drops them where its column breaks the line.
     */
    static String label(String name) {
        return CJK_BLANKS.matcher(name).replaceAll("");
    }

    private static final Pattern CJK_BLANKS = Pattern.compile(
            "(?<=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef])[ \\t\\u3000]+(?=[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef])");

    /** The 年度预算数, 内容描述, 绩效目标 of a duty's or activity's row. */
    private static WorkFields work(String name, Row r, PerfColumns cols) {
        return new WorkFields(name, Amount.cell(r.cell(cols.amount())), r.cell(cols.content()), r.cell(cols.target()));
    }

    private static void caption(Row r, DraftBuilder b) {
        for (String c : r.cells()) {
            b.codeFrom(c);
            if (c.contains("单位：元")) {
                b.performanceUnit = MoneyUnit.YUAN;
            }
        }
    }

    /** The indicator of a row (its name and four grades), or null when the row has none. */
    private static Indicator indicator(Row r, PerfColumns cols, DraftBuilder b) {
        String name = label(r.cell(cols.indicator()));
        int[] at = cols.grades();
        List<String> g = List.of(r.cell(at[0]), r.cell(at[1]), r.cell(at[2]), r.cell(at[3]));
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
