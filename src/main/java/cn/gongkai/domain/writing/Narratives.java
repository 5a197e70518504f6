package cn.gongkai.domain.writing;

import cn.gongkai.domain.model.Draft;
import cn.gongkai.domain.model.FigureKey;
import cn.gongkai.domain.model.FinanceLevel;
import cn.gongkai.domain.model.Narrative;
import cn.gongkai.domain.model.ProcurementRow;
import cn.gongkai.domain.model.TextKey;
import cn.gongkai.domain.money.AmountStyle;
import cn.gongkai.domain.money.Amounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.gongkai.domain.model.FigureKey.*;

/**
 * The standard wording of every generatable paragraph, built from the figures, as the template words it. Used by
 * the editor's live preview, the export and the checks, so that all three say the same.
 */
public final class Narratives {
    /** Printed under the 绩效 table when a duty or activity has no amount and the officer wrote no note of their own. */
    /** Printed under an empty table that has no 空表说明 of its own. */
    public static final String EMPTY_TABLE = "无此项公开内容，空表列示。";
    public static final String AMOUNT_NOTE =
            "备注：年度预算数为空的职责或工作活动，其经费已在基本支出或其他项目中统筹安排，未单独列示。";
    private final Draft d;
    private final String unit;
    private final AmountStyle style;
    private final int year;

    private Narratives(Draft d) {
        this.d = d;
        this.unit = d.header().moneyUnit().label();
        this.style = d.header().amountStyle();
        this.year = d.header().budgetYear();
    }

    /** The paragraph as it will be printed: the officer's own text, or the generated wording. */
    public static String text(Draft d, TextKey key) {
        Narrative n = d.texts().get(key);
        if (n.custom() || !key.generatable()) {
            return n.text();
        }
        return generated(d, key);
    }

    public static String generated(Draft d, TextKey key) {
        Narratives g = new Narratives(d);
        ReformNarratives r = new ReformNarratives(d);
        boolean reform = d.header().profile().tablesFirst();
        return switch (key) {
            case TITLE -> d.header().unitName() + g.year + "年部门预算信息公开";
            case INTRO -> "按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《河北省预决算公开操作规程实施细则》规定，现将"
                    + d.header().unitName() + g.year + "年部门预算公开如下：";
            case BUDGET_INTRO -> "按照预算管理有关规定，目前我" + shortLevel(d.header().financeLevel())
                    + "部门预算的编制实行综合预算制度，即全部收入和支出都反映在预算中。" + d.header().unitName()
                    + "的收支包含在部门预算中。";
            case INCOME -> reform ? r.income() : g.income();
            case EXPENSE -> reform ? r.expense() : g.expense();
            case FISCAL_OVERVIEW -> r.fiscal();
            case GENERAL_PUBLIC_SCALE -> r.scale();
            case GENERAL_PUBLIC_STRUCTURE -> r.structure();
            case GENERAL_PUBLIC_ITEMS -> r.items();
            case GENERAL_PUBLIC_BASIC -> r.basic();
            case GOV_FUND_EXPENSE -> r.govFund();
            case STATE_CAPITAL_EXPENSE -> r.stateCapital();
            case PERFORMANCE_SETTING -> r.performance();
            case CHANGE -> g.change();
            case RUNNING_COSTS -> g.runningCosts();
            case THREE_PUBLIC -> g.threePublic();
            case PROCUREMENT -> g.procurement();
            case ASSETS -> g.assets();
            default -> d.texts().get(key).text();
        };
    }

    private static String shortLevel(FinanceLevel level) {
        return switch (level) {
            case PROVINCE -> "省";
            case CITY -> "市";
            case COUNTY -> "县";
            case DISTRICT -> "区";
            case TOWNSHIP -> "乡（镇）";
        };
    }

    private String money(FigureKey k) {
        return style.inText(d.figures().get(k)) + unit;
    }

    private String income() {
        List<String> parts = new ArrayList<>();
        for (FigureKey k : List.of(INCOME_GENERAL_PUBLIC, INCOME_GOV_FUND, INCOME_FISCAL_SPECIAL, INCOME_BUSINESS,
                INCOME_OTHER)) {
            if (d.figures().has(k)) {
                parts.add(k.label() + money(k));
            }
        }
        return "反映本部门当年全部收入。" + year + "年预算收入" + money(INCOME_TOTAL)
                + (parts.isEmpty() ? "" : "，其中：" + String.join("，", parts)) + "。";
    }

    private String expense() {
        StringBuilder sb = new StringBuilder("收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映")
                .append(d.header().unitName()).append("年度部门预算中支出预算的总体情况。")
                .append(year).append("年支出预算").append(money(EXPENSE_TOTAL))
                .append("，其中基本支出").append(money(EXPENSE_BASIC))
                .append("，包括人员经费").append(money(EXPENSE_PERSONNEL))
                .append("和日常公用经费").append(money(EXPENSE_PUBLIC_USE))
                .append("；项目支出").append(money(EXPENSE_PROJECT));
        List<String> project = new ArrayList<>();
        if (d.figures().has(EXPENSE_PROJECT_OWN)) {
            project.add("本级支出" + money(EXPENSE_PROJECT_OWN));
        }
        if (d.figures().has(EXPENSE_PROJECT_SUBSIDY)) {
            project.add("对下补助支出" + money(EXPENSE_PROJECT_SUBSIDY));
        }
        if (!project.isEmpty()) {
            sb.append("，包括").append(String.join("和", project));
        }
        String focus = d.texts().own(TextKey.PROJECT_FOCUS);
        if (!focus.isBlank()) {
            sb.append("，主要为").append(trimEnd(focus.replaceFirst("^主要为", "")));
        }
        if (!d.majorProjects().isEmpty()) {
            List<String> named = d.majorProjects().stream()
                    .map(p -> p.name() + style.inText(p.amount()) + unit).toList();
            sb.append("，其中").append(String.join("、", named));
        }
        return sb.append("。").toString();
    }

    private String change() {
        StringBuilder sb = new StringBuilder().append(year).append("年预算收支安排").append(money(EXPENSE_TOTAL))
                .append("，较").append(year - 1).append("年预算").append(delta(EXPENSE_TOTAL, LAST_TOTAL))
                .append("，其中：基本支出").append(delta(EXPENSE_BASIC, LAST_BASIC));
        reason(sb, TextKey.BASIC_CHANGE_REASON);
        sb.append("；项目支出").append(delta(EXPENSE_PROJECT, LAST_PROJECT));
        reason(sb, TextKey.PROJECT_CHANGE_REASON);
        return sb.append("。").toString();
    }

    private void reason(StringBuilder sb, TextKey key) {
        String r = d.texts().own(key);
        if (!r.isBlank()) {
            sb.append("，").append(trimEnd(r));
        }
    }

    /** "增加393.11万元", "减少0.23万元" or "持平". */
    private String delta(FigureKey now, FigureKey last) {
        BigDecimal diff = Amounts.orZero(d.figures().get(now)).subtract(Amounts.orZero(d.figures().get(last)));
        return changeWords(diff, unit, style);
    }

    /** "增加12.50万元", "减少3.00万元" or "持平", the amount as the draft publishes amounts. */
    public static String changeWords(BigDecimal diff, String unit, AmountStyle style) {
        int sign = diff.signum();
        if (sign == 0) {
            return "持平";
        }
        return (sign > 0 ? "增加" : "减少") + style.inText(diff.abs()) + unit;
    }

    /** "11.90%": a change against last year's amount, as a share of it. */
    public static String rate(BigDecimal diff, BigDecimal last) {
        return diff.abs().multiply(BigDecimal.valueOf(100)).divide(last.abs(), 2, java.math.RoundingMode.HALF_UP)
                .toPlainString() + "%";
    }

    private String runningCosts() {
        StringBuilder sb = new StringBuilder().append(year).append("年，我部门机关运行经费共计安排")
                .append(money(RUNNING_COST_TOTAL));
        String purpose = d.texts().own(TextKey.RUNNING_COST_PURPOSE);
        if (!purpose.isBlank()) {
            sb.append("，主要用于").append(trimEnd(purpose.replaceFirst("^主要用于", "")));
        }
        if (!d.runningCostItems().isEmpty()) {
            List<String> items = d.runningCostItems().stream()
                    .map(c -> c.name() + style.inText(c.amount()) + c.unit().label()).toList();
            sb.append("。其中：").append(String.join("、", items));
        }
        return sb.append("。").toString();
    }

    private String threePublic() {
        StringBuilder sb = new StringBuilder().append(year).append("年，我部门财政拨款“三公”经费预算安排")
                .append(money(THREE_PUBLIC_TOTAL)).append("。其中，因公出国（境）费").append(money(THREE_PUBLIC_ABROAD))
                .append("；公务用车购置及运维费").append(style.inText(Amounts.sum(List.of(
                        Amounts.orZero(d.figures().get(THREE_PUBLIC_VEHICLE_PURCHASE)),
                        Amounts.orZero(d.figures().get(THREE_PUBLIC_VEHICLE_OPERATION)))))).append(unit)
                .append("（其中：公务用车购置费").append(money(THREE_PUBLIC_VEHICLE_PURCHASE))
                .append("，公务用车运维费").append(money(THREE_PUBLIC_VEHICLE_OPERATION))
                .append("）；公务接待费").append(money(THREE_PUBLIC_RECEPTION)).append("。");
        sb.append("与").append(year - 1).append("年相比").append(delta(THREE_PUBLIC_TOTAL, LAST_THREE_PUBLIC_TOTAL));
        List<String> items = new ArrayList<>();
        items.add("因公出国（境）费" + delta(THREE_PUBLIC_ABROAD, LAST_THREE_PUBLIC_ABROAD));
        items.add("公务用车购置费" + delta(THREE_PUBLIC_VEHICLE_PURCHASE, LAST_THREE_PUBLIC_VEHICLE_PURCHASE));
        items.add("公务用车运维费" + delta(THREE_PUBLIC_VEHICLE_OPERATION, LAST_THREE_PUBLIC_VEHICLE_OPERATION));
        items.add("公务接待费" + delta(THREE_PUBLIC_RECEPTION, LAST_THREE_PUBLIC_RECEPTION));
        sb.append("，其中：").append(String.join("，", items));
        String reason = d.texts().own(TextKey.THREE_PUBLIC_REASON);
        if (!reason.isBlank()) {
            sb.append("。").append(trimEnd(reason));
        }
        return sb.append("。").toString();
    }

    private String procurement() {
        if (d.procurement().isEmpty() && !d.figures().has(PROCUREMENT_TOTAL)) {
            return year + "年，我部门未安排政府采购预算。";
        }
        BigDecimal total = d.figures().has(PROCUREMENT_TOTAL) ? d.figures().get(PROCUREMENT_TOTAL)
                : Amounts.sum(d.procurement().stream().map(ProcurementRow::amount).toList());
        return year + "年，我部门安排政府采购预算" + style.inText(total) + unit + "。具体内容见下表。";
    }

    private String assets() {
        StringBuilder sb = new StringBuilder(d.header().unitName()).append("（含所属单位）上年末固定资产金额为")
                .append(money(ASSET_TOTAL));
        String planned = d.texts().own(TextKey.ASSETS_PLANNED);
        sb.append(planned.isBlank() ? "，本年度无新增固定资产预算" : "，本年度拟购置" + trimEnd(planned.replaceFirst("^拟购置", "")));
        return sb.append("。详见下表。").toString();
    }

    private static String trimEnd(String s) {
        return s.strip().replaceAll("[。；，,;]+$", "");
    }
}
