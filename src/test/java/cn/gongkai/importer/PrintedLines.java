package cn.gongkai.importer;

import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.Amounts;
import cn.gongkai.domain.money.MoneyUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How the fidelity of an import is measured (the variety corpus, the other units' disclosures): the source's
 * lines as the printed template should show them, found in order in the exported PDF's text.
 */
final class PrintedLines {
    private PrintedLines() {
    }

    /** The 2018–2020 template's own labels for a unit's: "主要职责：" is printed "部门职责：". */
    private static final Map<String, String> LABELS = Map.of(
            "(?:部门|主要|本部门)?(?:主要)?(?:职责|职能)(?:职责|职能)?(?:情况)?", "部门职责：",
            "(?:部门|本部门)?(?:机构设置|内设机构|机构编制)(?:情况)?", "机构设置：");

    /**
     * The text's lines as the printed template should show them: a row copied with tabs is its cells; a heading,
     * a sub-heading of 二 and a label as the template words them (the PDF prints the standard template: a unit's
     * "第二部分 2018年部门预算收支情况说明" is its "二、部门预算安排的总体情况"); a 目录's lines left out (the template
     * prints none; the import says it skipped them), and the rows of a table the template prints as a paragraph
     * ({@code notPrinted}: its caption) — their figures are checked one by one instead.
     */
    static List<String> of(String text, String notPrinted) {
        List<TextBlocks.Block> blocks = TextBlocks.parse(text);
        Map<Integer, String> headings = new HashMap<>();
        SectionOutline.of(blocks).headings().forEach((s, i) -> headings.put(blocks.get(i).line(), s.title()));
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String sq = SectionBlocks.squeeze(line);
            if (line.matches(".*[.．…·]+\\s*\\d{1,3}\\s*$") || sq.matches("目录")) {
                continue;
            }
            if (!notPrinted.isEmpty() && sq.equals(notPrinted)) {
                while (i + 1 < lines.length && (lines[i + 1].startsWith("\t") || lines[i + 1].isBlank())) {
                    i++;
                }
                continue;
            }
            String label = Numbering.strip(sq).replaceFirst("[：:]$", "");
            boolean inTable = line.contains("\t");
            String asTemplate = headings.containsKey(i + 1) ? headings.get(i + 1)
                    : inTable ? null : BudgetSections.subheading(line).map(TextKey::label).orElse(null);
            for (Map.Entry<String, String> e : LABELS.entrySet()) {
                if (asTemplate == null && !inTable && label.matches(e.getKey())) {
                    asTemplate = e.getValue();
                }
            }
            if (asTemplate != null) {
                out.add(SectionBlocks.squeeze(asTemplate));
                continue;
            }
            for (String cell : line.split("\t")) {
                SeedFidelityTest.contentLines(cell).stream().map(PrintedLines::unnumbered).filter(c -> !c.isEmpty())
                        .forEach(out::add);
            }
        }
        return out;
    }

    private static final Pattern NUMBER = Pattern.compile(
            "^(第[一二三四五六七八九十]+部分|\\d+[.．]\\d+[、.．]?|[（(]?\\d{1,2}[、.．)）]|[（(]?[一二三四五六七八九十]+[、.．)）])");

    /**
     * A line without its leading list number: the printed disclosure numbers headings, duties and activities in the
     * template's own style (一、 1、), so "(二)" or "2.3" written by another unit is not a loss of content.
     */
    static String unnumbered(String line) {
        return NUMBER.matcher(line).replaceFirst("");
    }

    /**
     * An amount of a table in 元 as the PDF prints it: the disclosure's tables are in 万元, so "17500" of a table
     * written in 元 is found as "1.75". Only a cell that is a bare number and is not in the PDF as written.
     * Thousands separators are dropped first: the PDF prints amounts without them.
     */
    static String asPrinted(String written, String pdfText) {
        if (pdfText.contains(written)) {
            return written; // the officer's own paragraph is printed as written, separators and all
        }
        String line = written.replaceAll("(\\d),(?=\\d{3})", "$1"); // a table prints 5176.58 for "5,176.58"
        if (!line.matches("\\d+(\\.\\d+)?") || pdfText.contains(line)) {
            return line;
        }
        return Amounts.plain(Amounts.convert(new java.math.BigDecimal(line), MoneyUnit.YUAN, MoneyUnit.WAN_YUAN));
    }
}
