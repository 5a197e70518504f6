package cn.gongkai.domain.model;

/**
 * Every paragraph of a disclosure. Paragraphs marked generatable have a standard wording built from the figures;
 * the officer may replace it with their own text.
 */
public enum TextKey {
    TITLE("title", null, "标题", true),
    INTRO("intro", null, "开篇说明", true),
    DUTIES("duties", Section.DUTIES, "部门职责", false),
    /** 机构设置 written as prose ("局机关内设办公室…5个股室；下设事业单位2个"), beside or instead of the units table. */
    ORG_UNITS_TEXT("duties.orgText", Section.DUTIES, "机构设置说明", false),
    BUDGET_INTRO("budget.intro", Section.BUDGET, "综合预算说明", true),
    INCOME("budget.income", Section.BUDGET, "收入说明", true),
    EXPENSE("budget.expense", Section.BUDGET, "支出说明", true),
    PROJECT_FOCUS("budget.projectFocus", Section.BUDGET, "项目支出主要用途", false),
    CHANGE("budget.change", Section.BUDGET, "比上年增减情况", true),
    BASIC_CHANGE_REASON("budget.basicChangeReason", Section.BUDGET, "基本支出增减原因", false),
    PROJECT_CHANGE_REASON("budget.projectChangeReason", Section.BUDGET, "项目支出增减原因", false),
    FISCAL_OVERVIEW("budget.fiscal", Section.BUDGET, "财政拨款收支总体情况", true),
    GENERAL_PUBLIC_SCALE("budget.gpScale", Section.BUDGET, "一般公共预算当年拨款规模变化", true),
    GENERAL_PUBLIC_SCALE_REASON("budget.gpScaleReason", Section.BUDGET, "一般公共预算当年拨款增减的主要原因", false),
    GENERAL_PUBLIC_STRUCTURE("budget.gpStructure", Section.BUDGET, "一般公共预算当年拨款结构", true),
    GENERAL_PUBLIC_ITEMS("budget.gpItems", Section.BUDGET, "一般公共预算当年拨款具体使用情况", true),
    GENERAL_PUBLIC_BASIC("budget.gpBasic", Section.BUDGET, "一般公共预算基本支出情况", true),
    GOV_FUND_EXPENSE("budget.govFund", Section.BUDGET, "政府性基金预算支出情况", true),
    STATE_CAPITAL_EXPENSE("budget.stateCapital", Section.BUDGET, "国有资本经营预算支出情况", true),
    RUNNING_COSTS("runningCost.text", Section.RUNNING_COSTS, "机关运行经费说明", true),
    RUNNING_COST_PURPOSE("runningCost.purpose", Section.RUNNING_COSTS, "机关运行经费主要用途", false),
    THREE_PUBLIC("threePublic.text", Section.THREE_PUBLIC, "“三公”经费说明", true),
    THREE_PUBLIC_REASON("threePublic.reason", Section.THREE_PUBLIC, "“三公”经费增减原因", false),
    PERFORMANCE_OVERALL("performance.overall", Section.PERFORMANCE, "总体绩效目标", false),
    PERFORMANCE_NOTE("performance.note", Section.PERFORMANCE, "绩效表备注", false),
    PERFORMANCE_SETTING("performance.setting", Section.PERFORMANCE, "预算绩效目标设置情况", true),
    PROCUREMENT("procurement.text", Section.PROCUREMENT, "政府采购说明", true),
    PROCUREMENT_EMPTY_REASON("procurement.emptyReason", Section.PROCUREMENT, "政府采购空表说明", false),
    ASSETS("asset.text", Section.ASSETS, "国有资产说明", true),
    ASSETS_PLANNED("asset.planned", Section.ASSETS, "拟购置固定资产", false),
    ASSETS_EMPTY_REASON("asset.emptyReason", Section.ASSETS, "资产空表说明", false),
    OTHER_MATTERS("other", Section.OTHER, "其他需要说明的事项", false);

    private final String code;
    private final Section section;
    private final String label;
    private final boolean generatable;

    TextKey(String code, Section section, String label, boolean generatable) {
        this.code = code;
        this.section = section;
        this.label = label;
        this.generatable = generatable;
    }

    public String code() {
        return code;
    }

    /** The section the paragraph belongs to; null for the title and opening paragraph. */
    public Section section() {
        return section;
    }

    public String label() {
        return label;
    }

    public boolean generatable() {
        return generatable;
    }

    public static TextKey fromCode(String code) {
        for (TextKey k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("未知的段落：" + code);
    }
}
