package cn.gongkai.domain.targets;

import java.util.Objects;

/**
 * An indicator of the library (常用指标): its duty category (民政, 安全生产…), 一级/二级, the indicator's name, a
 * typical 指标值 and its 计量单位, and whether the officer added it (own) or it ships with the program.
 */
public record LibraryEntry(String category, Level1 level1, String level2, String name, String target, String unit,
                           boolean own) {
    public LibraryEntry {
        category = Objects.requireNonNullElse(category, "").strip();
        Objects.requireNonNull(level1, "level1");
        level2 = Level1.level2Name(level2);
        name = Objects.requireNonNullElse(name, "").strip();
        target = Objects.requireNonNullElse(target, "").strip();
        unit = Objects.requireNonNullElse(unit, "").strip();
        if (category.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("常用指标要有类别和名称");
        }
        if (category.length() > 100 || name.length() > 1000 || level2.length() > 200 || target.length() > 200
                || unit.length() > 100) {
            throw new IllegalArgumentException("常用指标“" + name.substring(0, Math.min(name.length(), 30))
                    + "”过长（类别不超过100字，名称不超过1000字，二级指标和指标值不超过200字，单位不超过100字）");
        }
    }

    /** The entry as a row of a three-level form. */
    public TargetIndicator indicator() {
        return new TargetIndicator(level1, level2, name, TargetValue.parse(target, unit), null, "");
    }

    /** The entry's 指标值 with its unit, as a grade of Hebei's table is written ("≥95%"). */
    public String value() {
        return indicator().value().text();
    }

    /** One line of the library file: 类别, 一级, 二级, 三级, 指标值, 计量单位, separated by tabs. */
    public static LibraryEntry parse(String line, boolean own) {
        String[] f = line.split("\t", -1);
        if (f.length < 4) {
            throw new IllegalArgumentException("常用指标的一行应有 类别、一级指标、二级指标、三级指标：" + line);
        }
        Level1 l1 = Level1.parse(f[1]).orElseThrow(() -> new IllegalArgumentException("不认识的一级指标：" + f[1]));
        return new LibraryEntry(f[0], l1, f[2], f[3], f.length > 4 ? f[4] : "", f.length > 5 ? f[5] : "", own);
    }
}
