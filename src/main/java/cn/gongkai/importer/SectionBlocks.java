package cn.gongkai.importer;

import cn.gongkai.importer.TextBlocks.Block;
import cn.gongkai.importer.TextBlocks.Para;
import cn.gongkai.importer.TextBlocks.Row;
import cn.gongkai.importer.TextBlocks.Table;

import java.util.ArrayList;
import java.util.List;

/** The blocks of one section, with bookkeeping of which paragraphs and rows were placed somewhere. */
final class SectionBlocks {
    final List<Block> blocks = new ArrayList<>();
    private final List<String> unplaced;

    SectionBlocks(List<String> unplaced) {
        this.unplaced = unplaced;
    }

    List<Para> paras() {
        return blocks.stream().filter(b -> b instanceof Para).map(b -> (Para) b).toList();
    }

    List<Table> tables() {
        return blocks.stream().filter(b -> b instanceof Table).map(b -> (Table) b).toList();
    }

    void unplaced(Para p) {
        unplaced.add("第" + p.line() + "行：" + p.text());
    }

    void unplacedTable(Table t) {
        t.rows().forEach(this::unplaced);
    }

    void unplaced(Row r) {
        if (!r.blank()) {
            unplaced.add("第" + r.line() + "行（表格）：" + String.join(" | ", r.cells()));
        }
    }

    /** Text without any blanks, for matching labels written with odd spacing ("合　计", "项   目"). */
    static String squeeze(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    /**
     * A short paragraph as a label: without blanks, its numbering and a closing colon ("（一）主要职责：" →
     * "主要职责"); "" for a longer paragraph or one with text after a colon.
     */
    static String label(Para p) {
        String t = Numbering.strip(squeeze(p.text())).replaceFirst("[：:]$", "");
        return t.length() > 16 || t.matches(".*[：:。；;].*") ? "" : t;
    }

    /** A label paragraph such as "部门职责：" or "总体绩效目标：". */
    static boolean isLabel(Para p, String label) {
        String t = squeeze(p.text());
        return t.equals(label + "：") || t.equals(label + ":") || t.equals(label);
    }
}
