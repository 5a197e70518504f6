package cn.gongkai.importer;

import cn.gongkai.domain.model.DraftHeader;
import cn.gongkai.domain.model.FinanceLevel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who publishes and for which year, as a post-reform file says it: the title (on the cover, over the 情况说明, or
 * "2025年XX部门预算" with the year first), the cover's unit and date, the tables' 编制单位 and 预算年度; and the finance
 * level where the file states it ("目前我区部门预算的编制…", "指区级财政当年拨付的资金"). A year in the title wins over
 * years in sentences ("截至2024年底", "较2024年" are not the budget year); a sub-heading is never the unit.
 */
final class ReformHeader {
    private static final String YEAR = "(20\\d{2})\\s*年度?";
    private static final Pattern UNIT_FIRST = Pattern.compile("^(.{2,40}?)\\s*" + YEAR
            + "\\s*(?:部门|单位)?(?:预算|综合预算)(?:信息)?(?:公开|情况说明|编制说明|$)");
    private static final Pattern YEAR_FIRST = Pattern.compile("^" + YEAR + "\\s*(.{2,40}?)\\s*(?:部门|单位)?(?:预算|综合预算)"
            + "(?:信息)?(?:公开|情况说明|编制说明|$)");
    private static final Pattern DATE = Pattern.compile("^(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern UNIT_NAME = Pattern.compile(
            "^[\\u4e00-\\u9fa5（）()]{4,40}(?:政府|委员会|办公室|局|厅|委|办|中心|所|站|院|馆|队|社|会|处|街道|办事处|镇|乡|部|校|学|园)$");
    private static final Pattern LEVEL_OF_BUDGET = Pattern.compile("目前我(省|市|县|区|乡（镇）|乡|镇)部门预算");
    private static final Pattern LEVEL_OF_FUNDS = Pattern.compile("指(省|市|县|区|乡镇|乡（镇）|乡|镇)级财政");

    String unitName = "";
    int year;
    LocalDate approvalDate;
    /** Where the unit and year were read from, for the report. */
    String title = "";

    /** Reads the cover's lines (and the 情况说明's title): the title, the unit, the date. */
    void cover(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = SectionBlocks.squeeze(lines.get(i));
            String two = i + 1 < lines.size() ? l + SectionBlocks.squeeze(lines.get(i + 1)) : l;
            if (year == 0 && (title(two) || title(l))) {
                continue;
            }
            Matcher d = DATE.matcher(l);
            if (d.matches() && approvalDate == null) {
                try {
                    approvalDate = LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)),
                            Integer.parseInt(d.group(3)));
                } catch (DateTimeException e) {
                    // a cover date such as 2025年2月30日 is left for the officer
                }
            } else if (unitName.isEmpty() && UNIT_NAME.matcher(l).matches()) {
                unitName = l;
            }
        }
    }

    /** A title with the unit and the budget year ("XX2025年部门预算信息公开", "2025年XX部门预算"); true when read. */
    boolean title(String text) {
        String t = SectionBlocks.squeeze(text);
        Matcher m = UNIT_FIRST.matcher(t);
        String unit;
        int y;
        if (m.find()) {
            unit = m.group(1);
            y = Integer.parseInt(m.group(2));
        } else {
            m = YEAR_FIRST.matcher(t);
            if (!m.find()) {
                return false;
            }
            y = Integer.parseInt(m.group(1));
            unit = m.group(2);
        }
        if (y < DraftHeader.MIN_YEAR || y > DraftHeader.MAX_YEAR) {
            return false;
        }
        year = y;
        unit = unit.replaceFirst("(?:部门|单位)$", "");
        if (!unit.isEmpty() && Numbering.of(unit).isEmpty()) {
            unitName = unit;
        }
        title = text.strip();
        return true;
    }

    /** The level the file states, and whether it states it once (two places that disagree leave a guess). */
    record Stated(FinanceLevel level, boolean sure) {
    }

    /**
     * The level the file states, if it states one: the 名词解释's "指区级财政…" first (it names the 财政 the money comes
     * from), else the opening of 部门预算安排 ("目前我区部门预算…"); where the two disagree, the glossary's, to confirm.
     */
    static Optional<Stated> level(String budgetIntro, String glossary) {
        Matcher funds = LEVEL_OF_FUNDS.matcher(glossary);
        Matcher budget = LEVEL_OF_BUDGET.matcher(budgetIntro);
        Optional<FinanceLevel> a = funds.find() ? Optional.of(level(funds.group(1))) : Optional.empty();
        Optional<FinanceLevel> b = budget.find() ? Optional.of(level(budget.group(1))) : Optional.empty();
        if (a.isPresent()) {
            return Optional.of(new Stated(a.get(), b.isEmpty() || b.get() == a.get()));
        }
        return b.map(l -> new Stated(l, true));
    }

    private static FinanceLevel level(String word) {
        return switch (word) {
            case "省" -> FinanceLevel.PROVINCE;
            case "市" -> FinanceLevel.CITY;
            case "县" -> FinanceLevel.COUNTY;
            case "区" -> FinanceLevel.DISTRICT;
            default -> FinanceLevel.TOWNSHIP;
        };
    }
}
