package cn.gongkai.importer.workbook;

import cn.gongkai.domain.money.MoneyUnit;
import cn.gongkai.domain.targets.Level1;
import cn.gongkai.domain.targets.ProjectTarget;
import cn.gongkai.domain.targets.TargetIndicator;
import cn.gongkai.domain.targets.TargetValue;
import cn.gongkai.domain.targets.UnitTarget;
import cn.gongkai.importer.workbook.Grid.GridCell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a three-level 绩效目标表 out of a grid, in the shapes budget systems export it: a block per project (项目名称,
 * 主管部门/实施单位, 项目资金 with 年度资金总额 and 其中财政拨款, 年度目标, then the grid 一级 | 二级 | 三级 | 指标值), one
 * after another on a sheet; or one flat grid with a 项目名称 column; the unit's form with 年度总体目标 and 年度预算数.
 * 一级/二级 cells merged down (or written once and left blank below) carry over to the rows under them; a separate
 * 指标方向 or 计量单位 column joins the 指标值. Every form and row says where it came from.
 */
final class TargetSheetReader {
    enum Kind { PROJECTS, UNIT }

    /** What one grid held: the forms, what was recognised, and the rows that could not be read. */
    record Read(Kind kind, List<ProjectTarget> projects, UnitTarget unit, MoneyUnit money, List<String> recognised,
                List<String> unplaced) {
    }

    private static final int TITLE_ROWS = 6;
    private static final Pattern NAME = Pattern.compile("项目名称");

    private TargetSheetReader() {
    }

    /** The kind of form a grid holds, by its name or title and a heading row with 一级指标; empty for any other. */
    static Optional<Kind> kind(Grid g) {
        StringBuilder title = new StringBuilder(g.sheet());
        for (int r = 0; r < Math.min(TITLE_ROWS, g.rows().size()); r++) {
            title.append(' ').append(g.line(r));
        }
        String t = norm(title.toString());
        if (!t.contains("绩效目标") && !t.contains("绩效指标")) {
            return Optional.empty();
        }
        boolean grid = false;
        for (int r = 0; r < g.rows().size() && !grid; r++) {
            grid = heading(g, r) != null;
        }
        if (!grid) {
            return Optional.empty(); // Hebei's 职责-工作活动 table, or a title only
        }
        return Optional.of(t.contains("整体") ? Kind.UNIT : Kind.PROJECTS);
    }

    static Read read(Grid g, Kind kind) {
        List<String> recognised = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        MoneyUnit money = money(g);
        List<Integer> headings = new ArrayList<>();
        for (int r = 0; r < g.rows().size(); r++) {
            if (heading(g, r) != null) {
                headings.add(r);
            }
        }
        List<ProjectTarget> projects = new ArrayList<>();
        UnitTarget unit = UnitTarget.NONE;
        int blockStart = 0;
        for (int h = 0; h < headings.size(); h++) {
            int head = headings.get(h);
            Columns cols = heading(g, head);
            int end = h + 1 < headings.size() ? blockStartBefore(g, headings.get(h + 1), head) : g.rows().size();
            if (kind == Kind.PROJECTS && cols.project >= 0) {
                flat(g, head, end, cols, projects, recognised, unplaced);
            } else {
                Fields f = fields(g, blockStart, head);
                List<TargetIndicator> list = indicators(g, head + 1, end, cols, unplaced);
                if (kind == Kind.UNIT) {
                    unit = new UnitTarget(f.get("goal"), f.amount("total"), list);
                    recognised.add(g.named() + "：部门整体支出绩效目标表，年度预算数 " + f.shown("total") + "，"
                            + list.size() + " 个指标（第 " + (head + 2) + "–" + end + " 行）");
                } else {
                    projects.add(new ProjectTarget(f.get("name"), f.get("department"), f.get("implementer"),
                            f.amount("total"), f.amount("fiscal"), f.get("goal"), list));
                    recognised.add(g.named() + "：项目“" + f.get("name") + "”，年度资金总额 " + f.shown("total")
                            + "，其中财政拨款 " + f.shown("fiscal") + "，" + list.size() + " 个指标（第 " + (head + 2)
                            + "–" + end + " 行）");
                }
            }
            blockStart = end;
        }
        return new Read(kind, projects, unit, money, recognised, unplaced);
    }

    /** Where the block of the next heading begins: its 项目名称 row (or the row after this block's last indicator). */
    private static int blockStartBefore(Grid g, int nextHeading, int head) {
        for (int r = head + 1; r < nextHeading; r++) {
            if (labelAt(g, r, "name") >= 0) {
                return r;
            }
        }
        for (int r = nextHeading - 1; r > head; r--) {
            if (!fieldRow(g, r)) {
                return r + 1;
            }
        }
        return nextHeading;
    }

    private static boolean fieldRow(Grid g, int r) {
        for (String key : LABELS.keySet()) {
            if (labelAt(g, r, key) >= 0) {
                return true;
            }
        }
        return g.line(r).isBlank() || norm(g.line(r)).contains("绩效目标表");
    }

    /** The columns of a heading row: 一级, 二级, 三级, 指标值 at least; −1 where absent. */
    private record Columns(int level1, int level2, int level3, int value, int unit, int direction, int weight,
                           int explanation, int project) {
    }

    private static Columns heading(Grid g, int r) {
        int l1 = -1, l2 = -1, l3 = -1, value = -1, unit = -1, dir = -1, weight = -1, expl = -1, project = -1;
        List<GridCell> row = g.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
            String t = norm(row.get(c).text());
            if (t.equals("一级指标") && l1 < 0) {
                l1 = c;
            } else if (t.equals("二级指标") && l2 < 0) {
                l2 = c;
            } else if ((t.equals("三级指标") || t.equals("指标名称") || t.equals("三级指标名称")) && l3 < 0) {
                l3 = c;
            } else if (t.matches("(年度)?(指标值|目标值|指标目标值|绩效指标值|指标值\\(目标值\\)|预期目标值)") && value < 0) {
                value = c;
            } else if (t.matches("(计量|度量)?单位") && unit < 0) {
                unit = c;
            } else if (t.matches("指标方向|指标性质|比较符|运算符号?|符号") && dir < 0) {
                dir = c;
            } else if (t.matches("(指标)?(权重|分值)(\\(%\\))?") && weight < 0) {
                weight = c;
            } else if (t.matches("指标(解释|说明|内容说明)|备注") && expl < 0) {
                expl = c;
            } else if (t.equals("项目名称") && project < 0) {
                project = c;
            }
        }
        if (l1 < 0 || l3 < 0 || value < 0) {
            return null;
        }
        return new Columns(l1, l2, l3, value, unit, dir, weight, expl, project);
    }

    private static List<TargetIndicator> indicators(Grid g, int from, int to, Columns cols, List<String> unplaced) {
        List<TargetIndicator> out = new ArrayList<>();
        Level1 level1 = null;
        String level2 = "";
        for (int r = from; r < to; r++) {
            String l1 = g.text(r, cols.level1);
            String name = g.text(r, cols.level3);
            String value = cell(g, r, cols.value);
            if (!l1.isBlank()) {
                Optional<Level1> parsed = Level1.parse(l1);
                if (parsed.isEmpty()) {
                    if (!name.isBlank() || !value.isBlank()) {
                        unplaced.add(g.named() + " 第 " + (r + 1) + " 行：一级指标“" + l1 + "”不是产出、成本、效益或满意度指标，未导入");
                    }
                    continue;
                }
                if (parsed.get() != level1) {
                    level2 = "";
                }
                level1 = parsed.get();
            }
            if (cols.level2 >= 0 && !g.text(r, cols.level2).isBlank()) {
                level2 = g.text(r, cols.level2);
            }
            if (name.isBlank() && value.isBlank()) {
                continue;
            }
            if (level1 == null) {
                unplaced.add(g.named() + " 第 " + (r + 1) + " 行：指标“" + name + "”没有一级指标，未导入");
                continue;
            }
            String dir = cols.direction < 0 ? "" : g.text(r, cols.direction).strip();
            String unit = cols.unit < 0 ? "" : g.text(r, cols.unit);
            TargetValue v = dir.equals("定性") || dir.equals("定性指标") ? new TargetValue.Words(value)
                    : TargetValue.parse(direction(dir) + value, unit);
            BigDecimal weight = cols.weight < 0 || g.cell(r, cols.weight) == null ? null
                    : g.cell(r, cols.weight).amount();
            out.add(new TargetIndicator(level1, level2, name, v, weight,
                    cols.explanation < 0 ? "" : g.text(r, cols.explanation)));
        }
        return out;
    }

    /** A 指标方向 column's word as a symbol ("正向" ≥, "反向" ≤, "等于" =). */
    private static String direction(String d) {
        return switch (d) {
            case "正向", "正向指标", "大于等于", "≥" -> "≥";
            case "反向", "反向指标", "小于等于", "≤" -> "≤";
            case "大于", ">" -> ">";
            case "小于", "<" -> "<";
            case "等于", "=" -> "=";
            default -> "";
        };
    }

    /** A value cell's text; a number as read (95 → "95"). */
    private static String cell(Grid g, int r, int c) {
        return g.text(r, c).strip();
    }

    /** One flat grid: a 项目名称 column, the projects' rows one after another. */
    private static void flat(Grid g, int head, int end, Columns cols, List<ProjectTarget> projects,
                             List<String> recognised, List<String> unplaced) {
        Map<String, int[]> spans = new LinkedHashMap<>();
        String current = "";
        for (int r = head + 1; r < end; r++) {
            String n = g.text(r, cols.project);
            if (!n.isBlank()) {
                current = n;
            }
            if (!current.isEmpty()) {
                int row = r;
                spans.merge(current, new int[]{r, r + 1}, (a, b) -> new int[]{a[0], row + 1});
            }
        }
        spans.forEach((name, span) -> {
            List<TargetIndicator> list = indicators(g, span[0], span[1], cols, unplaced);
            projects.add(ProjectTarget.named(name).withIndicators(list));
            recognised.add(g.named() + "：项目“" + name + "”，" + list.size() + " 个指标（第 " + (span[0] + 1) + "–"
                    + span[1] + " 行）");
        });
    }

    /** The labels of a form's own fields, as budget systems write them. */
    private static final Map<String, Pattern> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("name", NAME);
        LABELS.put("department", Pattern.compile("主管部门(及代码)?|主管单位|预算部门"));
        LABELS.put("implementer", Pattern.compile("实施单位|项目实施单位|预算单位|单位名称"));
        LABELS.put("total", Pattern.compile("年度资金总额|资金总额|年度预算数|预算数|年度预算资金|项目总金额|年度金额|部门预算总额"));
        LABELS.put("fiscal", Pattern.compile("(其中)?财政拨款|(其中)?财政资金|其中:财政拨款"));
        LABELS.put("goal", Pattern.compile("年度(总体|绩效)?目标|总体目标|年度目标|项目年度目标|绩效目标"));
    }

    /** The fields of a form: each label's value to its right (or under it), with the cell it came from. */
    private static final class Fields {
        final Map<String, GridCell> values = new LinkedHashMap<>();

        String get(String key) {
            GridCell c = values.get(key);
            return c == null ? "" : c.text();
        }

        BigDecimal amount(String key) {
            GridCell c = values.get(key);
            if (c == null) {
                return null;
            }
            if (c.amount() != null) {
                return c.amount();
            }
            try {
                return new BigDecimal(c.text().replace(",", "").strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        String shown(String key) {
            GridCell c = values.get(key);
            return c == null ? "（未找到）" : get(key) + "（" + c.ref() + "）";
        }
    }

    private static Fields fields(Grid g, int from, int to) {
        Fields f = new Fields();
        for (int r = from; r < to; r++) {
            for (Map.Entry<String, Pattern> e : LABELS.entrySet()) {
                if (f.values.containsKey(e.getKey())) {
                    continue;
                }
                int c = labelAt(g, r, e.getKey());
                if (c >= 0) {
                    GridCell v = valueRightOf(g, r, c);
                    if (v == null && (e.getKey().equals("total") || e.getKey().equals("fiscal"))) {
                        v = g.cell(r + 1, c); // a row of labels over a row of amounts
                    }
                    if (v != null && !v.blank()) {
                        f.values.put(e.getKey(), v);
                    }
                }
            }
        }
        return f;
    }

    /** Whether a cell is the label of a form's name, money or goal: the fields a printed form begins with. */
    static boolean opensForm(String cell) {
        return List.of("name", "total", "goal").stream().anyMatch(k -> labels(cell, k));
    }

    /** Whether a cell's text is the label {@code key}, its unit in brackets left out ("年度预算数（万元）"). */
    private static boolean labels(String cell, String key) {
        String t = norm(cell).replaceAll("\\(.*?\\)", "");
        return !t.isEmpty() && LABELS.get(key).matcher(t).matches();
    }

    /** The column of a row's cell that is the label {@code key}, or −1. */
    private static int labelAt(Grid g, int r, String key) {
        if (r < 0 || r >= g.rows().size()) {
            return -1;
        }
        List<GridCell> row = g.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
            if (labels(row.get(c).text(), key)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isLabel(String text) {
        String t = norm(text).replaceAll("\\(.*?\\)", "");
        return LABELS.values().stream().anyMatch(p -> p.matcher(t).matches()) || t.startsWith("项目资金")
                || t.equals("其他资金") || t.equals("绩效指标") || t.equals("资金情况");
    }

    private static GridCell valueRightOf(Grid g, int r, int c) {
        String label = g.text(r, c);
        List<GridCell> row = g.rows().get(r);
        for (int k = c + 1; k < row.size(); k++) {
            GridCell v = row.get(k);
            if (v.blank() || v.text().equals(label)) {
                continue; // the label's own merged cells
            }
            return isLabel(v.text()) ? null : v;
        }
        return null;
    }

    /** The sheets' money unit: a caption or label with （元） or 单位：元; 万元 otherwise. */
    private static MoneyUnit money(Grid g) {
        for (int r = 0; r < g.rows().size(); r++) {
            String t = norm(g.line(r));
            if (t.matches(".*(单位:元|\\(元\\)|资金\\(元\\)).*")) {
                return MoneyUnit.YUAN;
            }
            if (t.contains("万元")) {
                return MoneyUnit.WAN_YUAN;
            }
        }
        return MoneyUnit.WAN_YUAN;
    }

    static String norm(String s) {
        return s.replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')').replace('：', ':');
    }
}
