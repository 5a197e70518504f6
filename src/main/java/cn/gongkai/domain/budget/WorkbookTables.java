package cn.gongkai.domain.budget;

import cn.gongkai.domain.money.AmountStyle;

import java.util.List;

/**
 * What a budget system's workbook held: the unit (编制单位) and budget year it names (0 when it names none), the
 * tables read from it, what was recognised sheet by sheet, the 警告 worth a look (unknown or renamed subjects, a
 * guessed unit), every row or sheet that could not be read, the subjects to remember, and how its amounts are
 * shown (the number format of its amount cells: General is each as entered, 0.00 two decimals), and the three-level
 * 绩效目标表 it holds.
 */
public record WorkbookTables(String unitCode, String unitName, int budgetYear, BudgetTables tables,
                             List<String> recognised, List<String> warnings, List<String> unplaced,
                             List<SubjectCatalogue.Entry> learned, AmountStyle amountStyle,
                             cn.gongkai.domain.targets.TargetSheets targets) {
    public WorkbookTables {
        targets = targets == null ? cn.gongkai.domain.targets.TargetSheets.NONE : targets;
        amountStyle = amountStyle == null ? AmountStyle.AS_ENTERED : amountStyle;
        unitCode = unitCode == null ? "" : unitCode;
        unitName = unitName == null ? "" : unitName;
        recognised = List.copyOf(recognised);
        warnings = List.copyOf(warnings);
        unplaced = List.copyOf(unplaced);
        learned = List.copyOf(learned);
    }

    /** Tables without three-level forms. */
    public WorkbookTables(String unitCode, String unitName, int budgetYear, BudgetTables tables,
                          List<String> recognised, List<String> warnings, List<String> unplaced,
                          List<SubjectCatalogue.Entry> learned, AmountStyle amountStyle) {
        this(unitCode, unitName, budgetYear, tables, recognised, warnings, unplaced, learned, amountStyle, null);
    }

    public WorkbookTables withTargets(cn.gongkai.domain.targets.TargetSheets t, List<String> moreRecognised,
                                      List<String> moreUnplaced) {
        List<String> r = new java.util.ArrayList<>(recognised);
        r.addAll(moreRecognised);
        List<String> u = new java.util.ArrayList<>(unplaced);
        u.addAll(moreUnplaced);
        return new WorkbookTables(unitCode, unitName, budgetYear, tables, r, warnings, u, learned, amountStyle, t);
    }
}
