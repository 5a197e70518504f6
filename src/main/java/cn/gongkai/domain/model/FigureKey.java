package cn.gongkai.domain.model;

import static cn.gongkai.domain.model.FigureKind.AREA;
import static cn.gongkai.domain.model.FigureKind.COUNT;
import static cn.gongkai.domain.model.FigureKind.MONEY;

/**
 * Every single figure of a disclosure, with a stable code (used in the store and the exchange file), the section
 * it belongs to and the name an officer knows it by. Totals here are the totals as stated; the rules compare them
 * with the sums of their parts.
 */
public enum FigureKey {
    INCOME_TOTAL("income.total", Section.BUDGET, "预算收入合计", MONEY),
    INCOME_GENERAL_PUBLIC("income.generalPublic", Section.BUDGET, "一般公共预算收入", MONEY),
    INCOME_GOV_FUND("income.govFund", Section.BUDGET, "政府性基金预算收入", MONEY),
    INCOME_STATE_CAPITAL("income.stateCapital", Section.BUDGET, "国有资本经营预算拨款收入", MONEY),
    INCOME_FISCAL_SPECIAL("income.fiscalSpecial", Section.BUDGET, "财政专户核拨收入", MONEY),
    INCOME_UNIT_FUNDS("income.unitFunds", Section.BUDGET, "单位资金收入", MONEY),
    INCOME_BUSINESS("income.business", Section.BUDGET, "事业收入", MONEY),
    INCOME_OPERATING("income.operating", Section.BUDGET, "事业单位经营收入", MONEY),
    INCOME_OTHER("income.other", Section.BUDGET, "其他来源收入", MONEY),
    INCOME_CARRY_OVER("income.carryOver", Section.BUDGET, "上年结转结余", MONEY),

    EXPENSE_TOTAL("expense.total", Section.BUDGET, "预算支出合计", MONEY),
    EXPENSE_BASIC("expense.basic", Section.BUDGET, "基本支出", MONEY),
    EXPENSE_PERSONNEL("expense.personnel", Section.BUDGET, "人员经费", MONEY),
    EXPENSE_PUBLIC_USE("expense.publicUse", Section.BUDGET, "日常公用经费", MONEY),
    EXPENSE_PROJECT("expense.project", Section.BUDGET, "项目支出", MONEY),
    EXPENSE_PROJECT_OWN("expense.projectOwn", Section.BUDGET, "项目支出：本级支出", MONEY),
    EXPENSE_PROJECT_SUBSIDY("expense.projectSubsidy", Section.BUDGET, "项目支出：对下补助支出", MONEY),
    EXPENSE_CARRY_FORWARD("expense.carryForward", Section.BUDGET, "年终结转结余", MONEY),

    LAST_TOTAL("last.total", Section.BUDGET, "上年预算收支合计", MONEY),
    LAST_BASIC("last.basic", Section.BUDGET, "上年基本支出", MONEY),
    LAST_PROJECT("last.project", Section.BUDGET, "上年项目支出", MONEY),
    GENERAL_PUBLIC_EXPENSE("generalPublic.total", Section.BUDGET, "一般公共预算当年拨款", MONEY),
    LAST_GENERAL_PUBLIC("last.generalPublic", Section.BUDGET, "上年一般公共预算当年拨款", MONEY),

    RUNNING_COST_TOTAL("runningCost.total", Section.RUNNING_COSTS, "机关运行经费", MONEY),

    THREE_PUBLIC_TOTAL("threePublic.total", Section.THREE_PUBLIC, "“三公”经费合计", MONEY),
    THREE_PUBLIC_ABROAD("threePublic.abroad", Section.THREE_PUBLIC, "因公出国（境）费", MONEY),
    THREE_PUBLIC_VEHICLE_PURCHASE("threePublic.vehiclePurchase", Section.THREE_PUBLIC, "公务用车购置费", MONEY),
    THREE_PUBLIC_VEHICLE_OPERATION("threePublic.vehicleOperation", Section.THREE_PUBLIC, "公务用车运维费", MONEY),
    THREE_PUBLIC_RECEPTION("threePublic.reception", Section.THREE_PUBLIC, "公务接待费", MONEY),
    LAST_THREE_PUBLIC_TOTAL("last.threePublic.total", Section.THREE_PUBLIC, "上年“三公”经费合计", MONEY),
    LAST_THREE_PUBLIC_ABROAD("last.threePublic.abroad", Section.THREE_PUBLIC, "上年因公出国（境）费", MONEY),
    LAST_THREE_PUBLIC_VEHICLE_PURCHASE("last.threePublic.vehiclePurchase", Section.THREE_PUBLIC, "上年公务用车购置费", MONEY),
    LAST_THREE_PUBLIC_VEHICLE_OPERATION("last.threePublic.vehicleOperation", Section.THREE_PUBLIC, "上年公务用车运维费", MONEY),
    LAST_THREE_PUBLIC_RECEPTION("last.threePublic.reception", Section.THREE_PUBLIC, "上年公务接待费", MONEY),

    PROCUREMENT_TOTAL("procurement.total", Section.PROCUREMENT, "政府采购预算合计", MONEY),

    ASSET_TOTAL("asset.total", Section.ASSETS, "资产总额", MONEY),
    ASSET_BUILDING_AREA("asset.buildingArea", Section.ASSETS, "房屋面积", AREA),
    ASSET_BUILDING_VALUE("asset.buildingValue", Section.ASSETS, "房屋价值", MONEY),
    ASSET_OFFICE_AREA("asset.officeArea", Section.ASSETS, "办公用房面积", AREA),
    ASSET_OFFICE_VALUE("asset.officeValue", Section.ASSETS, "办公用房价值", MONEY),
    ASSET_VEHICLE_COUNT("asset.vehicleCount", Section.ASSETS, "车辆数量", COUNT),
    ASSET_VEHICLE_VALUE("asset.vehicleValue", Section.ASSETS, "车辆价值", MONEY),
    ASSET_EQUIPMENT_COUNT("asset.equipmentCount", Section.ASSETS, "单价20万元以上设备数量", COUNT),
    ASSET_EQUIPMENT_VALUE("asset.equipmentValue", Section.ASSETS, "单价20万元以上设备价值", MONEY),
    ASSET_OTHER_COUNT("asset.otherCount", Section.ASSETS, "其他固定资产数量", COUNT),
    ASSET_OTHER_VALUE("asset.otherValue", Section.ASSETS, "其他固定资产价值", MONEY);

    private final String code;
    private final Section section;
    private final String label;
    private final FigureKind kind;

    FigureKey(String code, Section section, String label, FigureKind kind) {
        this.code = code;
        this.section = section;
        this.label = label;
        this.kind = kind;
    }

    public String code() {
        return code;
    }

    public Section section() {
        return section;
    }

    public String label() {
        return label;
    }

    /** The name in a template: the post-reform tables call three income categories otherwise. */
    public String label(cn.gongkai.domain.budget.TemplateProfile profile) {
        if (!profile.tablesFirst()) {
            return label;
        }
        return switch (this) {
            case INCOME_GENERAL_PUBLIC -> "一般公共预算拨款收入";
            case INCOME_GOV_FUND -> "政府性基金预算拨款收入";
            case INCOME_FISCAL_SPECIAL -> "财政专户管理资金收入";
            case INCOME_TOTAL -> "本年收入合计";
            case EXPENSE_TOTAL -> "本年支出合计";
            default -> label;
        };
    }

    public FigureKind kind() {
        return kind;
    }

    /**
     * Last year's budget of the same figure, where the template keeps one: the change a text states against last
     * year is checked against it, and the importer derives it from that change. 收入 and 支出 share 上年预算收支合计.
     */
    public java.util.Optional<FigureKey> lastYear() {
        return java.util.Optional.ofNullable(switch (this) {
            case INCOME_TOTAL, EXPENSE_TOTAL -> LAST_TOTAL;
            case EXPENSE_BASIC -> LAST_BASIC;
            case EXPENSE_PROJECT -> LAST_PROJECT;
            case GENERAL_PUBLIC_EXPENSE -> LAST_GENERAL_PUBLIC;
            case THREE_PUBLIC_TOTAL -> LAST_THREE_PUBLIC_TOTAL;
            case THREE_PUBLIC_ABROAD -> LAST_THREE_PUBLIC_ABROAD;
            case THREE_PUBLIC_VEHICLE_PURCHASE -> LAST_THREE_PUBLIC_VEHICLE_PURCHASE;
            case THREE_PUBLIC_VEHICLE_OPERATION -> LAST_THREE_PUBLIC_VEHICLE_OPERATION;
            case THREE_PUBLIC_RECEPTION -> LAST_THREE_PUBLIC_RECEPTION;
            default -> null;
        });
    }

    public static FigureKey fromCode(String code) {
        for (FigureKey k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("未知的数字项：" + code);
    }
}
