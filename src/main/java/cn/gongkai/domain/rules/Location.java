package cn.gongkai.domain.rules;

import cn.gongkai.domain.FigureKey;
import cn.gongkai.domain.Section;
import cn.gongkai.domain.TextKey;

/**
 * Where a problem is: the section, a machine path the editor jumps to ("figure:income.total", "text:budget.change",
 * "perf:2/1/3", "table:procurement/0"), and the words a person finds it by ("二、收入说明 › 一般公共预算收入").
 */
public record Location(Section section, String path, String label) {
    public static Location of(FigureKey key) {
        return new Location(key.section(), "figure:" + key.code(), key.section().numeral() + "、" + key.label());
    }

    public static Location of(TextKey key) {
        Section s = key.section() == null ? Section.DUTIES : key.section();
        return new Location(s, "text:" + key.code(), s.numeral() + "、" + key.label());
    }

    /** A node of the performance tree, numbered as printed ("五、绩效表 › 一、政务服务 › 1、政务公开 › 政务公开率"). */
    public static Location perf(int duty, int activity, int indicator, String label) {
        StringBuilder path = new StringBuilder("perf:").append(duty);
        if (activity > 0) {
            path.append('/').append(activity);
        }
        if (indicator > 0) {
            path.append('/').append(indicator);
        }
        return new Location(Section.PERFORMANCE, path.toString(), "五、绩效表 › " + label);
    }

    /** A row of one of the draft's tables ("table:procurement/0"). */
    public static Location row(Section section, String table, int index, String label) {
        return new Location(section, "table:" + table + "/" + index, section.numeral() + "、" + label);
    }

    public static Location of(Section section, String path, String label) {
        return new Location(section, path, section.numeral() + "、" + label);
    }
}
